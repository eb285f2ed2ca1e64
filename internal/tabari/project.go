package tabari

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Project is a .project file: its "<key> value" settings (actorsfile,
// verbsfile, optionsfile, agentsfile, textfile...) and first-line title.
type Project struct {
	Title string
	Files map[string][]string // key -> values, in file order
}

// ReadProject reads a .project file. Session lines are skipped.
func ReadProject(r io.Reader, name string) (*Project, error) {
	p := &Project{Files: map[string][]string{}}
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		t := strings.TrimSpace(sc.Text())
		if t == "" {
			continue
		}
		if t[0] != '<' {
			if p.Title == "" {
				p.Title = t
			}
			continue
		}
		end := strings.IndexByte(t, '>')
		if end < 0 {
			return nil, fmt.Errorf("tabari: %s:%d: unclosed '<'", name, n)
		}
		key := strings.ToLower(strings.TrimSpace(t[1:end]))
		if strings.HasPrefix(key, "session") {
			continue
		}
		p.Files[key] = append(p.Files[key], strings.TrimSpace(t[end+1:]))
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("tabari: %s: %w", name, err)
	}
	return p, nil
}

// File returns the first value of key, "" when absent.
func (p *Project) File(key string) string {
	if v := p.Files[key]; len(v) > 0 {
		return v[0]
	}
	return ""
}

// Option is one .options command: "COMPLEX: VERBS[5]" is {COMPLEX, VERBS[5]}.
type Option struct {
	Command string
	Value   string
	Line    int
}

// ReadOptions reads an .options file; "//" starts a comment and a line
// of '~' ends the file.
func ReadOptions(r io.Reader, name string) ([]Option, error) {
	var out []Option
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		t := sc.Text()
		if i := strings.Index(t, "//"); i >= 0 {
			t = t[:i]
		}
		if t = strings.TrimSpace(t); t == "" {
			continue
		}
		if strings.Trim(t, "~") == "" {
			break // "~~~~~" ends the options, as in TABARI's dictionaries
		}
		cmd, val, ok := strings.Cut(t, ":")
		if !ok {
			return nil, fmt.Errorf("tabari: %s:%d: want \"COMMAND: value\"", name, n)
		}
		out = append(out, Option{Command: strings.TrimSpace(cmd), Value: strings.TrimSpace(val), Line: n})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("tabari: %s: %w", name, err)
	}
	return out, nil
}

// Defaults reads the value of a "DEFAULT:" option: "SOURCE [X] PRIOR
// TARGET [Y] AFTER" gives X and Y (either may be absent); "OFF" gives none.
// PRIOR and AFTER (where TABARI looks for the default) are not returned.
func Defaults(value string) (source, target string) {
	return bracketAfter(value, "SOURCE"), bracketAfter(value, "TARGET")
}

func bracketAfter(s, key string) string {
	_, rest, ok := strings.Cut(s, key)
	if !ok {
		return ""
	}
	rest = strings.TrimSpace(rest)
	if !strings.HasPrefix(rest, "[") {
		return ""
	}
	code, _, _ := strings.Cut(rest[1:], "]")
	return strings.TrimSpace(code)
}

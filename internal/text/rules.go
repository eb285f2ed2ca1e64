package text

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"strings"
	"sync"
)

//go:embed data/*.txt
var dataFS embed.FS

// abbrevClass says how an abbreviation behaves at a possible sentence end.
type abbrevClass uint8

const (
	abbrevAny    abbrevClass = iota + 1 // may end a sentence
	abbrevTitle                         // precedes a name; never ends a sentence
	abbrevNumber                        // precedes a number; an abbreviation only before a digit
)

// Rules holds the dictionaries the tokenizer and splitter read. Each comes
// from a plain-text file under data/ (see the files for their format); a
// user can replace any of them with LoadRules.
type Rules struct {
	abbrevs      map[string]abbrevClass // without the final period
	prefixes     map[string]bool        // lower case, kept before a hyphen
	contractions map[string][]int       // lower-case word -> byte lengths of its parts
	// contractFirst[n] has the firstBit of every listed contraction of n
	// bytes, so most words skip the map lookup.
	contractFirst [maxContraction + 1]uint32
	emoticons     []string        // longest first
	emoFirst      string          // the first bytes of the emoticons
	starters      map[string]bool // lower-case sentence openers
	continuers    map[string]bool // lower-case words that rarely end a line
	closings      map[string]bool // lower-case letter closings: "best regards"
	greetings     map[string]bool // lower-case words opening a greeting: "dear"
}

// ruleFiles names the files a Rules is built from.
var ruleFiles = [...]string{"abbreviations.txt", "prefixes.txt", "contractions.txt", "emoticons.txt", "starters.txt", "continuers.txt",
	"closings.txt", "greetings.txt"}

// DefaultRules returns the rules embedded in dyad. The value is shared and
// must not be modified.
var DefaultRules = sync.OnceValue(func() *Rules {
	r, err := LoadRules(dataFS, "data")
	if err != nil {
		// The embedded files are part of the binary and parse by
		// construction; an error here means they were edited badly.
		return &Rules{}
	}
	return r
})

// LoadRules reads the rule files from dir of fsys. A file missing from dir
// is taken from the embedded defaults, so a user may override just one.
func LoadRules(fsys fs.FS, dir string) (*Rules, error) {
	r := &Rules{}
	for _, name := range ruleFiles {
		f, err := fsys.Open(path.Join(dir, name))
		if err != nil {
			f, err = dataFS.Open("data/" + name)
		}
		if err != nil {
			return nil, fmt.Errorf("text: %w", err)
		}
		err = r.read(name, f)
		f.Close()
		if err != nil {
			return nil, err
		}
	}
	return r, nil
}

// LoadRulesDir is LoadRules on a directory of the file system.
func LoadRulesDir(dir string) (*Rules, error) { return LoadRules(os.DirFS(dir), ".") }

func (r *Rules) read(name string, f io.Reader) error {
	lines, err := dataLines(f)
	if err != nil {
		return fmt.Errorf("text: %s: %w", name, err)
	}
	switch name {
	case "abbreviations.txt":
		r.abbrevs = parseAbbrevs(lines)
	case "prefixes.txt":
		r.prefixes = parseSet(lines)
	case "contractions.txt":
		r.contractions, err = parseContractions(lines)
		r.contractFirst = [maxContraction + 1]uint32{}
		for w := range r.contractions {
			if len(w) <= maxContraction {
				r.contractFirst[len(w)] |= firstBit(w[0])
			}
		}
	case "emoticons.txt":
		r.emoticons = parseEmoticons(lines)
		r.emoFirst = ""
		for _, e := range r.emoticons {
			if !strings.Contains(r.emoFirst, e[:1]) {
				r.emoFirst += e[:1]
			}
		}
	case "starters.txt":
		r.starters = parseSet(lines)
	case "continuers.txt":
		r.continuers = parseSet(lines)
	case "closings.txt":
		r.closings = parsePhrases(lines)
	case "greetings.txt":
		r.greetings = parseSet(lines)
	}
	if err != nil {
		return fmt.Errorf("text: %s: %w", name, err)
	}
	return nil
}

// dataLines returns the non-blank, non-comment lines of a rule file.
func dataLines(f io.Reader) ([][]string, error) {
	var out [][]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		out = append(out, strings.Fields(line))
	}
	return out, sc.Err()
}

func parseAbbrevs(lines [][]string) map[string]abbrevClass {
	m := make(map[string]abbrevClass, len(lines))
	for _, f := range lines {
		c := abbrevAny
		if len(f) > 1 {
			switch f[1] {
			case "title":
				c = abbrevTitle
			case "number":
				c = abbrevNumber
			}
		}
		m[strings.TrimSuffix(f[0], ".")] = c
	}
	return m
}

func parseSet(lines [][]string) map[string]bool {
	m := make(map[string]bool, len(lines))
	for _, f := range lines {
		m[strings.ToLower(f[0])] = true
	}
	return m
}

// parsePhrases reads lines of one or more words as lower-case phrases with
// the words joined by one space.
func parsePhrases(lines [][]string) map[string]bool {
	m := make(map[string]bool, len(lines))
	for _, f := range lines {
		m[strings.ToLower(strings.Join(f, " "))] = true
	}
	return m
}

func parseContractions(lines [][]string) (map[string][]int, error) {
	m := make(map[string][]int, len(lines))
	for _, f := range lines {
		word := strings.ToLower(f[0])
		if len(f) < 3 || strings.Join(f[1:], "") != word {
			return nil, fmt.Errorf("parts of %q must spell it", f[0])
		}
		lens := make([]int, 0, len(f)-1)
		for _, p := range f[1:] {
			lens = append(lens, len(p))
		}
		m[word] = lens
	}
	return m, nil
}

func parseEmoticons(lines [][]string) []string {
	out := make([]string, 0, len(lines))
	for _, f := range lines {
		out = append(out, f[0])
	}
	// Longest first, so ":-)" wins over ":-".
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && len(out[j]) > len(out[j-1]); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

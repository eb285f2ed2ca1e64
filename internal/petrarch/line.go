package petrarch

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
)

// maxLine bounds one dictionary line; real lines are well under 1 KB.
const maxLine = 1 << 20

// line is one meaningful line of a dictionary file.
type line struct {
	num    int    // 1-based line number in the file
	text   string // the line with comments removed and spaces trimmed
	indent bool   // the raw line started with a space or tab
}

// scanLines reads r and calls fn for every line that still has text once
// comments are removed. Comments are "#..." and ";..." to the end of the
// line (PETRARCH and TABARI styles) and lines opening with "<!" (XML-like
// notes in the validation dictionaries).
func scanLines(r io.Reader, name string, fn func(line) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), maxLine)
	n := 0
	for sc.Scan() {
		n++
		raw := sc.Bytes()
		t := stripComment(string(bytes.TrimRight(raw, "\r\n")))
		if t == "" {
			continue
		}
		indent := len(raw) > 0 && (raw[0] == ' ' || raw[0] == '\t')
		if err := fn(line{num: n, text: t, indent: indent}); err != nil {
			return fmt.Errorf("petrarch: %s:%d: %w", name, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("petrarch: %s:%d: %w", name, n+1, err)
	}
	return nil
}

// stripComment removes a trailing comment and surrounding space. '#' and
// ';' inside [...] are code characters (TABARI's "[###]"), not comments.
func stripComment(s string) string {
	t := strings.TrimSpace(s)
	if strings.HasPrefix(t, "<!") || strings.HasPrefix(t, "-->") {
		return ""
	}
	depth := 0
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case '[':
			depth++
		case ']':
			depth = max(depth-1, 0)
		case '#', ';':
			if depth == 0 {
				return strings.TrimSpace(t[:i])
			}
		}
	}
	return t
}

// splitBrackets splits "NAME [A] [B]" into "NAME" and the bracket bodies.
// Text after the last bracket is ignored: the peers' files hold stray
// notes there and the peers' readers skip them too.
func splitBrackets(s string) (head string, bodies []string, err error) {
	i := strings.IndexByte(s, '[')
	if i < 0 {
		return s, nil, nil
	}
	head, rest := strings.TrimSpace(s[:i]), s[i:]
	for rest != "" {
		if rest[0] != '[' {
			break
		}
		j := strings.IndexByte(rest, ']')
		if j < 0 {
			j = strings.IndexByte(rest, '}') // a typo the peers' readers accept
		}
		if j < 0 {
			return "", nil, fmt.Errorf("unclosed '[' in %q", s)
		}
		bodies = append(bodies, strings.TrimSpace(rest[1:j]))
		rest = strings.TrimSpace(rest[j+1:])
	}
	return head, bodies, nil
}

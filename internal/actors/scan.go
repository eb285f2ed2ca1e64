package actors

import (
	"strings"
)

// itemKind says what one line of a data file is. The scanner works a line
// at a time: the format is line-oriented so that every entry, alias and role
// has a file:line a user can find.
type itemKind uint8

const (
	// itemBlank is an empty line or a comment ("# ..."); it carries nothing.
	itemBlank itemKind = iota
	// itemDirective is "@kind NAME": it says what the records below are.
	itemDirective
	// itemHeader starts a record at column 0: "CODE: name; name; ...",
	// optionally followed by inline attributes "| key: value; value".
	itemHeader
	// itemAttr is an indented "key: value; value" line that belongs to the
	// record above it.
	itemAttr
	// itemError is a line the scanner cannot read; val holds why.
	itemError
)

// item is one scanned line. For a header, key is the code and vals the
// names; for an attribute, key is the attribute name; for a directive, key
// is the directive name and vals its arguments. attrs holds a header's
// inline attributes.
type item struct {
	kind  itemKind
	line  int
	key   string
	vals  []string
	attrs []item
	err   string
}

// scanner splits a data file into items. Its state is the text left to
// read and the current line number; it has no other memory, so every line
// is read the same way wherever it appears.
type scanner struct {
	rest string // text not yet read
	line int    // number of the line last returned, 1-based
}

func newScanner(src string) *scanner { return &scanner{rest: src} }

// next returns the next line's item; ok is false at the end of input.
func (s *scanner) next() (it item, ok bool) {
	if s.rest == "" {
		return item{}, false
	}
	var raw string
	raw, s.rest, _ = strings.Cut(s.rest, "\n")
	s.line++
	return scanLine(strings.TrimRight(raw, " \t\r"), s.line), true
}

// scanLine classifies one line by its first character.
func scanLine(raw string, n int) item {
	body := stripComment(raw)
	trimmed := strings.TrimSpace(body)
	switch {
	case trimmed == "":
		return item{kind: itemBlank, line: n}
	case strings.HasPrefix(trimmed, "@"):
		f := strings.Fields(trimmed[1:])
		if len(f) == 0 {
			return errItem(n, "empty directive")
		}
		return item{kind: itemDirective, line: n, key: f[0], vals: f[1:]}
	case body[0] == ' ' || body[0] == '\t':
		return scanPair(itemAttr, trimmed, n)
	}
	parts := strings.Split(trimmed, "|")
	it := scanPair(itemHeader, parts[0], n)
	for _, p := range parts[1:] {
		a := scanPair(itemAttr, strings.TrimSpace(p), n)
		if a.kind == itemError {
			return a
		}
		it.attrs = append(it.attrs, a)
	}
	return it
}

// scanPair reads "key: v1; v2".
func scanPair(kind itemKind, s string, n int) item {
	key, val, found := strings.Cut(s, ":")
	key = strings.TrimSpace(key)
	if !found || key == "" || strings.ContainsAny(key, " \t") {
		return errItem(n, "want \"key: value; value\", got "+quote(s))
	}
	return item{kind: kind, line: n, key: key, vals: splitList(val)}
}

// splitList splits "a; b ;c" into trimmed, non-empty values.
func splitList(s string) []string {
	var out []string
	for _, v := range strings.Split(s, ";") {
		if v = strings.Join(strings.Fields(v), " "); v != "" {
			out = append(out, v)
		}
	}
	return out
}

// stripComment drops a "#" comment: at the start of a line, or after a
// space, so that names may contain "#" only when glued to a word.
func stripComment(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] == '#' && (i == 0 || s[i-1] == ' ' || s[i-1] == '\t') {
			return s[:i]
		}
	}
	return s
}

func errItem(n int, msg string) item { return item{kind: itemError, line: n, err: msg} }

func quote(s string) string {
	if len(s) > 40 {
		s = s[:40] + "..."
	}
	return "\"" + s + "\""
}

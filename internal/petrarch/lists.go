package petrarch

import (
	"errors"
	"io"
	"strings"
)

// Discard is one discard phrase; Story means the whole story is dropped
// ('+' prefix), otherwise only the sentence.
type Discard struct {
	Phrase string
	Story  bool
	File   string // the file named when it was read, for evidence
	Line   int
}

// ReadDiscards reads a discard list, one phrase a line.
func ReadDiscards(r io.Reader, name string) ([]Discard, error) {
	var out []Discard
	err := scanLines(r, name, func(l line) error {
		d := Discard{Phrase: l.text, File: name, Line: l.num}
		if strings.HasPrefix(d.Phrase, "+") {
			d.Story, d.Phrase = true, strings.TrimSpace(d.Phrase[1:])
		}
		if d.Phrase == "" {
			return errors.New("empty discard phrase")
		}
		out = append(out, d)
		return nil
	})
	return out, err
}

// Issue is one issue phrase and its code, inside a category.
type Issue struct {
	Category string
	Phrase   string // "n:" marks a noun that also matches its plural; "~" a phrase that blocks the issue
	Code     string // "" for phrases written without a code
	Line     int
}

// ReadIssues reads an issue list: <ISSUE CATEGORY="..."> blocks of
// "phrase [CODE]" lines.
func ReadIssues(r io.Reader, name string) ([]Issue, error) {
	var out []Issue
	cat := ""
	err := scanLines(r, name, func(l line) error {
		switch {
		case strings.HasPrefix(l.text, "</"):
			cat = ""
			return nil
		case strings.HasPrefix(l.text, "<"):
			cat = attr(l.text, "CATEGORY")
			return nil
		}
		return issueLine(&out, cat, l)
	})
	return out, err
}

// attr returns the value of NAME="value" in an SGML-like tag.
func attr(tag, name string) string {
	_, v, ok := strings.Cut(tag, name+"=\"")
	if !ok {
		return ""
	}
	v, _, _ = strings.Cut(v, "\"")
	return v
}

// ReadWords reads a plain word list (e.g. prepositions), one a line.
func ReadWords(r io.Reader, name string) ([]string, error) {
	var out []string
	err := scanLines(r, name, func(l line) error {
		out = append(out, l.text)
		return nil
	})
	return out, err
}

// issueLine reads "phrase [CODE]" (the code is optional); a few lines of
// the peers' files hold two entries run together, which are both kept.
func issueLine(out *[]Issue, cat string, l line) error {
	rest := l.text
	for strings.TrimSpace(rest) != "" {
		is := Issue{Category: cat, Phrase: rest, Line: l.num}
		i, j := strings.IndexByte(rest, '['), strings.IndexByte(rest, ']')
		rest = ""
		if i >= 0 {
			if j < i {
				return errors.New("issue line needs \"phrase [CODE]\"")
			}
			is.Phrase, is.Code, rest = is.Phrase[:i], strings.TrimSpace(is.Phrase[i+1:j]), is.Phrase[j+1:]
		}
		if is.Phrase = strings.TrimSpace(is.Phrase); is.Phrase == "" {
			if len(*out) > 0 && (*out)[len(*out)-1].Line == l.num {
				continue // "phrase [A] [A]": a repeated code
			}
			return errors.New("issue with no phrase")
		}
		*out = append(*out, is)
	}
	return nil
}

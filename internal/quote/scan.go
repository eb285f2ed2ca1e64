package quote

import (
	"unicode"
	"unicode/utf8"
)

// markKind is the kind of a quotation mark as the scanner reads it.
type markKind uint8

const (
	openDouble  markKind = iota // “ „ « or a straight " where a quote can open
	closeDouble                 // ” » or a straight " where a quote can close
	maybeDouble                 // a straight " whose role depends on what is open
	openSingle                  // ‘ or a straight ' before a word
	closeSingle                 // ’ or a straight ' after a word, not inside one
)

// mark is one quotation mark and its byte offsets in the document text.
type mark struct {
	kind       markKind
	start, end int
}

// span is a quotation found by the scanner: inner text offsets, nesting
// depth and parent span (-1 at top level).
type span struct {
	start, end  int // inner text, without the marks
	open, close int // offsets of the marks; close == end when unclosed
	parent      int
	block       int
	closed      bool
}

// marks lists the quotation marks of text[from:to], with offsets into text.
func marks(text string, from, to int) []mark {
	var out []mark
	for i := from; i < to; {
		r, w := utf8.DecodeRuneInString(text[i:])
		if k, ok := classify(text, i, w, r, from, to); ok {
			out = append(out, mark{kind: k, start: i, end: i + w})
		}
		i += w
	}
	return out
}

// classify decides what the rune r at i is, if it is a quotation mark.
func classify(text string, i, w int, r rune, from, to int) (markKind, bool) {
	prev, next := runeBefore(text, i, from), runeAfter(text, i+w, to)
	switch r {
	case '“', '„', '«':
		return openDouble, true
	case '”', '»':
		return closeDouble, true
	case '"':
		switch {
		case opensAfter(prev) && !closesBefore(next):
			return openDouble, true
		case !opensAfter(prev) && closesBefore(next):
			return closeDouble, true
		}
		return maybeDouble, true
	case '‘':
		return openSingle, true
	case '’', '\'':
		if isWordRune(prev) && isWordRune(next) {
			return 0, false // apostrophe inside a word: Trump’s, don't
		}
		if opensAfter(prev) && isWordRune(next) {
			return openSingle, true
		}
		if !opensAfter(prev) {
			return closeSingle, true
		}
	}
	return 0, false
}

// opensAfter reports whether a quote may open after rune p: at the start,
// after a space, an opening bracket, a dash or another mark.
func opensAfter(p rune) bool {
	return p == 0 || unicode.IsSpace(p) || p == '(' || p == '[' || p == '—' || p == '–' || p == '“' || p == '‘' || p == '"' || p == ':'
}

// closesBefore reports whether a quote may close before rune n.
func closesBefore(n rune) bool {
	return n == 0 || unicode.IsSpace(n) || unicode.IsPunct(n)
}

func isWordRune(r rune) bool { return r != 0 && (unicode.IsLetter(r) || unicode.IsDigit(r)) }

func runeBefore(s string, i, from int) rune {
	if i <= from {
		return 0
	}
	r, _ := utf8.DecodeLastRuneInString(s[from:i])
	return r
}

func runeAfter(s string, i, to int) rune {
	if i >= to {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(s[i:to])
	return r
}

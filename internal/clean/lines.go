package clean

import (
	"strings"
	"unicode"

	"github.com/dyad-events/dyad"
)

// unit is one line or paragraph being classified, or a block an earlier
// stage made that the cleaner keeps as it is.
type unit struct {
	start, end int    // byte span in Document.Text, trimmed
	lower      string // the text lower-cased, when it was needed
	kind       dyad.BlockKind
	reason     string
	kept       bool // made by an earlier stage; never re-examined

	sig     *signature // set when the unit ends with a post signature
	postLen int        // for the first unit of a post: how many units it spans
	orig    dyad.Block // the block as an earlier stage made it, when kept
	place   string     // dateline fields
	source  string
}

// wrap describes how a text breaks its lines.
type wrap struct {
	on    bool // lines are broken at a fixed width, as in old wire copy
	width int  // longest line that continues a sentence on the next line
}

// splitUnits appends the units of text[s:e] to us. Normally every line is a
// unit. In wrapped text a paragraph runs until a blank line, an indented
// line, or a line that is short for the width and does not break a sentence.
func splitUnits(us []unit, text string, s, e int, w wrap) []unit {
	para, last := -1, -1 // open paragraph's start and its last line's span
	lastStart := -1
	for ls := s; ls < e; {
		le := lineEnd(text, ls, e)
		ts, te := trim(text, ls, le)
		switch {
		case ts == te:
			us, para = closePara(us, para, last), -1
		case !w.on:
			us = append(us, unit{start: ts, end: te})
		default:
			if para >= 0 && (ts > ls || !w.joins(text[lastStart:last], text[ts:te])) {
				us, para = closePara(us, para, last), -1
			}
			if para < 0 {
				para = ts
			}
			lastStart, last = ts, te
		}
		ls = le + 1
	}
	return closePara(us, para, last)
}

func closePara(us []unit, para, last int) []unit {
	if para < 0 {
		return us
	}
	return append(us, unit{start: para, end: last})
}

// joins reports whether wrapped line next continues the paragraph of prev:
// it continues a broken sentence, or prev is near full width and is not an
// all-capitals heading above mixed-case text.
func (w wrap) joins(prev, next string) bool {
	if continuesSentence(prev[len(prev)-1], next[0]) {
		return true
	}
	if hasLower(next) && !hasLower(prev) {
		return false
	}
	return 4*len(prev) >= 3*w.width
}

func hasLower(s string) bool {
	return strings.IndexFunc(s, unicode.IsLower) >= 0
}

// lineEnd returns the index of the newline ending the line at s, or e.
func lineEnd(text string, s, e int) int {
	i := strings.IndexByte(text[s:e], '\n')
	if i < 0 {
		return e
	}
	return s + i
}

// wrapOf tells whether the text looks hard-wrapped: at least two line
// breaks fall in the middle of a sentence (a line ending in a word or comma
// followed by one starting in lower case or a digit) and they are at least a fifth of
// all breaks between adjacent non-blank lines.
func wrapOf(text string) wrap {
	mid, all, width := 0, 0, 0
	ps, pe := -1, -1 // previous non-blank line, -1 after a blank line
	for ls := 0; ls < len(text); {
		le := lineEnd(text, ls, len(text))
		ts, te := trim(text, ls, le)
		if ts == te {
			ps = -1
		} else {
			if ps >= 0 {
				all++
				if continuesSentence(text[pe-1], text[ts]) {
					mid++
					width = max(width, pe-ps)
				}
			}
			ps, pe = ts, te
		}
		ls = le + 1
	}
	return wrap{on: mid >= 2 && mid*5 >= all, width: width}
}

// continuesSentence reports whether a line ending in byte last followed by a
// line starting with byte first reads as one sentence broken in two.
func continuesSentence(last, first byte) bool {
	lower := func(c byte) bool { return c >= 'a' && c <= 'z' }
	digit := func(c byte) bool { return c >= '0' && c <= '9' }
	switch {
	case lower(first):
		return last == ',' || lower(last) || digit(last)
	case digit(first):
		return last == ',' || lower(last)
	}
	return false
}

// trim narrows [s,e) of text to exclude surrounding whitespace.
func trim(text string, s, e int) (int, int) {
	for s < e && isSpace(text[s]) {
		s++
	}
	for e > s && isSpace(text[e-1]) {
		e--
	}
	return s, e
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'
}

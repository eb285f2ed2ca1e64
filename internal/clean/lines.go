package clean

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// unit is one line or paragraph being classified, or a block an earlier
// stage made that the cleaner keeps as it is.
type unit struct {
	start, end int // byte span in Document.Text, trimmed
	kind       dyad.BlockKind
	reason     string
	kept       bool // made by an earlier stage; never re-examined

	sig     *signature // set when the unit ends with a post signature
	postLen int        // for the first unit of a post: how many units it spans
	orig    dyad.Block // the block as an earlier stage made it, when kept
	place   string     // dateline fields
	source  string
}

// splitUnits appends the units of text[s:e] to us. In wrapped text (lines
// broken at a fixed width, as in old wire copy) a paragraph runs until a
// blank line or an indented line; otherwise every line is a unit.
func splitUnits(us []unit, text string, s, e int, wrapped bool) []unit {
	para := -1 // start of the open paragraph in wrapped text
	last := -1 // end of the open paragraph's last line
	flush := func() {
		if para >= 0 {
			us = append(us, unit{start: para, end: last})
			para = -1
		}
	}
	for ls := s; ls < e; {
		le := lineEnd(text, ls, e)
		ts, te := trim(text, ls, le)
		switch {
		case ts == te:
			flush()
		case !wrapped:
			us = append(us, unit{start: ts, end: te})
		default:
			if ts > ls { // an indented line opens a paragraph
				flush()
			}
			if para < 0 {
				para = ts
			}
			last = te
		}
		ls = le + 1
	}
	flush()
	return us
}

// lineEnd returns the index of the newline ending the line at s, or e.
func lineEnd(text string, s, e int) int {
	i := strings.IndexByte(text[s:e], '\n')
	if i < 0 {
		return e
	}
	return s + i
}

// isWrapped reports whether the text looks hard-wrapped: at least two line
// breaks fall in the middle of a sentence (a line ending in a word or comma
// followed by one starting in lower case) and they are at least a fifth of
// all breaks between adjacent non-blank lines.
func isWrapped(text string) bool {
	mid, all := 0, 0
	prevEnd := -1 // end of previous non-blank line, -1 after a blank line
	for ls := 0; ls < len(text); {
		le := lineEnd(text, ls, len(text))
		ts, te := trim(text, ls, le)
		if ts == te {
			prevEnd = -1
		} else {
			if prevEnd >= 0 {
				all++
				if continuesSentence(text[prevEnd-1], text[ts]) {
					mid++
				}
			}
			prevEnd = te
		}
		ls = le + 1
	}
	return mid >= 2 && mid*5 >= all
}

// continuesSentence reports whether a line ending in byte last followed by a
// line starting with byte first reads as one sentence broken in two.
func continuesSentence(last, first byte) bool {
	word := last == ',' || last >= 'a' && last <= 'z' || last >= '0' && last <= '9'
	return word && first >= 'a' && first <= 'z'
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

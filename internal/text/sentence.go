package text

import (
	"strings"
	"unicode/utf8"
)

// Span is a half-open range [Start, End): of bytes for text, of indexes for
// token lists.
type Span struct{ Start, End int }

// sentences groups items into sentences and returns their index spans.
func (t *Tokenizer) sentences(s string, items []item) []Span {
	var out []Span
	start := 0
	for i := 0; i < len(items)-1; i++ {
		if end := t.boundary(s, items, i); end > 0 {
			out = append(out, Span{start, end})
			start, i = end, end-1
		}
	}
	if start < len(items) {
		out = append(out, Span{start, len(items)})
	}
	return out
}

// boundary returns the index of the first item of a new sentence when one
// starts after items[i], or 0.
func (t *Tokenizer) boundary(s string, items []item, i int) int {
	it := items[i]
	switch it.kind {
	case itemTerminal, itemEllipsis:
		j := closers(items, i+1)
		if j < len(items) && t.opens(s, items, i, j) {
			return j
		}
		return 0
	case itemAbbrev:
		if t.abbrevEnds(s, it, items[i+1]) {
			return i + 1
		}
	case itemEmoticon:
		if r, _ := utf8.DecodeRuneInString(s[items[i+1].start:]); isUpper(r) {
			return i + 1
		}
	case itemDash:
		if dateline(s, items, i) {
			return i + 1
		}
	}
	if lineBreak(s, it, items[i+1]) {
		return i + 1
	}
	return 0
}

// closers returns the index after the closing quotes and brackets that
// follow a sentence's final punctuation: `."`, `?”`, `.)`.
func closers(items []item, j int) int {
	for ; j < len(items); j++ {
		switch items[j].kind {
		case itemCloseQuote, itemClose:
		case itemQuote:
			if items[j].start != items[j-1].end {
				return j
			}
		default:
			return j
		}
	}
	return j
}

// opens reports whether items[j] can open a sentence after the final
// punctuation items[i] and the closers up to j.
func (t *Tokenizer) opens(s string, items []item, i, j int) bool {
	next := items[j]
	switch next.kind {
	case itemTerminal, itemEllipsis:
		return false // ". . ." or "?!" spaced out: wait for the last one
	case itemClose, itemPunct:
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[next.start:])
	if items[i].kind == itemEllipsis {
		return isUpper(r) || next.kind == itemOpenQuote || lineBreak(s, items[j-1], next)
	}
	if isLower(r) && j > i+1 {
		return false // `"Why?" he asked.`
	}
	// "1." opening a numbered list item is no sentence.
	return !(i > 0 && items[i-1].kind == itemNumber && s[items[i].start:items[i].end] == "." &&
		(i == 1 || strings.Contains(s[items[i-2].end:items[i-1].start], "\n")))
}

// abbrevEnds reports whether the abbreviation it ends a sentence before
// next: only when next is a capitalized sentence opener ("Inc. The ..."),
// or the line breaks.
func (t *Tokenizer) abbrevEnds(s string, it, next item) bool {
	word := s[it.start : it.end-1]
	if c := t.rules.abbrevClass(word); c == abbrevTitle || c == abbrevNumber {
		return false
	}
	form := s[next.start:next.end]
	r, _ := utf8.DecodeRuneInString(form)
	if !isUpper(r) || next.kind != itemWord || len(form) > 16 {
		return false
	}
	var buf [16]byte
	return t.rules.starters[lower(form, buf[:])]
}

// lineBreak reports whether a new sentence starts at next because a line
// ends between it and next: always at a blank line, and at a single line
// break unless the text looks wrapped (a comma or hyphen before the break,
// a lower-case word after it).
func lineBreak(s string, it, next item) bool {
	gap := s[it.end:next.start]
	n := strings.Count(gap, "\n")
	if n == 0 {
		return false
	}
	if n > 1 {
		return true
	}
	switch it.kind {
	case itemPunct, itemHyphen, itemOpen, itemOpenQuote:
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[next.start:])
	return !isLower(r)
}

// dateline reports whether the dash items[i] ends a news dateline that opens
// the text: "WASHINGTON (Reuters) -", "PARIS, May 3 (AFP) —". UD English
// makes such a dateline a sentence of its own.
func dateline(s string, items []item, i int) bool {
	if i < 3 || i > 12 || items[i-1].kind != itemClose {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[items[0].start:])
	if !isUpper(r) || items[0].kind != itemWord {
		return false
	}
	for k := 1; k < i-1; k++ {
		switch items[k].kind {
		case itemTerminal, itemEllipsis, itemDash:
			return false
		}
	}
	return true
}

package text

import (
	"strings"
	"unicode/utf8"
)

// Span is a half-open range [Start, End): of bytes for text, of indexes for
// token lists.
type Span struct{ Start, End int }

// splitter walks the items of one block and finds sentence boundaries.
type splitter struct {
	rules *Rules
	s     string
	items []item
	start int // first item of the current sentence
}

// sentences groups items into sentences and returns their index spans.
func (t *Tokenizer) sentences(s string, items []item) []Span {
	var out []Span
	sp := splitter{rules: t.rules, s: s, items: items}
	for i := 0; i < len(items)-1; i++ {
		if end := sp.boundary(i); end > 0 {
			out = append(out, Span{sp.start, end})
			sp.start, i = end, end-1
		}
	}
	if sp.start < len(items) {
		out = append(out, Span{sp.start, len(items)})
	}
	return out
}

// boundary returns the index of the first item of a new sentence when one
// starts after items[i], or 0.
func (p *splitter) boundary(i int) int {
	it, next := p.items[i], p.items[i+1]
	switch it.kind {
	case itemTerminal, itemEllipsis:
		j := p.closers(i + 1)
		if j < len(p.items) && p.opens(i, j) {
			return j
		}
		return 0
	case itemAbbrev:
		if p.abbrevEnds(it, next) {
			return i + 1
		}
	case itemEmoticon:
		if p.upper(next) && next.kind == itemWord {
			return i + 1
		}
	case itemURL, itemEmail:
		if p.afterAddress(next) {
			return i + 1
		}
	case itemSymbol:
		if p.closesAngle(i) && p.afterAddress(next) {
			return i + 1
		}
	case itemPunct:
		if p.letterPart(i) {
			return i + 1
		}
	case itemDash, itemHyphen:
		if p.dateline(i) {
			return i + 1
		}
	}
	if p.stampEnds(i) || p.stampAt(i+1) && p.signs(it) {
		return i + 1
	}
	if p.lineBreak(i) {
		return i + 1
	}
	return 0
}

// stampAt reports whether a date and time stamp starts at items[j]:
// "04/26/2001 07:17 AM", the header an e-mail program puts after the
// sender's name when a message is forwarded or quoted.
func (p *splitter) stampAt(j int) bool {
	if j+2 >= len(p.items) {
		return false
	}
	date, clock, half := p.items[j], p.items[j+1], p.items[j+2]
	return date.kind == itemNumber && strings.Count(p.text(date), "/") == 2 &&
		clock.kind == itemNumber && strings.Contains(p.text(clock), ":") &&
		half.kind == itemWord && isMeridiem(p.text(half))
}

func isMeridiem(s string) bool { return strings.EqualFold(s, "am") || strings.EqualFold(s, "pm") }

// stampEnds reports whether items[i] ends a date and time stamp and a
// message or another header line starts after it: "07:17 AM Will you".
func (p *splitter) stampEnds(i int) bool {
	if i < 2 || !p.stampAt(i-2) {
		return false
	}
	next := p.items[i+1]
	return next.kind == itemWord && p.upper(next) || next.kind == itemEmail || next.kind == itemQuote || next.kind == itemOpenQuote
}

// signs reports whether it can end a sender's name or address before a
// stamp: "Kay Mann 04/26/2001", "<kay@example.org> 04/26/2001".
func (p *splitter) signs(it item) bool {
	return it.kind == itemWord && p.upper(it) || it.kind == itemEmail || p.text(it) == ">"
}

// text returns the text of it.
func (p *splitter) text(it item) string { return p.s[it.start:it.end] }

// upper reports whether it starts with an upper-case letter.
func (p *splitter) upper(it item) bool {
	r, _ := utf8.DecodeRuneInString(p.s[it.start:])
	return isUpper(r)
}

func (p *splitter) lower(it item) bool {
	r, _ := utf8.DecodeRuneInString(p.s[it.start:])
	return isLower(r)
}

// closers returns the index after the closing quotes and brackets that
// follow a sentence's final punctuation: `."`, `?”`, `.)`.
func (p *splitter) closers(j int) int {
	for ; j < len(p.items); j++ {
		switch p.items[j].kind {
		case itemCloseQuote, itemClose:
		case itemQuote:
			if p.items[j].start != p.items[j-1].end || p.opensWord(j) {
				return j
			}
		default:
			return j
		}
	}
	return j
}

// opensWord reports whether the straight quote items[j] is stuck to a
// capitalized word after it, as in `..."We`, and so opens a quotation.
func (p *splitter) opensWord(j int) bool {
	return j+1 < len(p.items) && p.items[j+1].start == p.items[j].end && p.upper(p.items[j+1])
}

// opens reports whether items[j] can open a sentence after the final
// punctuation items[i] and the closers up to j.
func (p *splitter) opens(i, j int) bool {
	next := p.items[j]
	switch next.kind {
	case itemTerminal, itemClose, itemPunct:
		return false // ". . ." or "?!" spaced out: wait for the last one
	case itemURL, itemEmail, itemHandle, itemHashtag:
		return true
	case itemEmoticon:
		return false // "Great place! :)": the smiley belongs to the sentence
	}
	if p.items[i].kind == itemEllipsis {
		return p.upper(next) || next.kind == itemOpenQuote || next.kind == itemQuote && p.opensWord(j) ||
			p.lineBreakBefore(j)
	}
	if p.lower(next) && j > i+1 {
		return false // `"Why?" he asked.`
	}
	// "1." numbering a list item is no sentence.
	return !(i == p.start+1 && p.items[p.start].kind == itemNumber && p.text(p.items[i]) == ".")
}

// afterAddress reports whether next, following a web or e-mail address
// (or the ">" closing "<jane@example.org>"), starts a new sentence. An
// address is not something a sentence goes on after with a capitalized word
// or a number: "Mail jane@example.org Tickets are free", "at www.example.org
// 555-0100" are a signature or a list run together, one item a line once.
func (p *splitter) afterAddress(next item) bool {
	switch next.kind {
	case itemWord:
		return p.upper(next)
	case itemNumber, itemURL, itemEmail, itemOpenQuote, itemCurrency:
		return true
	}
	return false
}

// closesAngle reports whether the symbol items[i] is ">" or ">>" closing a
// "<" or "<<" of the same sentence, as around an address or an attachment
// ("<< File: report.xls >>").
func (p *splitter) closesAngle(i int) bool {
	t := p.text(p.items[i])
	if t != ">" && t != ">>" {
		return false
	}
	for k := i - 1; k >= p.start; k-- {
		if o := p.text(p.items[k]); o == "<" || o == "<<" {
			return true
		}
	}
	return false
}

// maxGreeting is the most words a greeting runs before its comma: "Dear
// Mr. John Smith,".
const maxGreeting = 5

// letterPart reports whether the comma items[i] ends the greeting or the
// closing of a letter ("Hi Louise,", "Best regards,"): the sentence is
// only words up to the comma and a capitalized word follows.
func (p *splitter) letterPart(i int) bool {
	if p.text(p.items[i]) != "," || i == p.start || i-p.start > maxGreeting || !p.upper(p.items[i+1]) {
		return false
	}
	var b strings.Builder
	for k := p.start; k < i; k++ {
		if it := p.items[k]; it.kind != itemWord && it.kind != itemAbbrev {
			return false
		}
		if k > p.start {
			b.WriteByte(' ')
		}
		b.WriteString(strings.ToLower(p.text(p.items[k])))
	}
	first, _, _ := strings.Cut(b.String(), " ")
	return p.rules.closings[b.String()] || p.rules.greetings[first]
}

// abbrevEnds reports whether the abbreviation it ends a sentence before
// next: only when next is a capitalized sentence opener ("Inc. The ...").
func (p *splitter) abbrevEnds(it, next item) bool {
	word := p.s[it.start : it.end-1]
	if c := p.rules.abbrevClass(word); c == abbrevTitle || c == abbrevNumber {
		return false
	}
	form := p.text(next)
	if !p.upper(next) || next.kind != itemWord || len(form) > 16 {
		return false
	}
	var buf [16]byte
	return p.rules.starters[lower(form, buf[:])]
}

// lineBreakBefore reports whether a line ends just before items[j].
func (p *splitter) lineBreakBefore(j int) bool {
	return j > 0 && strings.IndexByte(p.s[p.items[j-1].end:p.items[j].start], '\n') >= 0
}

// lineBreak reports whether a new sentence starts after items[i] because a
// line ends there: always at a blank line or before a list item; at a
// single line break when the next line is indented or the line before is
// short (a headline, a name), unless the text looks wrapped (a comma or
// hyphen before the break, a lower-case word after it).
func (p *splitter) lineBreak(i int) bool {
	it, next := p.items[i], p.items[i+1]
	gap := p.s[it.end:next.start]
	n := strings.Count(gap, "\n")
	switch {
	case n == 0:
		return false
	case n > 1 || p.listMarker(i+1):
		return true
	case it.kind == itemPunct || it.kind == itemHyphen || it.kind == itemOpen || it.kind == itemOpenQuote:
		return false
	case p.lower(next):
		return false
	case gap[strings.LastIndexByte(gap, '\n')+1:] != "":
		return true // the next line is indented: a new paragraph
	case p.continues(it):
		return false
	}
	lineStart := strings.LastIndexByte(p.s[:it.end], '\n') + 1
	return it.end-lineStart < shortLine
}

// continues reports whether it is a word that rarely ends a line ("of",
// "the"), so a line break after it is wrapping.
func (p *splitter) continues(it item) bool {
	var buf [8]byte
	return it.kind == itemWord && it.end-it.start <= len(buf) && p.rules.continuers[lower(p.text(it), buf[:])]
}

// shortLine is the length in bytes under which a line that ends without
// punctuation stands alone; longer lines are taken as wrapped text.
const shortLine = 50

// dateline reports whether the dash items[i] ends a news dateline
// that opens the sentence: "WASHINGTON (Reuters) -", "PARIS, May 3 (AFP)
// —", "NEW DELHI -". UD English makes such a dateline a sentence of
// its own.
func (p *splitter) dateline(i int) bool {
	if i == p.start || i-p.start > 10 || !p.allCaps(p.items[p.start]) {
		return false
	}
	if p.items[i].kind != itemDash && p.items[i].kind != itemHyphen || p.items[i].start == p.items[i-1].end {
		return false
	}
	for k := p.start + 1; k < i; k++ {
		switch it := p.items[k]; it.kind {
		case itemTerminal, itemEllipsis, itemDash, itemQuote, itemOpenQuote, itemCloseQuote:
			return false
		case itemWord:
			if !p.upper(it) && p.items[k-1].kind != itemOpen {
				return false
			}
		}
	}
	return true
}

// allCaps reports whether it is a word of two or more capital letters.
func (p *splitter) allCaps(it item) bool {
	if it.kind != itemWord || it.end-it.start < 2 {
		return false
	}
	for _, r := range p.text(it) {
		if !isUpper(r) {
			return false
		}
	}
	return true
}

// listMarker reports whether items[j] marks a list item: a bullet, or a
// number followed by "." or ")".
func (p *splitter) listMarker(j int) bool {
	switch t := p.text(p.items[j]); {
	case t == "•" || t == "·" || t == "*" || t == "-" || t == "‣" || t == "▪":
		return true
	case p.items[j].kind == itemNumber && j+1 < len(p.items):
		next := p.text(p.items[j+1])
		return next == "." || next == ")"
	}
	return false
}

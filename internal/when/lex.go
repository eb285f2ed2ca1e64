package when

import (
	"unicode"
	"unicode/utf8"
)

// kind is the kind of a lexical item.
type kind uint8

const (
	kWord  kind = iota // a run of letters (and inner apostrophes): "May", "o'clock"
	kNum               // a run of ASCII digits, with an ordinal suffix noted: "3", "3rd", "2025"
	kPunct             // one punctuation rune: , . - / : ’ '
)

// item is one lexical item of the text, with byte offsets into it.
type item struct {
	kind    kind
	start   int
	end     int
	text    string // as written
	lower   string // lowercased word, digits for numbers
	num     int    // value of a number
	ordinal bool   // number written with st/nd/rd/th
	upper   bool   // word starts with an upper-case letter
}

// lexer splits text into items; spaces separate items and are dropped, but
// a line break is kept as a "\n" punct item so that expressions never span
// lines.
type lexer struct {
	text string
	// folded is text with its ASCII capitals lowered, made once so that an
	// ASCII item's lower form is a slice of it rather than a new string.
	folded string
	pos    int
	items  []item
}

func lex(text string) []item {
	// News text has about one item (words and punctuation) per five
	// bytes; a little more room saves growing the slice.
	l := &lexer{text: text, folded: foldASCII(text), items: make([]item, 0, len(text)/4+1)}
	for l.pos < len(l.text) {
		r, w := utf8.DecodeRuneInString(l.text[l.pos:])
		switch {
		case r == '\n':
			l.emit(kPunct, l.pos, l.pos+w)
		case unicode.IsSpace(r):
			l.pos += w
		case r >= '0' && r <= '9':
			l.number()
		case unicode.IsLetter(r):
			l.word()
		default:
			l.emit(kPunct, l.pos, l.pos+w)
		}
	}
	return l.items
}

func (l *lexer) emit(k kind, start, end int) {
	it := item{kind: k, start: start, end: end, text: l.text[start:end]}
	if isASCII(it.text) {
		it.lower = l.folded[start:end]
	} else {
		it.lower = lower(it.text)
	}
	l.items = append(l.items, it)
	l.pos = end
}

// number lexes digits and an optional ordinal suffix.
func (l *lexer) number() {
	start := l.pos
	end := start
	n := 0
	for end < len(l.text) && l.text[end] >= '0' && l.text[end] <= '9' {
		if end-start < 9 {
			n = n*10 + int(l.text[end]-'0')
		}
		end++
	}
	digits := end - start
	ord := false
	if end+2 <= len(l.text) {
		switch lower(l.text[end : end+2]) {
		case "st", "nd", "rd", "th":
			if end+2 == len(l.text) || !isLetterAt(l.text, end+2) {
				end += 2
				ord = true
			}
		}
	}
	l.emit(kNum, start, end)
	it := &l.items[len(l.items)-1]
	it.num, it.ordinal = n, ord
	it.lower = l.text[start : start+digits]
}

// word lexes letters with inner apostrophes ("o'clock") but not hyphens, so
// "mid-May" is three items.
func (l *lexer) word() {
	start := l.pos
	end := start
	for end < len(l.text) {
		r, w := utf8.DecodeRuneInString(l.text[end:])
		if unicode.IsLetter(r) || (r == '\'' && isLetterAt(l.text, end+w) && !possessive(l.text, end+w)) {
			end += w
			continue
		}
		break
	}
	l.emit(kWord, start, end)
	r, _ := utf8.DecodeRuneInString(l.text[start:])
	l.items[len(l.items)-1].upper = unicode.IsUpper(r)
}

// possessive reports whether s[i:] starts a possessive "s" ending the word,
// so "Friday's" lexes as "Friday" and "'s".
func possessive(s string, i int) bool {
	return i < len(s) && (s[i] == 's' || s[i] == 'S') && !isLetterAt(s, i+1)
}

func isLetterAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// foldASCII lowers the ASCII capitals of s, leaving other bytes, so that
// offsets into s are offsets into the result.
func foldASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// lower lowercases ASCII letters cheaply and falls back for the rest.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return toLowerSlow(s)
		}
		if c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

func toLowerSlow(s string) string {
	rs := []rune(s)
	for i, r := range rs {
		rs[i] = unicode.ToLower(r)
	}
	return string(rs)
}

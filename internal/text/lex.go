package text

import (
	"unicode"
	"unicode/utf8"
)

// itemKind says what a lexed token is. The sentence splitter reads kinds;
// Tokenize reports only spans.
type itemKind uint8

const (
	itemWord       itemKind = iota // run of letters, digits and marks: "Trump", "e-mail", "O'Brien", "3rd"
	itemNumber                     // digits with separators: "1,000.5", "10:30", "9/11", "713-555-0100"
	itemAbbrev                     // abbreviation with its period: "Gen.", "U.S.", "p.m.", "J."
	itemClitic                     // clitic split from the word before it: "'s", "n't", "'m", "na" of "gonna"
	itemTerminal                   // sentence-final punctuation run: ".", "?", "!!", "?!"
	itemEllipsis                   // "...", "…", ".."
	itemDash                       // "—", "–", "--"
	itemHyphen                     // single "-" between or before words
	itemOpenQuote                  // opening quote: “ ‘ « „ and `` (TeX style)
	itemQuote                      // straight quote whose side is unknown: " '
	itemCloseQuote                 // closing quote: ” ’ » and '' (TeX style)
	itemOpen                       // ( [ {
	itemClose                      // ) ] }
	itemPunct                      // , ; : and other Unicode punctuation
	itemCurrency                   // "$", "£", "€", "US$"
	itemSymbol                     // other symbols: "%", "&", "+", "*", runs like "==="
	itemURL                        // "https://example.org/a?b=c", "www.example.com"
	itemEmail                      // "jane@example.org"
	itemHandle                     // "@WSJ"
	itemHashtag                    // "#Election2024"
	itemEmoticon                   // ":)", ":-(", "<3"
)

// item is one token: a kind and a byte span of the lexer's input.
type item struct {
	kind       itemKind
	start, end int
}

// lexer scans a string into items. Like text/template/parse's lexer it is a
// state machine: each stateFn scans one token and returns the next state.
type lexer struct {
	input string
	rules *Rules
	start int // start of the token being scanned
	pos   int // current position
	items []item
	// noEmail is where the last failed e-mail scan stopped: a scan from
	// any earlier position stops there too, so it need not be repeated.
	noEmail int
}

// stateFn scans from l.pos and returns the next state, nil at the end.
type stateFn func(*lexer) stateFn

// lex returns the items of s, appended to buf.
func lex(s string, r *Rules, buf []item) []item {
	l := &lexer{input: s, rules: r, items: buf}
	for state := lexText; state != nil; {
		state = state(l)
	}
	return l.items
}

func (l *lexer) emit(k itemKind) {
	if l.pos > l.start {
		l.items = append(l.items, item{k, l.start, l.pos})
	}
	l.start = l.pos
}

// emitAt emits input[l.start:end] as k and moves start (not pos) to end.
func (l *lexer) emitAt(k itemKind, end int) {
	l.items = append(l.items, item{k, l.start, end})
	l.start = end
}

// peek returns the rune at i and its width; 0, 0 at the end.
func (l *lexer) peek(i int) (rune, int) {
	if i >= len(l.input) {
		return 0, 0
	}
	if c := l.input[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(l.input[i:])
}

// lexText skips space and picks the state for the next token.
func lexText(l *lexer) stateFn {
	for l.pos < len(l.input) {
		r, w := l.peek(l.pos)
		if !isSpace(r) {
			break
		}
		l.pos += w
	}
	l.start = l.pos
	if l.pos >= len(l.input) {
		return nil
	}
	r, _ := l.peek(l.pos)
	switch {
	case isDigit(r):
		return lexNumber
	case isWordRune(r):
		if c := l.input[l.pos] | 0x20; (c == 'h' || c == 'w' || c == 'f') && l.urlLen() > 0 {
			return lexURL
		}
		return lexWord
	}
	return lexPunct
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\f', '\v', 0x85, 0xA0, 0x2028, 0x2029, 0x3000, 0x200B, 0xFEFF:
		return true
	}
	return r > 0x2000 && r <= 0x200A
}

// Bit sets of the ASCII letters and digits: wordLo for bytes 0-63, wordHi
// for 64-127.
const (
	wordLo = uint64(0x3FF) << '0'
	wordHi = uint64(0x3FFFFFF)<<('A'-64) | uint64(0x3FFFFFF)<<('a'-64)
)

// asciiWord reports whether c is an ASCII letter or digit.
func asciiWord(c byte) bool {
	if c < 64 {
		return wordLo>>c&1 != 0
	}
	return c < 128 && wordHi>>(c-64)&1 != 0
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// isWordRune reports whether r can be part of a word.
func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r)
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	return unicode.IsLetter(r)
}

func isUpper(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'A' && r <= 'Z'
	}
	return unicode.IsUpper(r)
}

func isLower(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z'
	}
	return unicode.IsLower(r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// wordBoundary reports whether position i ends a word: end of input or a
// rune that cannot be part of a word.
func (l *lexer) wordBoundary(i int) bool {
	r, w := l.peek(i)
	return w == 0 || !isWordRune(r)
}

// scanWordRunes advances pos over letters, digits and marks.
func (l *lexer) scanWordRunes() {
	for l.pos < len(l.input) && asciiWord(l.input[l.pos]) {
		l.pos++ // fast path for ASCII
	}
	for {
		r, w := l.peek(l.pos)
		if w == 0 || !isWordRune(r) {
			return
		}
		l.pos += w
	}
}

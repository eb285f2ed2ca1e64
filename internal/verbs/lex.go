package verbs

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// itemKind identifies a token of one lexicon line.
type itemKind int

const (
	itemError   itemKind = iota // lexing failed; val holds the message
	itemEOL                     // end of the line
	itemSpace                   // a run of blanks: separates fields
	itemWord                    // a lemma, code, relation name or "---"
	itemClass                   // a class reference such as "@troops"
	itemBar                     // '|' between alternatives
	itemPlus                    // '+' opening a required constraint
	itemMinus                   // '-' opening a forbidden constraint
	itemColon                   // ':' before a word list, or after n/v
	itemDot                     // '.' between relation steps
	itemSlash                   // '/' before a preposition in a step
	itemEquals                  // '=' in a class definition
	itemComment                 // '#' to end of line; val is the text
)

// item is one token with its byte offset in the line.
type item struct {
	kind itemKind
	pos  int
	val  string
}

func (i item) String() string {
	switch i.kind {
	case itemEOL:
		return "end of line"
	case itemError:
		return i.val
	}
	return fmt.Sprintf("%q", i.val)
}

// lexer holds the explicit state of a scan over one line.
type lexer struct {
	input      string
	start, pos int
	fieldStart bool // at the first rune of a field: '+'/'-' open a constraint
	items      []item
}

// stateFn is one state of the lexer; it returns the next state.
type stateFn func(*lexer) stateFn

// lexLine tokenizes one line, always ending with itemEOL or itemError.
func lexLine(line string) []item {
	l := &lexer{input: line, fieldStart: true, items: make([]item, 0, 2+len(line)/3)}
	for state := lexAny; state != nil; {
		state = state(l)
	}
	return l.items
}

func (l *lexer) emit(k itemKind) {
	l.items = append(l.items, item{k, l.start, l.input[l.start:l.pos]})
	l.start = l.pos
	l.fieldStart = k == itemSpace
}

func (l *lexer) errorf(format string, args ...any) stateFn {
	l.items = append(l.items, item{itemError, l.start, fmt.Sprintf(format, args...)})
	return nil
}

func (l *lexer) peek() rune {
	r, _ := utf8.DecodeRuneInString(l.input[l.pos:])
	return r
}

// lexAny dispatches on the next rune.
func lexAny(l *lexer) stateFn {
	if l.pos >= len(l.input) {
		l.items = append(l.items, item{itemEOL, l.pos, ""})
		return nil
	}
	r, w := utf8.DecodeRuneInString(l.input[l.pos:])
	switch {
	case r == ' ' || r == '\t':
		return lexSpace
	case r == '#':
		l.pos = len(l.input)
		l.emit(itemComment)
		return lexAny
	case r == '@':
		l.pos += w
		return lexClass
	case (r == '+' || r == '-') && l.fieldStart && startsWord(l.input[l.pos+w:]):
		l.pos += w
		if r == '+' {
			l.emit(itemPlus)
		} else {
			l.emit(itemMinus)
		}
		return lexAny
	case isWordRune(r):
		return lexWord
	}
	if k, ok := punct[r]; ok {
		l.pos += w
		l.emit(k)
		return lexAny
	}
	return l.errorf("unexpected character %q", r)
}

// punct maps single-rune tokens to their kinds.
var punct = map[rune]itemKind{'|': itemBar, ':': itemColon, '.': itemDot, '/': itemSlash, '=': itemEquals}

func lexSpace(l *lexer) stateFn {
	for l.pos < len(l.input) && (l.input[l.pos] == ' ' || l.input[l.pos] == '\t') {
		l.pos++
	}
	l.emit(itemSpace)
	return lexAny
}

func lexWord(l *lexer) stateFn {
	for l.pos < len(l.input) {
		r, w := utf8.DecodeRuneInString(l.input[l.pos:])
		if !isWordRune(r) {
			break
		}
		l.pos += w
	}
	l.emit(itemWord)
	return lexAny
}

func lexClass(l *lexer) stateFn {
	if !startsWord(l.input[l.pos:]) {
		return l.errorf("'@' must be followed by a class name")
	}
	for l.pos < len(l.input) && isWordRune(l.peek()) {
		_, w := utf8.DecodeRuneInString(l.input[l.pos:])
		l.pos += w
	}
	l.emit(itemClass)
	return lexAny
}

// isWordRune accepts letters, digits and the joiners used in lemmas and
// codes ("cease-fire", "o'clock", "out_of", "---").
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_' || r == '\''
}

// startsWord is true when s begins with a letter or digit.
func startsWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// trimComment returns the text of a comment token without '#'.
func trimComment(s string) string { return strings.TrimSpace(strings.TrimPrefix(s, "#")) }

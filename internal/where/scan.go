package where

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind says what a token is.
type tokKind int

const (
	// tokWord is a run of letters and digits with inner apostrophes,
	// hyphens and periods ("Guinea-Bissau", "U.S", "N'Djamena"); a
	// possessive "'s" is left out of it.
	tokWord tokKind = iota
	// tokPunct is one other non-space character (",", ".", "(", "–").
	tokPunct
)

// token is a span of the scanned text.
type token struct {
	kind       tokKind
	start, end int // byte offsets
}

// scanner splits text into tokens; its state is the position reached.
type scanner struct {
	text string
	pos  int
	toks []token
}

// tokenize returns the tokens of text.
func tokenize(text string) []token {
	// About one token per five bytes of news text.
	s := &scanner{text: text, toks: make([]token, 0, len(text)/5+1)}
	for s.pos < len(s.text) {
		s.step()
	}
	return s.toks
}

// step scans one token, or skips one space.
func (s *scanner) step() {
	r, w := utf8.DecodeRuneInString(s.text[s.pos:])
	switch {
	case unicode.IsSpace(r):
		s.pos += w
	case isWordRune(r):
		s.word()
	default:
		s.toks = append(s.toks, token{tokPunct, s.pos, s.pos + w})
		s.pos += w
	}
}

// word scans a tokWord starting at s.pos.
func (s *scanner) word() {
	start := s.pos
	for s.pos < len(s.text) {
		r, w := utf8.DecodeRuneInString(s.text[s.pos:])
		if isWordRune(r) {
			s.pos += w
			continue
		}
		if isJoiner(r) && s.pos+w < len(s.text) {
			next, _ := utf8.DecodeRuneInString(s.text[s.pos+w:])
			if isWordRune(next) {
				s.pos += w
				continue
			}
		}
		break
	}
	end := s.pos
	if p := possessive(s.text[start:end]); p > 0 {
		end = start + p
	}
	s.toks = append(s.toks, token{tokWord, start, end})
}

// possessive returns where a trailing "'s" begins in w, or 0.
func possessive(w string) int {
	for _, suf := range []string{"'s", "’s", "'S", "’S"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			return len(w) - len(suf)
		}
	}
	return 0
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		// ASCII, most of news text: no marks, and only a-z, A-Z, 0-9.
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// isJoiner reports whether r may join two parts of one word.
func isJoiner(r rune) bool {
	return r == '\'' || r == '’' || r == '-' || r == '.'
}

// isCapitalised reports whether the word w starts with a capital letter.
func isCapitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

package quote

import (
	"unicode"
	"unicode/utf8"
)

// word is a word or punctuation mark of an attribution frame.
type word struct {
	text       string
	start, end int // offsets into the document text
	punct      bool
}

// words splits text[from:to] into words and punctuation marks; offsets are
// into text. Apostrophes inside words stay ("Sheinbaum's").
func words(text string, from, to int) []word {
	// About one word per five bytes of news text.
	return appendWords(make([]word, 0, (to-from)/5+1), text, from, to)
}

// appendWords appends the words of text[from:to] to out, so that a caller
// going through sentences can reuse one slice.
func appendWords(out []word, text string, from, to int) []word {
	for i := from; i < to; {
		r, w := utf8.DecodeRuneInString(text[i:to])
		switch {
		case unicode.IsSpace(r):
			i += w
		case isWordRune(r):
			j := i + w
			for j < to {
				r2, w2 := utf8.DecodeRuneInString(text[j:to])
				if isWordRune(r2) || r2 == '-' || ((r2 == '\'' || r2 == '’' || r2 == '.') && isWordRune(runeAfter(text, j+w2, to))) {
					j += w2
					continue
				}
				break
			}
			out = append(out, word{text: text[i:j], start: i, end: j})
			i = j
		default:
			out = append(out, word{text: text[i : i+w], start: i, end: i + w, punct: true})
			i += w
		}
	}
	return out
}

func isUpperWord(w word) bool {
	r, _ := utf8.DecodeRuneInString(w.text)
	return !w.punct && unicode.IsUpper(r)
}

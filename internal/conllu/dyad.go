package conllu

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// ToDyad converts s to a dyad.Sentence with one Token per syntactic word.
// Text is the "# text" comment when the surface tokens can be found in it
// in order, otherwise the tokens joined as SpaceAfter says. Offsets are
// byte offsets into that Text (the sentence starts at 0). The words of a
// multiword token ("do" "n't" of "don't") get consecutive slices of its
// span when their forms spell it, and the whole span when they do not.
func ToDyad(s *Sentence) dyad.Sentence {
	toks := s.Tokens()
	text, spans := align(s.Text(), toks)
	out := dyad.Sentence{Text: text, End: len(text), Tokens: make([]dyad.Token, 0, len(s.Words))}
	for i, t := range toks {
		words := s.Words[t.First-1 : t.Last]
		sub := splitSpan(text[spans[i][0]:spans[i][1]], words)
		for j, w := range words {
			out.Tokens = append(out.Tokens, dyad.Token{
				Form: w.Form, Start: spans[i][0] + sub[j][0], End: spans[i][0] + sub[j][1],
				Lemma: w.Lemma, UPOS: w.UPOS, XPOS: w.XPOS, Feats: w.Feats,
				Head: w.Head, Rel: w.Deprel,
				SpaceAfter: j == len(words)-1 && t.SpaceAfter(),
			})
		}
	}
	return out
}

// align finds each token in text, or rebuilds text from the tokens when
// one is missing, and returns the text and each token's [start, end).
func align(text string, toks []Token) (string, [][2]int) {
	spans := make([][2]int, len(toks))
	pos := 0
	for i, t := range toks {
		for pos < len(text) && isSpace(text[pos]) {
			pos++
		}
		if !strings.HasPrefix(text[pos:], t.Form) {
			return rebuild(toks, spans)
		}
		spans[i] = [2]int{pos, pos + len(t.Form)}
		pos += len(t.Form)
	}
	return text, spans
}

func rebuild(toks []Token, spans [][2]int) (string, [][2]int) {
	var b strings.Builder
	for i, t := range toks {
		spans[i][0] = b.Len()
		b.WriteString(t.Form)
		spans[i][1] = b.Len()
		if t.SpaceAfter() && i < len(toks)-1 {
			b.WriteByte(' ')
		}
	}
	return b.String(), spans
}

// splitSpan gives each word a [start, end) within surface, the text of
// their token.
func splitSpan(surface string, words []Word) [][2]int {
	out := make([][2]int, len(words))
	pos := 0
	for i, w := range words {
		end := pos + len(w.Form)
		if end > len(surface) || !strings.EqualFold(surface[pos:end], w.Form) {
			for j := range out {
				out[j] = [2]int{0, len(surface)}
			}
			return out
		}
		out[i] = [2]int{pos, end}
		pos = end
	}
	if pos != len(surface) {
		out[len(out)-1][1] = len(surface)
	}
	return out
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// FromDyad converts a dyad.Sentence to CoNLL-U words, one per token, with
// a "text" comment when ds.Text is set. Head -1 is written "_";
// SpaceAfter=false becomes SpaceAfter=No in MISC. Multiword ranges are not
// rebuilt: dyad tokens are syntactic words.
func FromDyad(ds *dyad.Sentence) Sentence {
	var s Sentence
	if ds.Text != "" {
		s.Comments = []string{"text = " + strings.ReplaceAll(ds.Text, "\n", " ")}
	}
	s.Words = FromTokens(ds.Tokens)
	return s
}

// FromTokens converts tokens to CoNLL-U words numbered from 1.
func FromTokens(toks []dyad.Token) []Word {
	ws := make([]Word, len(toks))
	for i, t := range toks {
		misc := ""
		if !t.SpaceAfter {
			misc = "SpaceAfter=No"
		}
		ws[i] = Word{
			ID: i + 1, Form: t.Form, Lemma: t.Lemma, UPOS: t.UPOS, XPOS: t.XPOS, Feats: t.Feats,
			Head: t.Head, Deprel: t.Rel, Misc: misc,
		}
	}
	return ws
}

package surface

import "strings"

// word is one word of a dictionary phrase.
type word struct {
	text  string // upper case, without '_'
	exact bool   // must equal the token, not just begin it
}

// phrase is a dictionary phrase with what it stands for.
type phrase[T any] struct {
	words []word
	val   T
}

// index finds phrases whose first word begins a token.
type index[T any] struct {
	byFirst map[string][]phrase[T]
}

func newIndex[T any]() *index[T] { return &index[T]{byFirst: map[string][]phrase[T]{}} }

// splitPhrase turns "AL_GORE" or "AL GORE_" into words; only the last word
// may match by prefix, as the peers' dictionaries intend. Callers may relax
// the inner words' exactness.
func splitPhrase(s string) []word {
	s = strings.ToUpper(strings.TrimSpace(s))
	exactEnd := strings.HasSuffix(s, "_")
	var f []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == '_' || r == ' ' }) {
		f = append(f, splitWord(w)...)
	}
	out := make([]word, len(f))
	for i, w := range f {
		out[i] = word{text: w, exact: i < len(f)-1 || exactEnd}
	}
	return out
}

// splitWord splits a dictionary word the way dyad's tokenizer splits text:
// "DIDN'T" is DID N'T, "ARNOR'S" is ARNOR 'S, "ANTI-DRUG" is ANTI - DRUG.
func splitWord(w string) []string {
	var out []string
	for {
		i := strings.IndexByte(w, '-')
		if i <= 0 || i == len(w)-1 {
			break
		}
		out = append(out, w[:i], "-")
		w = w[i+1:]
	}
	switch {
	case len(w) > 3 && strings.HasSuffix(w, "N'T"):
		return append(out, w[:len(w)-3], "N'T")
	case len(w) > 2 && strings.HasSuffix(w, "'S"):
		return append(out, w[:len(w)-2], "'S")
	}
	return append(out, w)
}

func (ix *index[T]) add(s string, v T) {
	ws := splitPhrase(s)
	if len(ws) == 0 {
		return
	}
	ix.byFirst[ws[0].text] = append(ix.byFirst[ws[0].text], phrase[T]{words: ws, val: v})
}

// matches reports whether w matches token t.
func (w word) matches(t string) bool {
	if w.exact {
		return t == w.text
	}
	return strings.HasPrefix(t, w.text)
}

// longest returns the longest phrase starting at toks[i] and its length.
func (ix *index[T]) longest(toks []string, i int) (T, int) {
	var best T
	n := 0
	t := toks[i]
	for l := 1; l <= len(t); l++ {
		for _, p := range ix.byFirst[t[:l]] {
			// Ties go to the longer first word: "KUWAIT" beats "KU".
			if len(p.words) >= n && p.at(toks, i) {
				best, n = p.val, len(p.words)
			}
		}
	}
	return best, n
}

func (p phrase[T]) at(toks []string, i int) bool {
	if i+len(p.words) > len(toks) {
		return false
	}
	for j, w := range p.words {
		if !w.matches(toks[i+j]) {
			return false
		}
	}
	return true
}

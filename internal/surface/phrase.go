package surface

import "strings"

// word is one word of a dictionary phrase.
type word struct {
	text  string // upper case, without '_'
	exact bool   // must equal the token, not just begin it
	gap   bool   // written after a space: TABARI lets other words intervene
	// plural lets an exact word take the regular noun endings -S and -ES
	// ("LIBYA_" matches LIBYAS), as TABARI reads actor and agent phrases.
	plural bool
}

// phrase is a dictionary phrase with what it stands for.
type phrase[T any] struct {
	words []word
	val   T
}

// index finds phrases whose first word begins a token.
type index[T any] struct {
	byFirst map[string][]phrase[T]
	nouns   bool // phrases name things: exact last words take -S and -ES
	// stems: a word followed by a space, not '_', is a stem ("BURN DOWN"
	// matches BURNED DOWN), as in TABARI's verb phrases.
	stems bool
}

func newIndex[T any]() *index[T] { return &index[T]{byFirst: map[string][]phrase[T]{}} }

// newNounIndex is an index of noun phrases (actors, agents): an exact
// last word ("LIBYA_") also matches its regular plural, one ending in
// '=' ("MOUSE=", an irregular noun) only itself.
func newNounIndex[T any]() *index[T] {
	ix := newIndex[T]()
	ix.nouns = true
	return ix
}

// splitPhrase turns "AL_GORE" or "AL GORE_" into words; only the last word
// may match by prefix, as the peers' dictionaries intend. Callers may relax
// the inner words' exactness. A word after a space is marked gap.
func splitPhrase(s string) []word {
	s = strings.ToUpper(strings.TrimSpace(s))
	exactEnd := strings.HasSuffix(s, "_")
	var out []word
	for _, chunk := range strings.Fields(s) {
		for k, w := range strings.FieldsFunc(chunk, func(r rune) bool { return r == '_' }) {
			for j, piece := range splitWord(w) {
				out = append(out, word{text: piece, exact: true, gap: len(out) > 0 && k == 0 && j == 0})
			}
		}
	}
	if len(out) > 0 {
		out[len(out)-1].exact = exactEnd
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
	case len(w) > 1 && strings.HasSuffix(w, "-"): // "ANTI-" as in "anti- Gondor"
		return append(out, w[:len(w)-1], "-")
	case len(w) > 3 && strings.HasSuffix(w, "N'T"):
		return append(out, w[:len(w)-3], "N'T")
	case len(w) > 2 && strings.HasSuffix(w, "'S"):
		return append(out, w[:len(w)-2], "'S")
	}
	return append(out, w)
}

func (ix *index[T]) add(s string, v T) {
	s, strict := strings.CutSuffix(strings.TrimSpace(s), "=")
	if strict {
		s += "_"
	}
	ws := splitPhrase(s)
	if len(ws) == 0 {
		return
	}
	if last := &ws[len(ws)-1]; ix.nouns && last.exact && !strict {
		last.plural = true
	}
	for j := 0; ix.stems && j+1 < len(ws); j++ {
		if ws[j+1].gap {
			ws[j].exact = false
		}
	}
	ix.byFirst[ws[0].text] = append(ix.byFirst[ws[0].text], phrase[T]{words: ws, val: v})
}

// matches reports whether w matches token t.
func (w word) matches(t string, whole bool) bool {
	if w.exact {
		return t == w.text || w.plural && len(t) > len(w.text) && t[:len(w.text)] == w.text && (t[len(w.text):] == "S" || t[len(w.text):] == "ES")
	}
	if whole {
		return t == w.text || regularForm(w.text, t)
	}
	return strings.HasPrefix(t, w.text)
}

// regularForm reports whether t is base with a regular ending: -S, -ES
// (after a sibilant or O), -ED, -D, -ING, with a final E dropped or a
// final consonant doubled.
func regularForm(base, t string) bool {
	rest, ok := strings.CutPrefix(t, base)
	if !ok {
		if b, e := strings.CutSuffix(base, "E"); e && t == b+"ING" {
			return true
		}
		return false
	}
	switch rest {
	case "S", "ED", "D", "ING":
		return true
	case "ES": // after a sibilant or O only: "MARCHES", not "DEPARTES"
		return strings.HasSuffix(base, "CH") || strings.HasSuffix(base, "SH") || strings.ContainsRune("SXZO", rune(base[len(base)-1]))
	}
	if len(rest) > 1 && rest[0] == base[len(base)-1] && !strings.ContainsRune("AEIOUWXY", rune(rest[0])) {
		return rest[1:] == "ED" || rest[1:] == "ING"
	}
	return false
}

// longest returns the longest phrase starting at toks[i] and the number
// of tokens it spans, words after a space in the dictionary not allowing
// other words between.
func (ix *index[T]) longest(toks []string, i int) (T, int) {
	return ix.longestGap(toks, i, 0, false)
}

// longestGap is longest where up to maxGap tokens may come before each
// word that was written after a space. Of phrases with as many words,
// the one with fewer intervening tokens wins, then the one written with
// fewer spaces ("AL_GORE" over "AL GORE"), then the longer first word
// ("KUWAIT" over "KU").
func (ix *index[T]) longestGap(toks []string, i, maxGap int, whole bool) (T, int) {
	var best T
	words, span, skipped, gaps := 0, 0, 0, 0
	t := toks[i]
	for l := 1; l <= len(t); l++ {
		for _, p := range ix.byFirst[t[:l]] {
			if len(p.words) < words {
				continue
			}
			n, sk := p.at(toks, i, maxGap, whole)
			g := p.gaps()
			if n > 0 && (len(p.words) > words || sk < skipped || sk == skipped && g <= gaps) {
				best, words, span, skipped, gaps = p.val, len(p.words), n, sk, g
			}
		}
	}
	return best, span
}

// at returns how many tokens p spans from toks[i] (0 when it does not
// match there) and how many other words came between its words. A
// hyphen may join any two words ("AL-GORE" for AL_GORE); intervening
// words never cross a clause's punctuation.
func (p phrase[T]) at(toks []string, i, maxGap int, whole bool) (span, skipped int) {
	pos := i
	for j, w := range p.words {
		if j > 0 && !w.gap && pos+1 < len(toks) && toks[pos] == "-" && w.text != "-" && w.matches(toks[pos+1], whole) {
			pos++
		}
		from, limit := pos, pos
		if j > 0 && w.gap {
			limit = pos + maxGap
		}
		for pos < len(toks) && pos < limit && !w.matches(toks[pos], whole) && !clausePunct(toks[pos]) {
			pos++
		}
		if pos >= len(toks) || !w.matches(toks[pos], whole) {
			return 0, 0
		}
		skipped += pos - from
		pos++
	}
	return pos - i, skipped
}

// gaps counts the words of p written after a space.
func (p phrase[T]) gaps() int {
	n := 0
	for _, w := range p.words {
		if w.gap {
			n++
		}
	}
	return n
}

// clausePunct reports tokens that end a clause or an aside.
func clausePunct(t string) bool {
	switch t {
	case ",", ";", ":", ".":
		return true
	}
	return false
}

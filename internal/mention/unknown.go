package mention

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// pronounMentions makes a mention of each third-person pronoun.
func (r *resolver) pronounMentions(si int, covered []bool) []dyad.Mention {
	var out []dyad.Mention
	for k, t := range r.d.Sentences[si].Tokens {
		if covered[k] {
			continue
		}
		if _, ok := pronouns[strings.ToLower(t.Form)]; ok {
			out = append(out, dyad.Mention{Sentence: si, Start: t.Start, End: t.End, Text: t.Form,
				Kind: dyad.MentionPronoun, Head: k, TokStart: k, TokEnd: k + 1, Ref: -1})
		}
	}
	return out
}

// unknownNames keeps runs of proper nouns the lexicon did not know, outside
// time expressions, as named actors with a guessed sector.
func (r *resolver) unknownNames(si int, covered []bool) []dyad.Mention {
	toks := r.d.Sentences[si].Tokens
	var out []dyad.Mention
	for k := 0; k < len(toks); {
		if !r.nameToken(toks[k], covered[k]) {
			k++
			continue
		}
		e := k + 1
		for e < len(toks) && r.nameToken(toks[e], covered[e]) {
			e++
		}
		// A lone capitalised first word ("Exclusive:") is too weak on its
		// own, but a surname met before in full ("Fox said") is a name.
		if m := r.unknown(si, k, e); k > 0 || e-k > 1 || r.surnameAntecedent(m) >= 0 {
			out = append(out, m)
		}
		k = e
	}
	return out
}

func (r *resolver) nameToken(t dyad.Token, covered bool) bool {
	return !covered && t.UPOS == "PROPN" && !r.inTime(t.Start)
}

func (r *resolver) inTime(off int) bool {
	for _, tr := range r.d.Times {
		if tr.Start <= off && off < tr.End {
			return true
		}
	}
	return false
}

// unknown builds the mention of tokens [s, e) as an unknown named actor.
func (r *resolver) unknown(si, s, e int) dyad.Mention {
	toks := r.d.Sentences[si].Tokens
	start, end := toks[s].Start, toks[e-1].End
	text := r.d.Text[start:end]
	last := strings.ToLower(toks[e-1].Form)
	a := &dyad.Actor{Name: text, Text: text, Sector: r.f.sectors[last]}
	return dyad.Mention{Sentence: si, Start: start, End: end, Text: text, Kind: dyad.MentionName,
		Head: e - 1, TokStart: s, TokEnd: e, Ref: -1, Actor: a}
}

package verbs

import (
	"slices"
	"strings"

	"github.com/dyad-events/dyad"
)

// Match reports whether pattern p matches the parse toks at token index
// head (0-based into toks; Token.Head is CoNLL-U 1-based). It is the
// reference reading of the pattern format: the head's lemma must be one of
// p.Lemmas, its UPOS (when tagged) must fit (NOUN for nominal patterns,
// VERB otherwise), a nominal head must not itself be a compound modifier
// ("attack" in "attack helicopters" is no event), and every constraint
// must hold. Match reads the parse literally: a coder normalizes passives
// and picks among several matching patterns.
func (p *Pattern) Match(toks []dyad.Token, head int) bool {
	if head < 0 || head >= len(toks) || !slices.Contains(p.Lemmas, strings.ToLower(toks[head].Lemma)) {
		return false
	}
	if !posFits(p.Nominal, toks[head].UPOS) || (p.Nominal && toks[head].Rel == "compound") {
		return false
	}
	kids := children(toks)
	for _, c := range p.Constraints {
		if c.holds(toks, kids, head) == c.Forbid {
			return false
		}
	}
	return true
}

func posFits(nominal bool, upos string) bool {
	switch {
	case upos == "":
		return true
	case nominal:
		return upos == "NOUN"
	}
	return upos == "VERB"
}

// holds reports whether some token reached along c.Path has a lemma that
// c accepts; Forbid is applied by the caller.
func (c Constraint) holds(toks []dyad.Token, kids [][]int, head int) bool {
	nodes := []int{head}
	for _, s := range c.Path {
		var next []int
		for _, n := range nodes {
			for _, k := range kids[n] {
				if s.Matches(toks[k].Rel) && hasCase(toks, kids[k], s.Cases) {
					next = append(next, k)
				}
			}
		}
		nodes = next
	}
	for _, n := range nodes {
		if c.AcceptsToken(toks[n].Lemma, toks[n].UPOS) {
			return true
		}
	}
	return false
}

// hasCase is true when cases is empty or one of kids is a "case" marker
// whose lemma is in cases (for "prep/with": the "with" under the noun).
func hasCase(toks []dyad.Token, kids []int, cases []string) bool {
	if len(cases) == 0 {
		return true
	}
	for _, k := range kids {
		if toks[k].Rel == "case" && slices.Contains(cases, strings.ToLower(toks[k].Lemma)) {
			return true
		}
	}
	return false
}

// children lists each token's dependents (0-based) from CoNLL-U heads.
func children(toks []dyad.Token) [][]int {
	kids := make([][]int, len(toks))
	for i, t := range toks {
		if h := t.Head - 1; h >= 0 && h < len(toks) {
			kids[h] = append(kids[h], i)
		}
	}
	return kids
}

package coder

import (
	"strings"

	"github.com/dyad-events/dyad/internal/verbs"
)

// match is a pattern that fits the parse around a head token.
type match struct {
	p     *verbs.Pattern
	score int   // specificity: constraint steps and word lists met
	used  []int // tokens reached through the pattern's paths
	// content are the tokens whose words a constraint named ("troops" in
	// "+xcomp.obj:@troops"): what the event is about, not whom.
	content []int
}

// best returns the most specific pattern of v's lemma that fits; a discard
// wins a tie.
func (sc *sentenceCoder) best(v int) (match, bool) {
	best, found := match{}, false
	for _, p := range sc.candidates(v) {
		m, ok := sc.try(v, p)
		if !ok {
			continue
		}
		if !found || m.score > best.score || (m.score == best.score && p.Discard && !best.p.Discard) {
			best, found = m, true
		}
	}
	return best, found
}

// candidates lists the patterns of v's lemma: verbal for a verb, nominal
// for a noun.
func (sc *sentenceCoder) candidates(v int) []*verbs.Pattern {
	switch sc.t.toks[v].UPOS {
	case "VERB":
		if ps := sc.verbs.ByLemma(sc.t.lemma(v)); len(ps) > 0 {
			return ps
		}
		if !inflected[sc.t.toks[v].XPOS] {
			return nil // a base form is its own lemma: nothing to strip
		}
		for _, stem := range regularStems(strings.ToLower(sc.t.toks[v].Form)) {
			if ps := sc.verbs.ByLemma(stem); len(ps) > 0 {
				return ps // the lemmatizer missed a rare word: "persuaded" read as "persuad"
			}
		}
		return nil
	case "NOUN":
		return sc.verbs.Nominal(sc.t.lemma(v))
	}
	return nil
}

// try checks every constraint of p at v.
func (sc *sentenceCoder) try(v int, p *verbs.Pattern) (match, bool) {
	m := match{p: p}
	for _, c := range p.Constraints {
		toks, ok := sc.walk(v, c.Path, c, nil)
		if c.Forbid {
			if ok {
				return m, false
			}
			continue
		}
		if !ok {
			return m, false
		}
		m.used = append(m.used, toks...)
		m.score += len(c.Path)
		if c.Words != nil {
			m.score++
			m.content = append(m.content, toks[len(toks)-1])
		}
	}
	return m, true
}

// walk follows path from token i; the last step's token must carry one of
// the constraint's words. It returns the tokens along the path.
func (sc *sentenceCoder) walk(i int, path []verbs.Step, c verbs.Constraint, acc []int) ([]int, bool) {
	if len(path) == 0 {
		return acc, false
	}
	step := path[0]
	for _, k := range sc.t.kids[i] {
		if !sc.stepFits(i, k, step) {
			continue
		}
		if len(path) == 1 {
			if sc.accepts(k, c) {
				return append(acc, k), true
			}
			continue
		}
		if r, ok := sc.walk(k, path[1:], c, append(acc, k)); ok {
			return r, true
		}
	}
	return nil, false
}

// stepFits reports whether child k of i is reached by step. A passive
// verb's subject counts as its object, so "was attacked" fits "attack +obj".
func (sc *sentenceCoder) stepFits(i, k int, step verbs.Step) bool {
	rel := sc.t.rel(k)
	switch {
	case rel == "nsubj:pass" && step.Rel == "obj" && sc.passive(i):
		rel = "obj"
	case rel == "nsubj:pass" && !sc.passive(i):
		rel = "nsubj"
	case step.Rel == "nsubj" && sc.passive(i) && k == sc.agent(i):
		rel = "nsubj" // "was attacked by rebels": the agent acts
	}
	if !step.Matches(rel) {
		return false
	}
	if len(step.Cases) == 0 {
		return true
	}
	got := sc.t.caseOf(k)
	for _, want := range step.Cases {
		if caseFits(got, want) {
			return true
		}
	}
	return false
}

// accepts checks the constraint's words against k or, for a coordination
// ("troops and equipment"), any of its conjuncts.
func (sc *sentenceCoder) accepts(k int, c verbs.Constraint) bool {
	if c.AcceptsToken(sc.t.lemma(k), sc.t.toks[k].UPOS) {
		return true
	}
	if sc.t.child(k, "conj") < 0 {
		return false
	}
	for _, j := range sc.t.conjuncts(k)[1:] {
		if c.AcceptsToken(sc.t.lemma(j), sc.t.toks[j].UPOS) {
			return true
		}
	}
	return false
}

// caseFits compares a dependent's preposition(s) with the one a step asks
// for; "to" fits "according to" only when asked for.
func caseFits(got, want string) bool {
	if got == want {
		return true
	}
	for _, g := range strings.Fields(got) {
		if g == want {
			return true
		}
	}
	return false
}

// inflected are the PTB tags of verb forms that carry an ending.
var inflected = map[string]bool{"VBD": true, "VBN": true, "VBG": true, "VBZ": true}

// regularStems lists the lemmas a regularly inflected verb form may have:
// "persuaded" persuade or persuad, "shredded" shred, "carried" carry,
// "raiding" raid or raide, "bombs" bomb.
func regularStems(form string) []string {
	var out []string
	cut := func(suffix string) (string, bool) {
		if len(form) > len(suffix)+1 && strings.HasSuffix(form, suffix) {
			return form[:len(form)-len(suffix)], true
		}
		return "", false
	}
	if b, ok := cut("ied"); ok {
		out = append(out, b+"y")
	}
	for _, suf := range []string{"ed", "ing"} {
		b, ok := cut(suf)
		if !ok {
			continue
		}
		out = append(out, b+"e", b)
		if n := len(b); n > 2 && b[n-1] == b[n-2] {
			out = append(out, b[:n-1]) // shredded, shelling
		}
	}
	if b, ok := cut("es"); ok {
		out = append(out, b)
	}
	if b, ok := cut("s"); ok {
		out = append(out, b)
	}
	return out
}

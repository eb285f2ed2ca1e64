package coder

import "github.com/dyad-events/dyad"

// Words that set an event's modality, by lemma. They are few and closed
// classes of English, so they live here rather than in a data file.
var (
	negators     = map[string]bool{"not": true, "never": true, "n't": true, "no": true}
	futureAux    = map[string]bool{"will": true, "shall": true, "'ll": true}
	hypoAux      = map[string]bool{"would": true, "could": true, "might": true, "may": true, "should": true, "can": true, "'d": true, "must": true, "ought": true}
	hypoMarks    = map[string]bool{"if": true, "unless": true, "whether": true}
	deniers      = map[string]bool{"deny": true, "refute": true, "dismiss": true, "reject": true, "rebut": true, "disprove": true}
	claims       = map[string]bool{"accusation": true, "allegation": true, "claim": true, "report": true, "rumor": true, "rumour": true, "accuse": true, "allege": true, "suspicion": true, "charge": true}
	reportAdverb = map[string]bool{"reportedly": true, "allegedly": true, "purportedly": true, "apparently": true, "supposedly": true}
	futureHeads  = map[string]bool{"plan": true, "intend": true, "aim": true, "prepare": true, "expect": true, "go": true, "schedule": true}
	proposeHeads = map[string]bool{"propose": true, "offer": true, "suggest": true, "want": true, "seek": true, "threaten": true, "promise": true, "pledge": true, "vow": true, "call": true, "urge": true, "ask": true, "demand": true}
)

// modality says how the sentence presents the event headed by v.
func (t *tree) modality(v int) (dyad.Modality, []int) {
	if n := t.negation(v); n >= 0 {
		return dyad.Negated, []int{n}
	}
	if h := t.hypothetical(v); h >= 0 {
		return dyad.Hypothetical, []int{h}
	}
	if f := t.future(v); f >= 0 {
		return dyad.Future, []int{f}
	}
	if h := t.head(v); h >= 0 && t.rel(v) == "xcomp" && proposeHeads[t.lemma(h)] {
		return dyad.Proposed, []int{h}
	}
	if d := t.disputed(v); d >= 0 {
		if deniers[t.lemma(d)] {
			return dyad.Negated, []int{d}
		}
		return dyad.Reported, []int{d}
	}
	if r := t.reported(v); r >= 0 {
		return dyad.Reported, []int{r}
	}
	return dyad.Asserted, nil
}

// disputed finds the word that makes v's clause a claim rather than a
// fact: "denied that it had supplied", "accusations that it supplied",
// "allegedly", "claims that ...". It walks up through complement clauses.
func (t *tree) disputed(v int) int {
	for i, n := v, 0; i >= 0 && n < 4; n++ {
		r := baseRel(t.rel(i))
		if r != "ccomp" && r != "acl" && r != "xcomp" {
			return -1
		}
		h := t.head(i)
		if h < 0 {
			return -1
		}
		if deniers[t.lemma(h)] || claims[t.lemma(h)] {
			return h
		}
		i = h
	}
	return -1
}

// negation finds a negator attached to v ("did not respond", "never
// accepted"), or -1.
func (t *tree) negation(v int) int {
	for _, k := range t.children(v, "advmod", "neg", "det") {
		if negators[t.lemma(k)] {
			return k
		}
	}
	return -1
}

func (t *tree) hypothetical(v int) int {
	for _, k := range t.children(v, "aux") {
		if hypoAux[t.lemma(k)] {
			return k
		}
	}
	for i, n := v, 0; i >= 0 && n < 6; i, n = t.head(i), n+1 {
		for _, k := range t.children(i, "mark") {
			if hypoMarks[t.lemma(k)] {
				return k
			}
		}
		if r := baseRel(t.rel(i)); r != "xcomp" && r != "conj" && r != "advcl" {
			break
		}
	}
	return -1
}

func (t *tree) future(v int) int {
	for _, k := range t.children(v, "aux") {
		if futureAux[t.lemma(k)] {
			return k
		}
	}
	if h := t.head(v); h >= 0 && t.rel(v) == "xcomp" && futureHeads[t.lemma(h)] {
		return h
	}
	return -1
}

// reported finds "reportedly" on v, or "according to" anywhere in the clause.
func (t *tree) reported(v int) int {
	for _, k := range t.children(v, "advmod") {
		if reportAdverb[t.lemma(k)] {
			return k
		}
	}
	for _, k := range t.children(v, "obl") {
		if t.caseOf(k) == "accord to" || t.caseOf(k) == "according to" {
			return k
		}
	}
	return -1
}

package coder

import "github.com/dyad-events/dyad"

// Prepositions whose object can be an event's target: "clashed with",
// "sanctions against", "moved towards".
var targetPreps = map[string]bool{
	"against": true, "with": true, "to": true, "on": true, "at": true, "toward": true,
	"towards": true, "into": true, "upon": true, "over": true, "for": true, "from": true,
}

// relPronouns head a relative clause's subject: "troops who crossed".
var relPronouns = map[string]bool{"who": true, "which": true, "that": true, "whom": true}

// passive reports whether v is a passive verb: a passive auxiliary, or a
// passive subject with a form of "be" or "get" — a parser that labels the
// subject of "had proposed" nsubj:pass is not believed.
func (sc *sentenceCoder) passive(v int) bool {
	if sc.t.childExact(v, "aux:pass") >= 0 {
		return true
	}
	if sc.t.childExact(v, "nsubj:pass") < 0 {
		return false
	}
	for _, k := range sc.t.children(v, "aux") {
		if l := sc.t.lemma(k); l == "be" || l == "get" {
			return true
		}
	}
	return false
}

// agent returns the "by" phrase of a passive verb, or -1.
func (sc *sentenceCoder) agent(v int) int {
	for _, k := range sc.t.children(v, "obl") {
		if sc.t.rel(k) == "obl:agent" || sc.t.caseOf(k) == "by" {
			return k
		}
	}
	return -1
}

// subjects returns the tokens heading v's source: its subject, a passive's
// agent, or for a verb without one the subject it shares — the object of a
// control verb ("pressured her to accept": her), the subject of the verb
// it is coordinated with or subordinate to, the noun a relative clause
// modifies.
func (sc *sentenceCoder) subjects(v int) []int {
	t := sc.t
	if sc.passive(v) {
		if a := sc.agent(v); a >= 0 {
			return t.conjuncts(a)
		}
		return nil
	}
	for _, rel := range []string{"nsubj", "nsubj:pass"} {
		if s := t.childExact(v, rel); s >= 0 && !relPronouns[t.lemma(s)] {
			return t.conjuncts(s)
		}
	}
	if s := t.nominalSource(v); len(s) > 0 {
		return s
	}
	h := t.head(v)
	if h < 0 {
		return nil
	}
	switch rel := t.rel(v); baseRel(rel) {
	case "xcomp":
		if o := t.child(h, "obj", "iobj"); o >= 0 {
			return t.conjuncts(o)
		}
		return sc.subjects(h)
	case "conj", "advcl":
		return sc.subjects(h)
	case "acl":
		return []int{h}
	case "obj":
		if t.toks[v].UPOS == "NOUN" { // "held talks": the holder
			return sc.subjects(h)
		}
	}
	return nil
}

// nominalSource finds who acts in a nominal event: "Trump's visit", "a visit
// by Trump", "US air strikes".
func (t *tree) nominalSource(v int) []int {
	if t.toks[v].UPOS != "NOUN" {
		return nil
	}
	for _, k := range t.children(v, "nmod") {
		if r := t.rel(k); r == "nmod:poss" || t.caseOf(k) == "by" || t.caseOf(k) == "from" {
			return t.conjuncts(k)
		}
	}
	if k := t.child(v, "compound", "amod"); k >= 0 && t.toks[k].UPOS == "PROPN" {
		return []int{k}
	}
	return nil
}

// objects returns the tokens heading v's target, most direct first.
func (sc *sentenceCoder) objects(v int) []int {
	t := sc.t
	if sc.passive(v) {
		if s := t.childExact(v, "nsubj:pass"); s >= 0 {
			return t.conjuncts(s)
		}
	}
	var out []int
	for _, k := range t.children(v, "obj", "iobj") {
		if sc.hasActor(k) {
			out = append(out, t.conjuncts(k)...)
		} else if o := sc.owner(k); o >= 0 { // "rejected Trump's proposal"
			out = append(out, t.conjuncts(o)...)
		} else {
			out = append(out, sc.aimedAt(k)...) // "imposed sanctions on Russia"
		}
	}
	for _, k := range t.children(v, "obl", "nmod") {
		if targetPreps[t.caseOf(k)] && sc.hasActor(k) && t.rel(k) != "nmod:poss" {
			out = append(out, t.conjuncts(k)...)
		}
	}
	if len(out) == 0 {
		if x := t.child(v, "xcomp"); x >= 0 {
			return sc.objects(x)
		}
	}
	return out
}

// aimedAt finds whom a thing is aimed at: "sanctions on Russia", "an attack
// against the army", "talks with the rebels".
func (sc *sentenceCoder) aimedAt(k int) []int {
	var out []int
	for _, j := range sc.t.children(k, "nmod") {
		if c := sc.t.caseOf(j); c != "from" && c != "for" && targetPreps[c] && sc.hasActor(j) && sc.t.rel(j) != "nmod:poss" {
			out = append(out, sc.t.conjuncts(j)...)
		}
	}
	return out
}

// owner finds the actor a thing belongs to: "Trump's proposal", "a
// proposal from Washington", "the request of the United States".
func (sc *sentenceCoder) owner(k int) int {
	for _, j := range sc.t.children(k, "nmod") {
		c := sc.t.caseOf(j)
		if sc.t.rel(j) == "nmod:poss" || c == "from" || c == "by" || c == "of" {
			if sc.hasActor(j) {
				return j
			}
		}
	}
	return -1
}

// childExact returns the first child of i whose relation is exactly rel.
func (t *tree) childExact(i int, rel string) int {
	for _, k := range t.kids[i] {
		if t.toks[k].Rel == rel {
			return k
		}
	}
	return -1
}

func (sc *sentenceCoder) hasActor(k int) bool {
	_, _, ok := sc.actorAt(k)
	return ok
}

// actorAt returns the actor named at token k — by the mention covering it,
// else one covering a modifier of it ("the US military" headed by
// "military" with "US" as compound) — with the words that named it.
func (sc *sentenceCoder) actorAt(k int) (*dyad.Actor, dyad.Span, bool) {
	if a, sp, ok := sc.mentionActor(k); ok {
		return a, sp, true
	}
	for _, j := range sc.t.children(k, "compound", "amod", "nmod", "flat", "appos") {
		if sc.t.rel(j) == "nmod" && sc.t.caseOf(j) != "of" {
			continue
		}
		if a, sp, ok := sc.mentionActor(j); ok {
			return a, sp, true
		}
	}
	if a, sp, ok := sc.partitive(k); ok {
		return a, sp, true
	}
	return sc.speakerActor(k)
}

// partitive finds the actor of "many of the gangs", "two of the soldiers"
// under k, whether the parser made the quantifier k itself or hung it on k.
func (sc *sentenceCoder) partitive(k int) (*dyad.Actor, dyad.Span, bool) {
	quants := []int{k}
	for _, j := range sc.t.children(k, "amod", "nummod", "det") {
		quants = append(quants, j)
	}
	for _, q := range quants {
		switch sc.t.toks[q].UPOS {
		case "ADJ", "NUM", "DET", "PRON":
		default:
			continue
		}
		for _, g := range sc.t.children(q, "nmod", "obl") {
			if sc.t.caseOf(g) != "of" {
				continue
			}
			if a, sp, ok := sc.mentionActor(g); ok {
				return a, sp, true
			}
		}
	}
	return nil, dyad.Span{}, false
}

// mentionActor resolves the mention covering token k through its
// references.
func (sc *sentenceCoder) mentionActor(k int) (*dyad.Actor, dyad.Span, bool) {
	mi := sc.mentions[k]
	if mi < 0 {
		return nil, dyad.Span{}, false
	}
	m := sc.doc.Mentions[mi]
	sp := dyad.Span{Text: m.Text, Start: m.Start, End: m.End}
	for seen := 0; mi >= 0 && seen < len(sc.doc.Mentions); seen++ {
		if a := sc.doc.Mentions[mi].Actor; a != nil {
			return a, sp, true
		}
		mi = sc.doc.Mentions[mi].Ref
	}
	return nil, dyad.Span{}, false
}

// speakerActor resolves "I", "we", "me", "us" inside a direct quote to the
// quote's speaker.
func (sc *sentenceCoder) speakerActor(k int) (*dyad.Actor, dyad.Span, bool) {
	switch sc.t.lemma(k) {
	case "i", "we", "me", "us":
	default:
		return nil, dyad.Span{}, false
	}
	tok := sc.t.toks[k]
	if q := innermostQuote(sc.doc, tok.Start); q >= 0 && sc.doc.Quotes[q].Speaker != nil {
		return sc.doc.Quotes[q].Speaker, dyad.Span{Text: tok.Form, Start: tok.Start, End: tok.End}, true
	}
	return nil, dyad.Span{}, false
}

// innermostQuote returns the narrowest direct quote holding off, or -1.
func innermostQuote(d *dyad.Document, off int) int {
	best := -1
	for i, q := range d.Quotes {
		if q.Direct && q.Start <= off && off < q.End && (best < 0 || q.End-q.Start < d.Quotes[best].End-d.Quotes[best].Start) {
			best = i
		}
	}
	return best
}

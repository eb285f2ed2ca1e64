package coder

import (
	"fmt"

	"github.com/dyad-events/dyad"
)

// Trace says what the coder made of one candidate pattern at one token.
type Trace struct {
	Token   int    // 0-based token index in the sentence
	Word    string // the token's form
	Pattern string // pattern id
	Source  string // dictionary file:line
	Code    string // CAMEO code, "---" for a discard
	Fits    bool   // every constraint met
	Chosen  bool   // the most specific fitting pattern at this token
	Why     string // the first failed constraint, or what happened next
}

// Explain codes sentence si of d as Process would and reports, for every
// token that has patterns, each candidate and why it was or was not used.
// d must have been through the earlier stages (tokens, mentions, times).
func (c *Coder) Explain(d *dyad.Document, si int) []Trace {
	if v, ok := c.vetoed(d)[si]; ok {
		return []Trace{vetoTrace(d, si, v)}
	}
	sc := c.sentence(d, si)
	var out []Trace
	for _, v := range sc.t.topDown() {
		best, ok := sc.best(v)
		for _, p := range sc.candidates(v) {
			tr := Trace{Token: v, Word: sc.t.toks[v].Form, Pattern: p.ID, Source: p.Source, Code: p.Code}
			if p.Discard {
				tr.Code = "---"
			}
			_, tr.Fits = sc.try(v, p)
			tr.Chosen = ok && best.p == p
			tr.Why = sc.why(v, p, tr)
			out = append(out, tr)
		}
		if ok && !sc.consumed[v] && !best.p.Discard {
			for _, k := range best.used {
				sc.consumed[k] = true
			}
		}
	}
	return out
}

// why explains a trace in words.
func (sc *sentenceCoder) why(v int, p interface{ String() string }, tr Trace) string {
	switch {
	case sc.consumed[v]:
		return "token already read by a governing pattern"
	case !tr.Fits:
		return "constraints not met: " + p.String()
	case !tr.Chosen:
		return "fits, but a more specific pattern won"
	case tr.Code == "---":
		return "discard: no event"
	}
	srcs, tgts := sc.subjects(v), sc.objects(v)
	return fmt.Sprintf("chosen; %d source and %d target candidates", len(srcs), len(tgts))
}

// vetoTrace reports a vetoed sentence as one chosen "pattern" that codes
// nothing, so that `dyad explain` says why the sentence has no events.
func vetoTrace(d *dyad.Document, si int, v Veto) Trace {
	tr := Trace{Pattern: v.Rule, Source: v.Source, Code: "---", Fits: true, Chosen: true, Why: v.Why + "; no events"}
	if toks := d.Sentences[si].Tokens; len(toks) > 0 {
		tr.Word = toks[0].Form
	}
	return tr
}

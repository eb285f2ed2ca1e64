package coder

import (
	"context"
	"fmt"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/cameo"
	"github.com/dyad-events/dyad/internal/verbs"
)

// statement is CAMEO's "make statement", emitted only when asked for: a
// bare "X said" is reported speech, not an event.
const statement = "010"

// Config tunes what the coder emits.
type Config struct {
	// Statements also codes bare speech acts ("X said ...") as 010 events.
	Statements bool
	// KeepUnknown keeps events whose source and target are both unknown to
	// the lexicon ("[Fujitsu] 0831 [LCD]"); by default at least one side
	// must be a known actor.
	KeepUnknown bool
	// OneSidedRoots lists the CAMEO roots that may be coded without a
	// target ("troops massed at the border"). Nil means 01, 14 and 15.
	OneSidedRoots []string
	// Mutual lists the CAMEO codes or roots that joint subjects do to each
	// other when nothing else is the target ("Peru and Bolivia met",
	// "... signed a treaty", "... clashed"); "Italy and Germany favour
	// talks" is not Italy praising Germany. Nil means 03, 04, 050, 057,
	// 06, 161 and 19.
	Mutual []string
	// Filters veto sentences (discard lists, complexity limits); a vetoed
	// sentence yields no events and the reason is a document error.
	Filters []Filter
	// DefaultSource and DefaultTarget are actor codes standing in for a
	// missing source or target (TABARI's DEFAULT option); "" means none,
	// and an event without one is not coded.
	DefaultSource, DefaultTarget string
}

// Coder is the pipeline stage that fills Document.Events.
type Coder struct {
	verbs *verbs.Lexicon
	onto  *cameo.Ontology
	cfg   Config
}

// New returns a Coder using the verb lexicon v and the ontology o.
func New(v *verbs.Lexicon, o *cameo.Ontology, cfg Config) *Coder {
	if cfg.OneSidedRoots == nil {
		cfg.OneSidedRoots = []string{"01", "14", "15"}
	}
	if cfg.Mutual == nil {
		cfg.Mutual = []string{"03", "04", "050", "057", "06", "161", "19"}
	}
	return &Coder{verbs: v, onto: o, cfg: cfg}
}

// Process codes every parsed sentence of an analysed block of d.
func (c *Coder) Process(ctx context.Context, d *dyad.Document) error {
	d.Events = d.Events[:0]
	vetoed := c.vetoed(d)
	recordVetoes(d, vetoed)
	for si := range d.Sentences {
		s := &d.Sentences[si]
		if !d.Blocks[s.Block].Kind.Analysed() || !parsed(s.Tokens) || isVetoed(vetoed, si) {
			continue
		}
		sc := c.sentence(d, si)
		d.Events = append(d.Events, sc.code()...)
	}
	for _, e := range c.quotedRefusals(d) {
		if !isVetoed(vetoed, e.Sentence) {
			d.Events = append(d.Events, e)
		}
	}
	for i := range d.Events {
		d.Events[i].ID = fmt.Sprintf("%s-%d", d.ID, i+1)
		d.Events[i].Doc = d.ID
	}
	return nil
}

// parsed reports whether the parser has run on the tokens.
func parsed(toks []dyad.Token) bool {
	return len(toks) > 0 && toks[0].Head >= 0 && toks[0].Rel != ""
}

// sentenceCoder holds what coding one sentence needs.
type sentenceCoder struct {
	*Coder
	doc      *dyad.Document
	si       int
	t        *tree
	mentions []int // per token, the index into doc.Mentions covering it, or -1
	times    []dyad.TimeRef
	consumed []bool
}

func (c *Coder) sentence(d *dyad.Document, si int) *sentenceCoder {
	s := d.Sentences[si]
	sc := &sentenceCoder{Coder: c, doc: d, si: si, t: newTree(s.Tokens), consumed: make([]bool, len(s.Tokens))}
	sc.mentions = make([]int, len(s.Tokens))
	for i := range sc.mentions {
		sc.mentions[i] = -1
	}
	for mi, m := range d.Mentions {
		if m.Sentence != si {
			continue
		}
		for k := max(m.TokStart, 0); k < min(m.TokEnd, len(s.Tokens)); k++ {
			sc.mentions[k] = mi
		}
	}
	for _, tr := range d.Times {
		if tr.Start >= s.Start && tr.End <= s.End {
			sc.times = append(sc.times, tr)
		}
	}
	return sc
}

// code emits the events of the sentence, governing verbs first so that
// what they consume is not coded again.
func (sc *sentenceCoder) code() []dyad.Event {
	var out []dyad.Event
	for _, v := range sc.t.topDown() {
		if sc.consumed[v] {
			continue
		}
		m, ok := sc.best(v)
		if !ok || m.p.Discard || (m.p.Code == statement && !sc.cfg.Statements) {
			continue
		}
		for _, k := range m.used {
			sc.consumed[k] = true
		}
		out = append(out, sc.events(v, m, out)...)
	}
	return dedupe(out)
}

// dedupe drops repeated source–code–target triples in one sentence: two
// clauses naming the same act ("designated them ..., restricting their
// movements") give one event, the first.
func dedupe(evs []dyad.Event) []dyad.Event {
	seen := map[string]bool{}
	out := evs[:0]
	for _, e := range evs {
		k := e.Source.Code + "|" + e.Source.Name + "|" + e.CAMEO + "|" + e.Target.Code + "|" + e.Target.Name
		if !seen[k] {
			seen[k] = true
			out = append(out, e)
		}
	}
	return out
}

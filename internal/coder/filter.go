package coder

import (
	"context"

	"github.com/dyad-events/dyad"
)

// Filter keeps sentences from being coded: a discard list ("the sentence
// is about a tennis match", "the whole story is about sport"), a limit on
// how complex a sentence may be. Filters are given by the user (dyad's
// --discards and --options flags); the coder runs none of its own.
type Filter interface {
	// Veto returns the sentences of d (by index) that must yield no
	// events, each with why. It sees the whole document, so that one
	// phrase can veto a story.
	Veto(d *dyad.Document) map[int]Veto
}

// Veto says why a filter kept a sentence from being coded.
type Veto struct {
	Rule   string // the filter's name, also the document error's reason: "discard", "complex"
	Source string // the dictionary entry that fired, file:line, if any
	Why    string // the evidence in words: `sentence 2 holds discard phrase "TENNIS MATCH"`
}

func (v Veto) String() string {
	if v.Source == "" {
		return v.Why
	}
	return v.Why + " (" + v.Source + ")"
}

// vetoed asks the filters about d and returns the vetoed sentences of
// its analysed blocks (others are never coded); the first filter to veto
// a sentence gives the reason.
func (c *Coder) vetoed(d *dyad.Document) map[int]Veto {
	if len(c.cfg.Filters) == 0 {
		return nil
	}
	out := map[int]Veto{}
	for _, f := range c.cfg.Filters {
		for si, v := range f.Veto(d) {
			if _, dup := out[si]; !dup && analysed(d, si) {
				out[si] = v
			}
		}
	}
	return out
}

func analysed(d *dyad.Document, si int) bool {
	if si < 0 || si >= len(d.Sentences) {
		return false
	}
	b := d.Sentences[si].Block
	return b >= 0 && b < len(d.Blocks) && d.Blocks[b].Kind.Analysed()
}

// recordVetoes writes each distinct veto once, in sentence order, as a
// non-fatal document error: a story-level discard vetoes every sentence
// for one reason. A veto already recorded (by an earlier stage) is not
// written again.
func recordVetoes(d *dyad.Document, vs map[int]Veto) {
	seen := map[dyad.Error]bool{}
	for _, e := range d.Errors {
		seen[e] = true
	}
	for si := range d.Sentences {
		v, ok := vs[si]
		if !ok {
			continue
		}
		e := dyad.NewError("coder", v.Rule, "%s", v.String())
		e.Fatal = false // the document was read; it is only not coded
		if !seen[e] {
			seen[e] = true
			d.Errors = append(d.Errors, e)
		}
	}
}

// DropVetoed is a stage that applies filters to the events another coder
// made (the surface coder, which knows none of them): it removes the
// events of vetoed sentences and records the vetoes as Process does.
type DropVetoed []Filter

// Process implements dyad.Stage.
func (fs DropVetoed) Process(_ context.Context, d *dyad.Document) error {
	vs := (&Coder{cfg: Config{Filters: fs}}).vetoed(d)
	if len(vs) == 0 {
		return nil
	}
	recordVetoes(d, vs)
	kept := d.Events[:0]
	for _, e := range d.Events {
		if !isVetoed(vs, e.Sentence) {
			kept = append(kept, e)
		}
	}
	d.Events = kept
	return nil
}

func isVetoed(vs map[int]Veto, si int) bool {
	_, ok := vs[si]
	return ok
}

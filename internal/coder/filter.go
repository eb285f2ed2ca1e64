package coder

import (
	"github.com/dyad-events/dyad"
)

// Filter keeps sentences from being coded: a discard list ("the sentence
// is about a tennis match"), a limit on how complex a sentence may be.
// Filters are given by the user (dyad's --discards and --options flags);
// the coder runs none of its own.
type Filter interface {
	// Veto reports whether sentence si of d must yield no events, and why.
	Veto(d *dyad.Document, si int) (Veto, bool)
}

// Veto says why a filter kept a sentence from being coded.
type Veto struct {
	Rule   string // the filter's name, also the document error's reason: "discard", "complex"
	Source string // the dictionary entry that fired, file:line, if any
	Why    string // the evidence in words: `holds discard phrase "TENNIS MATCH"`
}

func (v Veto) String() string {
	if v.Source == "" {
		return v.Why
	}
	return v.Why + " (" + v.Source + ")"
}

// vetoes asks every filter about every analysed sentence of d and records
// each distinct veto once as a non-fatal document error: a story-level
// discard vetoes every sentence for one reason. It returns the vetoed
// sentences.
func (c *Coder) vetoes(d *dyad.Document) map[int]bool {
	if len(c.cfg.Filters) == 0 {
		return nil
	}
	out := map[int]bool{}
	seen := map[Veto]bool{}
	for si := range d.Sentences {
		v, ok := c.veto(d, si)
		if !ok {
			continue
		}
		out[si] = true
		if !seen[v] {
			seen[v] = true
			e := dyad.NewError("coder", v.Rule, "%s", v.String())
			e.Fatal = false // the document was read; it is only not coded
			d.Errors = append(d.Errors, e)
		}
	}
	return out
}

// veto returns the first veto of the filters on sentence si; sentences
// of blocks that are not analysed are never coded, so never vetoed.
func (c *Coder) veto(d *dyad.Document, si int) (Veto, bool) {
	if b := d.Sentences[si].Block; b < 0 || b >= len(d.Blocks) || !d.Blocks[b].Kind.Analysed() {
		return Veto{}, false
	}
	for _, f := range c.cfg.Filters {
		if v, ok := f.Veto(d, si); ok {
			return v, true
		}
	}
	return Veto{}, false
}

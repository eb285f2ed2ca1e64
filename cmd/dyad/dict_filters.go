package main

import (
	"fmt"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/coder"
	"github.com/dyad-events/dyad/internal/petrarch"
	"github.com/dyad-events/dyad/internal/tabari"
)

// discardFilter vetoes, for the built-in coder, the sentences holding a
// discard phrase and every sentence of a story one of whose sentences
// holds a story ("+") discard phrase.
type discardFilter struct {
	sentence, story *petrarch.DiscardSet
}

// newDiscardFilter splits the discards by scope; nil when there are none.
func newDiscardFilter(ds []petrarch.Discard) *discardFilter {
	if len(ds) == 0 {
		return nil
	}
	var sent, story []petrarch.Discard
	for _, d := range ds {
		if d.Story {
			story = append(story, d)
		} else {
			sent = append(sent, d)
		}
	}
	return &discardFilter{sentence: petrarch.NewDiscardSet(sent), story: petrarch.NewDiscardSet(story)}
}

// Veto implements coder.Filter. Only analysed sentences are read: a
// "related stories" block naming a football club does not discard the
// article.
func (f *discardFilter) Veto(d *dyad.Document) map[int]coder.Veto {
	out := map[int]coder.Veto{}
	for si, s := range d.Sentences {
		if !d.Blocks[s.Block].Kind.Analysed() {
			continue
		}
		if x, ok := f.story.Find(s.Text); ok {
			v := coder.Veto{Rule: "discard", Source: x.Source(), Why: fmt.Sprintf("the story is discarded: sentence %d holds story discard phrase %q", si+1, x.Phrase)}
			for sj := range d.Sentences {
				out[sj] = v
			}
			return out
		}
		if x, ok := f.sentence.Find(s.Text); ok {
			out[si] = coder.Veto{Rule: "discard", Source: x.Source(), Why: fmt.Sprintf("sentence %d holds discard phrase %q", si+1, x.Phrase)}
		}
	}
	return out
}

// complexFilter vetoes sentences that TABARI's COMPLEX limits call too
// complex to code, counting as dyad reads them: verbs and conjunctions by
// part of speech, actors by the mentions that name one (pronouns aside).
type complexFilter struct {
	limits tabari.Complex
	source string // file:line of the option
}

// Veto implements coder.Filter.
func (f complexFilter) Veto(d *dyad.Document) map[int]coder.Veto {
	out := map[int]coder.Veto{}
	for si := range d.Sentences {
		if why, ok := f.limits.Check(countSentence(d, si)); ok {
			out[si] = coder.Veto{Rule: "complex", Source: f.source, Why: fmt.Sprintf("sentence %d is complex: %s", si+1, why)}
		}
	}
	return out
}

// countSentence counts what COMPLEX limits in sentence si.
func countSentence(d *dyad.Document, si int) tabari.Counts {
	var n tabari.Counts
	first := -1
	for i, t := range d.Sentences[si].Tokens {
		switch t.UPOS {
		case "VERB":
			n.Verbs++
			if first < 0 {
				first = i
			}
		case "CCONJ":
			n.Conj++
		}
	}
	for _, m := range d.Mentions {
		if m.Sentence != si || m.Actor == nil || m.Kind == dyad.MentionPronoun {
			continue
		}
		n.Actors++
		if first >= 0 && m.TokStart < first {
			n.ActorBeforeVerb = true
		}
	}
	return n
}

package coder

import (
	"slices"

	"github.com/dyad-events/dyad"
)

// events builds the events of the pattern m matched at v: one per source
// and target pair (coordination gives several).
func (sc *sentenceCoder) events(v int, m match, earlier []dyad.Event) []dyad.Event {
	code := m.p.Code
	oneSided := slices.Contains(sc.cfg.OneSidedRoots, rootOf(code))
	targets := sc.objects(v)
	if others := without(targets, m.content); len(others) > 0 || oneSided {
		targets = others // what a one-sided event is about is not its target: "surged troops"
	}
	subjects := sc.subjects(v)
	if len(targets) == 0 && len(subjects) > 1 {
		targets = subjects // "Peru and Bolivia agreed ...": each to the other
	}
	subjects = sc.orDefault(subjects, sc.cfg.DefaultSource, defaultSource)
	var out []dyad.Event
	for _, s := range subjects {
		src, srcSpan, ok := sc.sideActor(s)
		if !ok {
			continue
		}
		if len(targets) == 0 {
			if e, ok := sc.answered(v, src, earlier); ok {
				ev := sc.event(v, m, *src, srcSpan, &e.Source, dyad.Span{}, s, -1)
				ev.Evidence.Comment = "target: who made the proposal or demand that \"it\" answers"
				out = append(out, ev)
				continue
			}
		}
		tgts := sc.orDefault(targets, sc.cfg.DefaultTarget, defaultTarget)
		if len(tgts) == 0 && oneSided && (src.Known || sc.cfg.KeepUnknown) {
			out = append(out, sc.event(v, m, *src, srcSpan, nil, dyad.Span{}, s, -1))
		}
		for _, k := range tgts {
			tgt, tgtSpan, ok := sc.sideActor(k)
			if ok && !sameActor(src, tgt) && (src.Known || tgt.Known || sc.cfg.KeepUnknown) {
				out = append(out, sc.event(v, m, *src, srcSpan, tgt, tgtSpan, s, k))
			}
		}
	}
	return out
}

// Roots whose events a later "rejected it" or "accepted it" answers:
// appeals, offers, demands, threats.
var answerable = map[string]bool{"02": true, "03": true, "10": true, "13": true}

// answered finds the event that an anaphoric object answers — "Trump
// proposed sending troops, but she rejected it" — in this sentence or the
// previous one: the latest appeal, offer, demand or threat by someone else.
func (sc *sentenceCoder) answered(v int, src *dyad.Actor, earlier []dyad.Event) (dyad.Event, bool) {
	o := sc.t.child(v, "obj")
	if o < 0 {
		return dyad.Event{}, false
	}
	switch sc.t.lemma(o) {
	case "it", "this", "that":
	default:
		return dyad.Event{}, false
	}
	cands := append(append([]dyad.Event{}, sc.doc.Events...), earlier...)
	for i := len(cands) - 1; i >= 0; i-- {
		e := cands[i]
		if e.Sentence < sc.si-1 {
			break
		}
		if answerable[e.Root] && e.Source.Code != "" && !sameActor(&e.Source, src) {
			return e, true
		}
	}
	return dyad.Event{}, false
}

// without drops from toks the tokens a pattern read as the event's content
// ("proposed sending troops into Mexico": the troops are offered, Mexico is
// the target); content stays a target only when nothing else is.
func without(toks, used []int) []int {
	out := toks[:0:0]
	for _, k := range toks {
		if !slices.Contains(used, k) {
			out = append(out, k)
		}
	}
	return out
}

func rootOf(code string) string {
	if len(code) < 2 {
		return code
	}
	return code[:2]
}

// sameActor reports whether two resolved actors are one: by lexicon entry
// when both have one, else by code and name.
func sameActor(a, b *dyad.Actor) bool {
	if a.ID != "" && b.ID != "" {
		return a.ID == b.ID
	}
	return a.Code == b.Code && a.Name == b.Name
}

// event fills one Event with the ontology's facts, modality, date, quote
// and evidence.
func (sc *sentenceCoder) event(v int, m match, src dyad.Actor, srcSpan dyad.Span, tgt *dyad.Actor, tgtSpan dyad.Span, s, k int) dyad.Event {
	tok := sc.t.toks[v]
	ev := dyad.Event{Sentence: sc.si, CAMEO: m.p.Code, Root: rootOf(m.p.Code), Source: src, Quote: -1, Text: sc.doc.Sentences[sc.si].Text}
	if tgt != nil {
		ev.Target = *tgt
	}
	if e, ok := sc.onto.Event(m.p.Code); ok {
		ev.Root, ev.Goldstein, ev.QuadClass = e.Root, e.Goldstein, int(e.Quad)
		ev.PLOVER = dyad.PLOVER{Type: e.PLOVER.Type, Mode: e.PLOVER.Mode}
	}
	mod, modToks := sc.t.modality(v)
	if len(modToks) > 0 && slices.Contains(m.used, modToks[0]) {
		mod, modToks = dyad.Asserted, nil // the pattern itself reads the negation: "never accept" is a rejection
	}
	ev.Modality = mod
	ev.Date, ev.DatePrecision, ev.DateText = sc.eventDate(v)
	ev.Place = sc.eventPlace(v)
	ev.Quote, ev.Speaker = sc.quoteOf(tok.Start)
	ev.Evidence = sc.evidence(v, m, srcSpan, tgtSpan, modToks, s, k)
	return ev
}

// quoteOf returns the quote (direct, else reported speech) holding off
// and its speaker.
func (sc *sentenceCoder) quoteOf(off int) (int, *dyad.Actor) {
	if q := innermostQuote(sc.doc, off); q >= 0 {
		return q, sc.doc.Quotes[q].Speaker
	}
	for i, q := range sc.doc.Quotes {
		if !q.Direct && q.Start <= off && off < q.End {
			return i, q.Speaker
		}
	}
	return -1, nil
}

// evidence lists the words that made the event and the rule that fired.
func (sc *sentenceCoder) evidence(v int, m match, src, tgt dyad.Span, modToks []int, s, k int) dyad.Evidence {
	tok := sc.t.toks[v]
	var words []dyad.Span
	if src.Text != "" { // a default source has no words
		src.Role = "source"
		words = append(words, src)
	}
	words = append(words, dyad.Span{Role: "verb", Text: tok.Form, Start: tok.Start, End: tok.End})
	if tgt.Text != "" {
		tgt.Role = "target"
		words = append(words, tgt)
	}
	for _, j := range m.used {
		t := sc.t.toks[j]
		words = append(words, dyad.Span{Role: "pattern", Text: t.Form, Start: t.Start, End: t.End})
	}
	for _, j := range modToks {
		t := sc.t.toks[j]
		words = append(words, dyad.Span{Role: "modality", Text: t.Form, Start: t.Start, End: t.End})
	}
	path := "source " + sc.sidePath(s, v)
	if k >= 0 || k == defaultTarget {
		path += "; target " + sc.sidePath(k, v)
	}
	return dyad.Evidence{Words: words, Pattern: m.p.ID, File: m.p.Source, Path: path, Comment: defaultComment(s, k)}
}

package coder

import (
	"slices"
	"strings"

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
	if len(targets) == 0 && len(subjects) > 1 && sc.mutual(code, sc.t.lemma(v)) {
		targets = subjects // "Peru and Bolivia agreed ...": each to the other
	}
	subjects = sc.orDefault(subjects, sc.cfg.DefaultSource, defaultSource)
	var out []dyad.Event
	for _, s := range subjects {
		src, srcSpan, ok := sc.sideActor(s)
		if !ok || sc.town(src, srcSpan) {
			continue // a town is where things happen, not who does them: "the Boston shutdown"
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
				out = appendNew(out, sc.event(v, m, *src, srcSpan, tgt, tgtSpan, s, k))
			}
		}
	}
	return out
}

// appendNew appends e unless an event of the same verb already has its
// source, code and target codes: "visited Leeds, York and Hull" is one
// visit to Britain in event data, not three.
func appendNew(evs []dyad.Event, e dyad.Event) []dyad.Event {
	for _, o := range evs {
		if o.CAMEO == e.CAMEO && o.Source.Code == e.Source.Code && o.Source.Name == e.Source.Name &&
			o.Target.Code == e.Target.Code && e.Target.Code != "" {
			return evs
		}
	}
	return append(evs, e)
}

// mutual reports whether joint subjects of code, or of a verb that is
// mutual in itself ("clashed over tax", "quarrelled"), act on each other.
func (sc *sentenceCoder) mutual(code, lemma string) bool {
	if mutualVerbs[lemma] {
		return true
	}
	for _, p := range sc.cfg.Mutual {
		if strings.HasPrefix(code, p) {
			return true
		}
	}
	return false
}

// mutualVerbs take two sides whatever they are coded as.
var mutualVerbs = map[string]bool{"clash": true, "spar": true, "feud": true, "quarrel": true, "bicker": true,
	"wrangle": true, "squabble": true, "row": true, "meet": true, "talk": true, "negotiate": true}

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
	if forceRoots[ev.Root] && sc.cityAt(tgtSpan) {
		ev.Target = countryOnly(ev.Target) // "a missile attack on Kyiv" hits the city, not the government
	}
	code := m.p.Code
	if sc.verbalAttack(v, code, src, tgt) {
		code, ev.CAMEO, ev.Root = "111", "111", "11"
	}
	if e, ok := sc.onto.Event(code); ok {
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
	if code != m.p.Code {
		ev.Evidence.Comment = "a politician attacking a politician or party criticises: 111, not " + m.p.Code
	}
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

// forceRoots are the roots of force against people and places: assault,
// fight, mass violence.
var forceRoots = map[string]bool{"18": true, "19": true, "20": true}

// cityAt reports whether span names a town (internal/where placed it), so
// that a capital used as a target of force is not read as its government.
func (sc *sentenceCoder) cityAt(span dyad.Span) bool {
	for _, p := range sc.doc.Places {
		if p.Kind == "city" && p.Start <= span.Start && span.End <= p.End && span.End > span.Start {
			return true
		}
	}
	return false
}

// town reports whether a stands for the town named at span (internal/mention
// codes a town as its country), rather than for a government or people.
func (sc *sentenceCoder) town(a *dyad.Actor, span dyad.Span) bool {
	for _, p := range sc.doc.Places {
		if p.Start == span.Start && p.End == span.End && p.Kind != "country" && a.ID != "" && a.ID == p.GazID {
			return true
		}
	}
	return false
}

// countryOnly drops an actor's sector, keeping its country.
func countryOnly(a dyad.Actor) dyad.Actor {
	if a.Country == "" {
		return a
	}
	a.Code, a.Sector = a.Country, ""
	return a
}

// verbalAttack reports whether a physical attack or fight (roots 18, 19)
// read off "attack", "hit", "clash" or "fight" is politics: a person,
// party or government attacking or clashing with a person, party, the
// media, a court, a business or an international body ("Blair attacked
// Howard", "Labour and the Tories clashed", "Trump attacked the press").
// A party's attack is always verbal; a leader's attack on a country, a
// force, civilians or an armed group stays physical.
func (sc *sentenceCoder) verbalAttack(v int, code string, src dyad.Actor, tgt *dyad.Actor) bool {
	switch rootOf(code) {
	case "18", "19":
	default:
		return false
	}
	switch sc.t.lemma(v) {
	case "attack", "hit", "clash", "fight", "battle", "assail", "blast":
	default:
		return false
	}
	if tgt == nil || !political(src) {
		return false
	}
	return party(src) || !armed(*tgt)
}

// party reports whether an actor is a political party, which fights with
// words whatever it attacks ("the Dems attacked Trump's family").
func party(a dyad.Actor) bool {
	return a.Sector == "PTY" || strings.HasSuffix(a.Code, "PTY")
}

// armed reports whether an actor is a country as a whole, an armed force,
// an armed group or civilians: what a leader's "attack" may really strike.
func armed(a dyad.Actor) bool {
	if a.Code == a.Country && a.Code != "" {
		return true
	}
	for _, s := range []string{"MIL", "REB", "INS", "SEP", "UAF", "PRM", "CRM", "SPY", "CVL"} {
		if strings.Contains(a.Code, s) {
			return true
		}
	}
	return false
}

// political reports whether an actor is a person, party or political
// office rather than a country, force or armed group.
func political(a dyad.Actor) bool {
	if strings.HasPrefix(a.ID, "people:") {
		return true
	}
	switch a.Sector {
	case "GOV", "OPP", "PTY", "LEG", "ELI":
		return a.Code != a.Country // a bare country stays a country
	}
	return strings.HasSuffix(a.Code, "PTY")
}

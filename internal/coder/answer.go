package coder

import (
	"strings"
	"unicode"

	"github.com/dyad-events/dyad"
)

// refusal is the code of a quoted "No" answer: CAMEO's reject, not
// specified further.
const refusal = "120"

// quotedRefusals codes direct quotes that open with a flat "No" — "'No,
// President Trump.'" — as the speaker rejecting the person addressed: the
// actor named inside the quote, else the one the quote's frame names as
// addressee ("I said to him").
func (c *Coder) quotedRefusals(d *dyad.Document) []dyad.Event {
	var out []dyad.Event
	for qi, q := range d.Quotes {
		if !q.Direct || q.Speaker == nil || q.Verb == "posted" || !opensWithNo(q.Text) {
			continue
		}
		si := sentenceAt(d, q.Start)
		tgt, span, ok := addressee(d, q)
		if si < 0 || !ok || sameActor(q.Speaker, tgt) {
			continue
		}
		out = append(out, c.refusalEvent(d, qi, si, tgt, span))
	}
	return out
}

// opensWithNo reports whether quoted text starts with the word "No".
func opensWithNo(s string) bool {
	s = strings.TrimLeft(s, " ")
	if len(s) < 2 || !strings.EqualFold(s[:2], "no") {
		return false
	}
	return len(s) == 2 || !unicode.IsLetter(rune(s[2]))
}

func sentenceAt(d *dyad.Document, off int) int {
	for i, s := range d.Sentences {
		if s.Start <= off && off < s.End {
			return i
		}
	}
	return -1
}

// addressee finds who a refusal answers: an actor mentioned inside the
// quote, or else the object of the quote's frame ("said to him").
func addressee(d *dyad.Document, q dyad.Quote) (*dyad.Actor, dyad.Span, bool) {
	for _, m := range d.Mentions {
		if m.Start >= q.Start && m.End <= q.End && m.Actor != nil && m.Actor.Code != "" {
			return m.Actor, dyad.Span{Role: "target", Text: m.Text, Start: m.Start, End: m.End}, true
		}
	}
	if q.Parent < 0 {
		return nil, dyad.Span{}, false
	}
	p := d.Quotes[q.Parent]
	for i := len(d.Mentions) - 1; i >= 0; i-- {
		m := d.Mentions[i]
		if m.Start >= p.Start && m.End <= q.Start && m.Kind == dyad.MentionPronoun && m.Actor != nil {
			return m.Actor, dyad.Span{Role: "target", Text: m.Text, Start: m.Start, End: m.End}, true
		}
	}
	return nil, dyad.Span{}, false
}

func (c *Coder) refusalEvent(d *dyad.Document, qi, si int, tgt *dyad.Actor, span dyad.Span) dyad.Event {
	q := d.Quotes[qi]
	ev := dyad.Event{Sentence: si, CAMEO: refusal, Root: "12", Source: *q.Speaker, Target: *tgt,
		Modality: dyad.Asserted, Quote: qi, Speaker: q.Speaker, Text: d.Sentences[si].Text}
	if e, ok := c.onto.Event(refusal); ok {
		ev.Goldstein, ev.QuadClass = e.Goldstein, int(e.Quad)
		ev.PLOVER = dyad.PLOVER{Type: e.PLOVER.Type, Mode: e.PLOVER.Mode}
	}
	if !d.Date.IsZero() {
		ev.Date, ev.DatePrecision = d.Date.Format("2006-01-02"), dyad.PrecisionDay
	}
	no := dyad.Span{Role: "verb", Text: q.Text[:2], Start: q.Start, End: q.Start + 2}
	ev.Evidence = dyad.Evidence{
		Words:   []dyad.Span{{Role: "source", Text: q.SpeakerText, Start: q.SpeakerStart, End: q.SpeakerEnd}, no, span},
		Pattern: "quote:no", File: "internal/coder/answer.go",
		Comment: "a quoted flat No answers the person addressed",
	}
	return ev
}

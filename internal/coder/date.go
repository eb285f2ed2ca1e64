package coder

import (
	"fmt"
	"time"

	"github.com/dyad-events/dyad"
)

// inClause returns the first of n candidates (by index) that find says
// belongs to v's clause, or -1. A participial or coordinated clause with
// none of its own shares its governing verb's: "designated ... on 19
// February, restricting ...".
func (c *sentenceCoder) inClause(v, n int, find func(i, u int) bool) int {
	for u, depth := v, 0; u >= 0 && depth < 4; u, depth = c.t.head(u), depth+1 {
		for i := range n {
			if find(i, u) {
				return i
			}
		}
		if r := baseRel(c.t.rel(u)); r != "advcl" && r != "conj" && r != "xcomp" {
			break
		}
	}
	return -1
}

// eventDate picks the time expression of the event headed by v's clause,
// else the story date.
func (c *sentenceCoder) eventDate(v int) (string, dyad.Precision, string) {
	best := c.inClause(v, len(c.times), func(i, u int) bool { return c.attachedTo(c.times[i].Start, u) })
	if best >= 0 {
		tr := c.times[best]
		if date, prec, ok := timeValue(tr); ok {
			return date, prec, tr.Text
		}
	}
	if c.doc.Date.IsZero() {
		return "", "", ""
	}
	return c.doc.Date.Format(time.DateOnly), dyad.PrecisionDay, ""
}

// eventPlace picks the place named, as a location, in the event's clause.
func (c *sentenceCoder) eventPlace(v int) *dyad.Place {
	s := c.doc.Sentences[c.si]
	best := c.inClause(v, len(c.doc.Places), func(i, u int) bool {
		p := &c.doc.Places[i]
		return p.Start >= s.Start && p.End <= s.End && c.locative(p) && c.attachedTo(p.Start, u)
	})
	if best < 0 {
		return nil
	}
	p := c.doc.Places[best]
	return &p
}

// locativePreps introduce where something happens: "in eastern Mexico",
// "along the border", "into Mexico".
var locativePreps = map[string]bool{
	"in": true, "at": true, "near": true, "along": true, "across": true, "inside": true, "outside": true,
	"into": true, "to": true, "toward": true, "towards": true, "around": true, "throughout": true, "off": true, "from": true,
}

// locative reports whether a place is named as a location — the object of
// a locative preposition — and not as an actor or a modifier ("US
// president", "Mexico rejected").
func (c *sentenceCoder) locative(p *dyad.Place) bool {
	for i, t := range c.t.toks {
		if t.Start < p.Start || t.End > p.End {
			continue
		}
		if h := c.t.head(i); h >= 0 && c.t.toks[h].Start >= p.Start && c.t.toks[h].End <= p.End {
			continue // not the head of the place's words
		}
		r := baseRel(c.t.rel(i))
		return (r == "obl" || r == "nmod" || r == "advmod") && locativePreps[c.t.caseOf(i)]
	}
	return false
}

// attachedTo reports whether the expression (a time or a place) starting
// at byte off belongs to v's clause: the nearest verb above its first token
// is v ("designated ... on 19 February"), not a verb of a clause inside or
// around it.
func (c *sentenceCoder) attachedTo(off, v int) bool {
	k := -1
	for i, t := range c.t.toks {
		if t.Start <= off && off < t.End {
			k = i
			break
		}
	}
	// "a phone call last month in which Trump pressured her": the noun a
	// relative clause describes lends it its time.
	noun := -1
	if h := c.t.head(v); h >= 0 && baseRel(c.t.rel(v)) == "acl" {
		noun = h
	}
	for n := 0; k >= 0 && n < len(c.t.toks); n++ {
		if k == v || k == noun {
			return true
		}
		if k != -1 && c.t.toks[k].UPOS == "VERB" && c.t.toks[k].Start != off {
			return false
		}
		k = c.t.head(k)
	}
	return false
}

// timeValue turns a TimeML value into an event date and precision; weeks
// give their Monday.
func timeValue(tr dyad.TimeRef) (string, dyad.Precision, bool) {
	v := tr.Value
	switch tr.Precision {
	case dyad.PrecisionDay:
		if len(v) >= 10 {
			return v[:10], dyad.PrecisionDay, true
		}
	case dyad.PrecisionMonth:
		if len(v) == 7 {
			return v, dyad.PrecisionMonth, true
		}
	case dyad.PrecisionYear:
		if len(v) == 4 {
			return v, dyad.PrecisionYear, true
		}
	case dyad.PrecisionWeek:
		var y, w int
		if n, _ := fmt.Sscanf(v, "%d-W%d", &y, &w); n == 2 {
			return isoWeekMonday(y, w).Format(time.DateOnly), dyad.PrecisionWeek, true
		}
	}
	return "", "", false
}

func isoWeekMonday(y, w int) time.Time {
	t := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC) // 4 January is always in week 1
	wd := int(t.Weekday())
	if wd == 0 {
		wd = 7
	}
	return t.AddDate(0, 0, 1-wd+7*(w-1))
}

package actors

import (
	"strings"
	"time"

	"github.com/dyad-events/dyad"
)

// Match is one actor found in a sentence: tokens [Start, End), its head
// token, how it named the actor, the resolved actor and why.
type Match struct {
	Start  int
	End    int
	Head   int
	Kind   dyad.MentionKind
	Actor  dyad.Actor
	Reason Reason
}

// unit is a run of words naming one lexicon alias or several that share
// the same words ("Georgia" the country and nothing else, "May" a surname).
type unit struct {
	s, e    int // word span, half-open
	aliases []*alias
}

// Match finds the actors named in a sentence's tokens, resolving people's
// roles on date (the zero date means now). Matches do not overlap and come
// in sentence order.
func (lx *Lexicon) Match(tokens []dyad.Token, date time.Time) []Match {
	forms := make([]string, len(tokens))
	for i, t := range tokens {
		forms[i] = t.Form
	}
	ms := lx.matchForms(forms, date)
	for i := range ms {
		ms[i].Actor.Text = spanText(tokens[ms[i].Start:ms[i].End])
	}
	return ms
}

func (lx *Lexicon) matchForms(forms []string, date time.Time) []Match {
	if date.IsZero() {
		date = time.Now()
	}
	ws := words(forms)
	us := lx.units(ws)
	c := composer{lx: lx, ws: ws, us: us, date: date}
	if len(us) > 0 {
		// At most one mention per unit: one allocation instead of a
		// growing slice of large Match values.
		c.out = make([]Match, 0, len(us))
	}
	return c.run()
}

// units scans words left to right, taking the longest alias at each word.
func (lx *Lexicon) units(ws []word) []unit {
	var us []unit
	for i := 0; i < len(ws); {
		if e, as := lx.longest(ws, i); e > i {
			us = append(us, unit{s: i, e: e, aliases: as})
			i = e
			continue
		}
		i++
	}
	return us
}

// longest walks the trie from word i and returns the end of the longest
// alias whose case rules the text meets, with those aliases.
func (lx *Lexicon) longest(ws []word, i int) (int, []*alias) {
	end, best := i, []*alias(nil)
	n := lx.root
	for j := i; j < len(ws) && n.next != nil; j++ {
		if n = n.next[ws[j].key]; n == nil {
			break
		}
		if as := caseFit(n.aliases, ws[i:j+1]); len(as) > 0 {
			end, best = j+1, as
		}
	}
	return end, best
}

// caseFit keeps the aliases whose case rules the words meet. A possessive
// inside a name must be in the data too ("People's Republic of China"), so
// "Mexico's president" is not read as one name; the last word may be
// possessive ("Mexico's").
func caseFit(as []*alias, ws []word) []*alias {
	fits := 0
	for _, a := range as {
		if fit(a, ws) {
			fits++
		}
	}
	switch fits {
	case 0:
		return nil
	case len(as):
		// Usually all fit: share the node's slice, capped so that an
		// append copies it, rather than allocate at every trie step.
		return as[:len(as):len(as)]
	}
	out := make([]*alias, 0, fits)
	for _, a := range as {
		if fit(a, ws) {
			out = append(out, a)
		}
	}
	return out
}

// fit reports whether the words meet a's case rules.
func fit(a *alias, ws []word) bool {
	for k, d := range a.words {
		if !caseOK(d, ws[k].raw) || k < len(ws)-1 && ws[k].poss != a.poss[k] {
			return false
		}
	}
	return true
}

func spanText(ts []dyad.Token) string {
	var b strings.Builder
	for i, t := range ts {
		b.WriteString(t.Form)
		if i < len(ts)-1 && t.SpaceAfter {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// Lookup resolves a piece of text on date: the actor of the match that
// covers the most tokens, and why. ok is false when nothing matches.
func (lx *Lexicon) Lookup(text string, date time.Time) (dyad.Actor, Reason, bool) {
	forms := Tokenize(text)
	ms := lx.matchForms(forms, date)
	if len(ms) == 0 {
		return dyad.Actor{}, Reason{}, false
	}
	best := ms[0]
	for _, m := range ms[1:] {
		if m.End-m.Start > best.End-best.Start {
			best = m
		}
	}
	best.Actor.Text = strings.Join(forms[best.Start:best.End], " ")
	return best.Actor, best.Reason, true
}

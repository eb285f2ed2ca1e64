package actors

import (
	"strings"
	"time"

	"github.com/dyad-events/dyad"
)

// composer joins adjacent units into mentions by a few rules, tried in
// order at each unit:
//
//	title:          [country|org] agent... person [of country] → the person
//	country+agent:  country agent | agent of [the] country   → country+sector
//	person+gov:     person "administration"/"government"    → the person
//	org+agent:      org agent ("Hamas fighters")             → the org
//	single:         any one unit on its own
type composer struct {
	lx   *Lexicon
	ws   []word
	us   []unit
	date time.Time
	out  []Match
}

func (c *composer) run() []Match {
	for k := 0; k < len(c.us); {
		k = c.step(k)
	}
	return c.out
}

// step emits the mention starting at unit k and returns the next unit.
func (c *composer) step(k int) int {
	if n := c.title(k); n > k {
		return n
	}
	if n := c.countryAgent(k); n > k {
		return n
	}
	if n := c.trailing(k); n > k {
		return n
	}
	if m, ok := c.single(c.us[k]); ok {
		c.emit(m, k, k+1)
	}
	return k + 1
}

// adjacent reports whether unit k+1 directly follows unit k.
func (c *composer) adjacent(k int) bool {
	return k+1 < len(c.us) && c.us[k+1].s == c.us[k].e && !c.ws[c.us[k].e-1].poss
}

// title handles "US President Donald Trump", "Mexico's President
// Sheinbaum", "President Claudia Sheinbaum of Mexico", "Tory leader
// Michael Howard".
func (c *composer) title(k int) int {
	j := k
	if (countryAlias(c.us[j], formName, formAdj) != nil || kindOf(c.us[j]) == KindOrg) && j+1 < len(c.us) && c.us[j+1].s == c.us[j].e {
		j++
	}
	agents := 0
	for j < len(c.us) && isAgent(c.us[j]) && (j == k || c.us[j].s == c.us[j-1].e) && !c.ws[c.us[j].e-1].poss {
		j, agents = j+1, agents+1
	}
	if agents == 0 || j >= len(c.us) || c.us[j].s != c.us[j-1].e {
		return k
	}
	m, ok := c.person(c.us[j])
	if !ok {
		return k
	}
	m.Reason.Rule = "title"
	end := j + 1
	if end < len(c.us) && c.ofBetween(j, end) && countryAlias(c.us[end], formName) != nil {
		end++
	}
	c.emit(m, k, end)
	c.out[len(c.out)-1].Head = c.ws[c.us[j].e-1].tok
	return end
}

// ofBetween reports whether only "of" or "of the" separates units a and b.
func (c *composer) ofBetween(a, b int) bool {
	gap := c.ws[c.us[a].e:c.us[b].s]
	return len(gap) == 1 && gap[0].key == "of" || len(gap) == 2 && gap[0].key == "of" && gap[1].key == "the"
}

// countryAgent handles "Mexican troops", "Mexico's president", "US
// Northern Command" and "the president of Mexico".
func (c *composer) countryAgent(k int) int {
	u := c.us[k]
	if k+1 >= len(c.us) {
		return k
	}
	v := c.us[k+1]
	ca := countryAlias(u, formName, formAdj)
	if ca != nil && v.s == u.e && isAgent(v) {
		end := c.agentRun(k + 1)
		c.emitCountryAgent(ca, pickAgent(v), k, end, c.us[end-1])
		return end
	}
	cb := countryAlias(v, formName)
	if isAgent(u) && cb != nil && c.ofBetween(k, k+1) {
		c.emitCountryAgent(cb, pickAgent(u), k, k+2, u)
		return k + 2
	}
	return k
}

// agentRun returns the end of the run of adjacent agent units starting at
// unit k: "Israeli military officials" is one mention, coded by its first
// agent (the one next to the country), with the last as its head.
func (c *composer) agentRun(k int) int {
	for k+1 < len(c.us) && c.adjacent(k) && isAgent(c.us[k+1]) {
		k++
	}
	return k + 1
}

func (c *composer) emitCountryAgent(country, agent *alias, from, to int, head unit) {
	code := country.e.Code + agent.e.Code
	m := Match{Kind: agentKind(agent), Actor: c.lx.actor(code, country.e.Name+" "+strings.Join(agent.words, " "), "")}
	m.Reason = Reason{Rule: "country+agent", Parts: []Source{source(country), source(agent)}}
	c.emit(m, from, to)
	c.out[len(c.out)-1].Head = c.ws[head.e-1].tok
}

// trailing handles a person or organisation followed by an agent noun:
// "the Trump administration", "Hamas fighters".
func (c *composer) trailing(k int) int {
	if !c.adjacent(k) || !isAgent(c.us[k+1]) {
		return k
	}
	ag := pickAgent(c.us[k+1])
	m, ok := c.single(c.us[k])
	switch {
	case !ok:
		return k
	case m.Kind == dyad.MentionName && kindOf(c.us[k]) == KindPerson && ag.e.Code == "GOV":
		m.Reason.Rule = "person+government"
	case kindOf(c.us[k]) == KindOrg:
		m.Reason.Rule = "org+agent"
	default:
		return k
	}
	m.Reason.Parts = append(m.Reason.Parts, source(ag))
	c.emit(m, k, k+2)
	return k + 2
}

// emit records m over units [from, to), taking in an article before it.
func (c *composer) emit(m Match, from, to int) {
	s, e := c.us[from].s, c.us[to-1].e
	switch {
	case s > 0 && c.ws[s-1].key == "the":
		s--
	case s > 0 && m.Kind == dyad.MentionName && kindOf(c.us[from]) == KindPerson && honorifics[c.ws[s-1].key]:
		s-- // "Mr Blair" is one mention, not "Mr" and "Blair"
	}
	m.Start, m.End = c.ws[s].tok, c.ws[e-1].end
	m.Head = c.ws[c.us[to-1].e-1].tok
	c.out = append(c.out, m)
}

// Honorific reports whether word ("Mr", "Dr.", "Sir") is a title of
// courtesy that may stand before a person's name.
func Honorific(word string) bool {
	return honorifics[strings.ToLower(strings.TrimSuffix(word, "."))]
}

// honorifics may stand before a person's name and join its mention. Keys
// are folded (lower case, no dots).
var honorifics = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "miss": true, "mx": true, "dr": true, "prof": true,
	"sir": true, "dame": true, "lord": true, "lady": true,
}

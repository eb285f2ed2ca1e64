package actors

import (
	"fmt"
	"strings"
	"time"

	"github.com/dyad-events/dyad"
)

// Reason says why a text resolved as it did: the rule that joined the
// words, the entries used (with file:line), and the dated role applied.
type Reason struct {
	Rule  string   `json:"rule"`
	Parts []Source `json:"entries"`
	Role  string   `json:"role,omitempty"`
}

// Source is one entry a resolution used.
type Source struct {
	Alias string `json:"alias"` // the name as the data writes it
	Entry string `json:"entry"` // the entry's canonical name
	Kind  string `json:"kind"`
	File  string `json:"file"`
	Line  int    `json:"line"`
}

func (r Reason) String() string {
	var b strings.Builder
	for i, p := range r.Parts {
		if i > 0 {
			b.WriteString(" + ")
		}
		fmt.Fprintf(&b, "%q = %s %q (%s:%d)", p.Alias, p.Kind, p.Entry, p.File, p.Line)
	}
	if r.Role != "" {
		b.WriteString("; role " + r.Role)
	}
	b.WriteString("; rule " + r.Rule)
	return b.String()
}

func source(a *alias) Source {
	return Source{Alias: strings.Join(a.words, " "), Entry: a.e.Name, Kind: a.e.Kind.String(), File: a.e.File, Line: a.e.Line}
}

// precedence orders the aliases sharing a span: a full name beats a
// country adjective, which beats a generic noun; a surname comes last.
var precedence = []form{formName, formSeat, formDemonym, formAdj, formAgent, formPlural, formShort}

// single resolves one unit on its own.
func (c *composer) single(u unit) (Match, bool) {
	if kindOf(u) == KindPerson {
		if m, ok := c.person(u); ok {
			return m, true
		}
	}
	a := first(u)
	if a == nil || a.e.Kind == KindPerson || a.e.Code == Blocked {
		return Match{}, false
	}
	code, rule, kind := a.e.Code, "name", dyad.MentionName
	switch a.form {
	case formSeat:
		code, rule = code+"GOV", "seat of government"
	case formAdj:
		rule = "adjective"
	case formDemonym:
		rule = "people"
	case formAgent, formPlural:
		rule, kind = "agent", agentKind(a)
	}
	m := Match{Kind: kind, Reason: Reason{Rule: rule, Parts: []Source{source(a)}}}
	if r, ok := roleOn(a.e, c.date); ok && a.form == formName {
		code, m.Reason.Role = r.Code, r.String() // an organisation in power
	}
	name := a.e.Name
	if kind == dyad.MentionAgent || kind == dyad.MentionRole {
		name = strings.Join(a.words, " ") // "ministers", not the record's first noun "president"
	}
	m.Actor = c.lx.actor(code, name, a.e.ID())
	return m, true
}

// person resolves a unit naming people: among the entries it may name, the
// one holding a role on the date, else the only one. A surname alone
// resolves only to the one person bearing it who is in office.
func (c *composer) person(u unit) (Match, bool) {
	var all, active []*alias
	for _, a := range u.aliases {
		if a.e.Kind != KindPerson || contains(all, a.e) {
			continue
		}
		all = append(all, a)
		if _, ok := roleOn(a.e, c.date); ok {
			active = append(active, a)
		}
	}
	var a *alias
	switch {
	case len(active) == 1:
		a = active[0]
	case len(all) == 1 && all[0].form != formShort:
		a = all[0]
	default:
		// A surname alone names someone out of office only after the
		// full name (internal/mention links it): "Dr Fox" is not Vicente
		// Fox, "Bush" in 2020 is not a president.
		return Match{}, false
	}
	m := Match{Kind: dyad.MentionName, Reason: Reason{Rule: "name", Parts: []Source{source(a)}}}
	code := a.e.Code
	if r, ok := roleOn(a.e, c.date); ok {
		code, m.Reason.Role = r.Code, r.String()
	} else {
		m.Reason.Role = "none held on " + c.date.Format(time.DateOnly) + ", so the code outside roles"
	}
	if a.form == formShort {
		m.Reason.Rule = "surname"
	}
	m.Actor = c.lx.actor(code, a.e.Name, a.e.ID())
	return m, true
}

func contains(as []*alias, e *Entry) bool {
	for _, a := range as {
		if a.e == e {
			return true
		}
	}
	return false
}

// actor builds the resolved actor, reading country and sector off the code.
func (lx *Lexicon) actor(code, name, id string) dyad.Actor {
	a := dyad.Actor{Code: code, Name: name, ID: id, Known: true}
	rest := code
	if len(code) >= 3 && lx.countries[code[:3]] != nil {
		a.Country, rest = code[:3], code[3:]
	}
	if len(rest) >= 3 {
		a.Sector = rest[:3]
	}
	return a
}

// first returns the unit's alias of highest precedence. An alias of a
// blocking record (code "-") comes only when there is no other.
func first(u unit) *alias {
	var block *alias
	for _, f := range precedence {
		for _, a := range u.aliases {
			switch {
			case a.form != f:
			case a.e.Code == Blocked:
				block = a
			default:
				return a
			}
		}
	}
	return block
}

// countryAlias returns a country alias of one of the forms, if the unit's
// leading alias is a country's.
func countryAlias(u unit, forms ...form) *alias {
	a := first(u)
	if a == nil || a.e.Kind != KindCountry || a.e.Code == Blocked {
		return nil
	}
	for _, f := range forms {
		if a.form == f {
			return a
		}
	}
	return nil
}

func kindOf(u unit) Kind {
	if a := first(u); a != nil {
		return a.e.Kind
	}
	return 0
}

func isAgent(u unit) bool { return pickAgent(u) != nil && kindOf(u) == KindAgent }

func pickAgent(u unit) *alias {
	for _, a := range u.aliases {
		if a.form == formAgent || a.form == formPlural {
			return a
		}
	}
	return nil
}

// agentKind tells a role noun ("the president", singular, government) from
// a generic agent ("troops").
func agentKind(a *alias) dyad.MentionKind {
	if a.form == formAgent && strings.HasPrefix(a.e.Code, "GOV") {
		return dyad.MentionRole
	}
	return dyad.MentionAgent
}

package main

import (
	"fmt"
	"strings"

	"github.com/dyad-events/dyad/internal/actors"
	"github.com/dyad-events/dyad/internal/petrarch"
)

// agentCounts says what converting --agents dictionaries kept and left.
type agentCounts struct {
	Entries int // entries converted (with at least one name kept)
	Names   int // names kept
	Known   int // names left to the built-in lexicon's own entry
	Prefix  int // entries whose code goes before the actor's ("[NGO~]")
	NoCode  int // entries without a code
}

// agentFile converts the --agents dictionaries (PETRARCH or TABARI, macros
// and plurals already expanded by the reader) into one dyad agents file:
// a noun on its own codes as its sector, after a country as
// country+sector, like the built-in agents. Names are lower-cased, since
// lower-case data matches any case. A name the lexicon known already has
// (a built-in agent, country or person) keeps its built-in meaning, and a
// name a peer file lists twice keeps its first code: two entries for one
// name would make it ambiguous. known may be nil (--no-builtin).
func (f *dictFlags) agentFile(known *actors.Lexicon) (*actors.File, agentCounts, error) {
	var n agentCounts
	if len(f.agents) == 0 {
		return nil, n, nil
	}
	var d petrarch.Dict
	for _, p := range f.agents {
		if err := d.LoadFile(p, petrarch.KindAgents); err != nil {
			return nil, n, err
		}
	}
	text, n := convertAgents(d.Agents, known)
	return &actors.File{Name: "peer-agents.txt", Text: text}, n, nil
}

// convertAgents writes agents as a dyad agents file.
func convertAgents(agents []petrarch.Agent, known *actors.Lexicon) (string, agentCounts) {
	var n agentCounts
	var b strings.Builder
	b.WriteString("@kind agents\n")
	seen := map[string]bool{}
	for _, a := range agents {
		if skip := agentSkip(a, &n); skip {
			continue
		}
		names := agentNames(a.Names, known, seen, &n)
		if len(names) == 0 {
			continue
		}
		n.Entries++
		n.Names += len(names)
		fmt.Fprintf(&b, "%s: %s\n", a.Code, strings.Join(names, "; "))
	}
	return b.String(), n
}

// agentSkip reports whether an entry cannot become a dyad agent, counting
// why: dyad composes country+sector, never sector+country.
func agentSkip(a petrarch.Agent, n *agentCounts) bool {
	switch {
	case a.Code == "" || !isCode(a.Code):
		n.NoCode++
		return true
	case a.Prefix:
		n.Prefix++
		return true
	}
	return false
}

// isCode reports whether s is a run of capital letters and digits.
func isCode(s string) bool {
	for _, r := range s {
		if (r < 'A' || r > 'Z') && (r < '0' || r > '9') {
			return false
		}
	}
	return s != ""
}

// agentNames turns an entry's phrases ("ANTI_RIOT_POLICE") into names
// ("anti riot police"), dropping ones dyad's format cannot hold, regular
// plurals (dyad's loader makes its own), ones the lexicon knows, and ones
// seen before.
func agentNames(phrases []string, known *actors.Lexicon, seen map[string]bool, n *agentCounts) []string {
	names := make([]string, len(phrases))
	plurals := map[string]bool{}
	for i, p := range phrases {
		names[i] = strings.ToLower(strings.Join(strings.Fields(strings.ReplaceAll(p, "_", " ")), " "))
		plurals[names[i]+"s"], plurals[actors.Plural(names[i])] = true, true
	}
	var out []string
	for _, name := range names {
		switch {
		case name == "" || strings.ContainsAny(name, ";|:#@") || seen[name] || plurals[name]:
			continue
		case known != nil && known.Has(name):
			n.Known++
			continue
		}
		seen[name] = true
		out = append(out, name)
	}
	return out
}

package actors

// Stats counts what a lexicon holds.
type Stats struct {
	Files   int            `json:"files"`
	Entries map[string]int `json:"entries"` // by kind: countries, orgs, people, agents
	Roles   int            `json:"roles"`   // dated roles of people and organisations
	Names   int            `json:"names"`   // every name, adjective, seat and plural indexed
	// NamesByKind counts the names each kind writes out (plurals the
	// loader generates are not counted).
	NamesByKind map[string]int `json:"names_by_kind"`
	Countries   int            `json:"countries"`
}

// Stats counts entries by kind, roles and indexed names.
func (lx *Lexicon) Stats() Stats {
	s := Stats{Files: len(lx.Files), Entries: map[string]int{}, NamesByKind: map[string]int{}}
	for _, e := range lx.Entries {
		k := e.Kind.String()
		s.Entries[k]++
		s.Roles += len(e.Roles)
		s.NamesByKind[k] += len(e.Names) + len(e.Adjectives) + len(e.Demonyms) + len(e.Seats)
	}
	s.Names = countNames(lx.root)
	s.Countries = len(lx.countries)
	return s
}

func countNames(n *node) int {
	c := len(n.aliases)
	for _, k := range n.next {
		c += countNames(k)
	}
	return c
}

package actors

// Has reports whether some entry lists name — as a name, adjective, seat,
// short name or generated plural — whatever its case. Callers merging
// foreign dictionaries use it to let the lexicon's own entry win: two
// entries for one name would make the name ambiguous.
func (lx *Lexicon) Has(name string) bool {
	ws := words(Tokenize(name))
	if len(ws) > 1 && ws[0].raw == "the" {
		ws = ws[1:]
	}
	if len(ws) == 0 {
		return false
	}
	n := lx.root
	for _, w := range ws {
		if n = n.next[w.key]; n == nil {
			return false
		}
	}
	return len(n.aliases) > 0
}

// Plural is the regular plural the loader indexes for an agent noun
// ("soldier" → "soldiers", "army" → "armies"), "" when it adds none.
// Converters use it to leave out plurals the loader makes anyway.
func Plural(noun string) string { return plural(noun) }

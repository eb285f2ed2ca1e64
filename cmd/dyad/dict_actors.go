package main

import (
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/dyad-events/dyad/internal/actors"
	"github.com/dyad-events/dyad/internal/petrarch"
)

// actorFiles converts the --actors dictionaries into dyad's actor data
// format, so that they merge with (or, with --no-builtin, replace) the
// built-in actor lexicon that every coding stage uses. When merging, a name
// the built-in lexicon knows keeps its built-in, dated meaning: two entries
// for one name would make it ambiguous. builtin is nil with --no-builtin.
// Nil when none given.
func (f *dictFlags) actorFiles(builtin *actors.Lexicon) ([]actors.File, error) {
	if len(f.actors) == 0 {
		return nil, nil
	}
	known := func(string) bool { return false }
	if builtin != nil {
		known = func(name string) bool {
			a, _, ok := builtin.Lookup(name, time.Time{})
			return ok && strings.EqualFold(strings.ReplaceAll(a.Text, " ", ""), strings.ReplaceAll(name, " ", ""))
		}
	}
	var d petrarch.Dict
	for _, p := range f.actors {
		if err := d.LoadFile(p, petrarch.KindActors); err != nil {
			return nil, err
		}
	}
	var people, orgs strings.Builder
	people.WriteString("@kind people\n")
	orgs.WriteString("@kind orgs\n")
	for _, a := range d.Actors {
		names := peerNames(a.Names, known)
		if len(names) == 0 || len(a.Codes) == 0 {
			continue
		}
		if dated(a) {
			writePerson(&people, a, names)
		} else {
			fmt.Fprintf(&orgs, "%s: %s\n", a.Codes[0].Code, strings.Join(names, "; "))
		}
	}
	return []actors.File{{Name: "peer-people.txt", Text: people.String()}, {Name: "peer-orgs.txt", Text: orgs.String()}}, nil
}

func dated(a petrarch.Actor) bool {
	for _, c := range a.Codes {
		if c.From != 0 || c.To != 0 {
			return true
		}
	}
	return false
}

// writePerson writes a PETRARCH entry with dated codes as a person: its
// undated code (else its last dated one) outside roles, each dated code a role.
func writePerson(b *strings.Builder, a petrarch.Actor, names []string) {
	fallback := a.Codes[len(a.Codes)-1].Code
	for _, c := range a.Codes {
		if c.From == 0 && c.To == 0 {
			fallback = c.Code
			break
		}
	}
	fmt.Fprintf(b, "%s: %s\n", fallback, strings.Join(names, "; "))
	for _, c := range a.Codes {
		if c.From == 0 && c.To == 0 {
			continue
		}
		fmt.Fprintf(b, "  role: %s %s..%s\n", c.Code, peerDay(c.From, "1900-01-01"), peerDay(c.To, ""))
	}
}

// peerDay writes a yyyymmdd day as YYYY-MM-DD; 0 (open) as def.
func peerDay(d int, def string) string {
	if d == 0 {
		return def
	}
	return fmt.Sprintf("%04d-%02d-%02d", d/10000, d/100%100, d%100)
}

// peerNames turns PETRARCH phrases ("HAMID_KARZAI_") into names as written
// in text ("Hamid Karzai"), dropping ones dyad's format cannot hold.
func peerNames(phrases []string, known func(string) bool) []string {
	var out []string
	for _, p := range phrases {
		n := titleCase(strings.Join(strings.Fields(strings.ReplaceAll(p, "_", " ")), " "))
		if n == "" || strings.ContainsAny(n, ";|:#@") || known(n) {
			continue
		}
		out = append(out, n)
	}
	return out
}

// titleCase capitalises each word's parts ("AL-QAEDA" → "Al-Qaeda"),
// keeping short all-capital words and abbreviations ("US", "U.N.") as they are.
func titleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		if len(w) <= 3 || strings.ContainsAny(w, ".0123456789") {
			continue
		}
		parts := strings.Split(strings.ToLower(w), "-")
		for j, p := range parts {
			if r := []rune(p); len(r) > 0 {
				r[0] = unicode.ToUpper(r[0])
				parts[j] = string(r)
			}
		}
		words[i] = strings.Join(parts, "-")
	}
	return strings.Join(words, " ")
}

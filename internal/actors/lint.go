package actors

import (
	"fmt"
	"sort"
	"strings"
)

// Problem is one finding of Lint, at a data file's line.
type Problem struct {
	File string
	Line int
	Msg  string
}

func (p Problem) String() string { return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Msg) }

// Lint checks a lexicon: codes that valid rejects (pass
// cameo.Ontology.ValidActorCode), a person whose code outside roles is a
// government code, a name given to two entries, a name
// listed twice in one entry, roles that end before they start, and two
// roles with the same code and title held on the same day (by one person or
// two). Problems come sorted by file and line.
func Lint(lx *Lexicon, valid func(code string) bool) []Problem {
	var ps []Problem
	for _, e := range lx.Entries {
		ps = append(ps, lintCodes(e, valid)...)
	}
	ps = append(ps, lx.twice...)
	ps = append(ps, lintNames(lx.root, nil)...)
	ps = append(ps, lintRoles(lx.Entries)...)
	sort.SliceStable(ps, func(i, j int) bool {
		if ps[i].File != ps[j].File {
			return ps[i].File < ps[j].File
		}
		return ps[i].Line < ps[j].Line
	})
	return ps
}

func lintCodes(e *Entry, valid func(string) bool) []Problem {
	var ps []Problem
	if e.Code != Blocked && !valid(e.Code) {
		ps = append(ps, Problem{e.File, e.Line, fmt.Sprintf("%q: bad actor code %s", e.Name, e.Code)})
	}
	if e.Kind == KindPerson && strings.Contains(e.Code, "GOV") {
		ps = append(ps, Problem{e.File, e.Line, fmt.Sprintf("%q: code outside roles %s must not be a government code", e.Name, e.Code)})
	}
	for _, r := range e.Roles {
		if !valid(r.Code) {
			ps = append(ps, Problem{e.File, r.Line, fmt.Sprintf("%q: bad role code %s", e.Name, r.Code)})
		}
		if !r.To.IsZero() && !r.To.After(r.From) {
			ps = append(ps, Problem{e.File, r.Line, fmt.Sprintf("%q: role %s ends before it starts", e.Name, r)})
		}
	}
	return ps
}

// lintNames walks the trie: aliases sharing a node are the same words.
func lintNames(n *node, path []string) []Problem {
	var ps []Problem
	for i, a := range n.aliases {
		for _, b := range n.aliases[:i] {
			if msg := clash(a, b); msg != "" {
				ps = append(ps, Problem{a.e.File, a.e.Line, fmt.Sprintf("%q %s (%s:%d)", strings.Join(path, " "), msg, b.e.File, b.e.Line)})
			}
		}
	}
	keys := make([]string, 0, len(n.next))
	for k := range n.next {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		ps = append(ps, lintNames(n.next[k], append(path, k))...)
	}
	return ps
}

// clash says what is wrong with two aliases of the same words, or "". A
// person's short name may be shared (it resolves by date); an entry may
// use one word as both name and adjective ("Swiss"); an agent's generated
// plural may also be written out.
func clash(a, b *alias) string {
	switch {
	case a.form == formShort || b.form == formShort:
		return ""
	case a.e == b.e:
		return ""
	case a.e.Kind == b.e.Kind || a.e.Kind == KindCountry || b.e.Kind == KindCountry:
		return "also names " + b.e.Kind.String() + " " + quoteName(b.e)
	}
	return ""
}

func quoteName(e *Entry) string { return fmt.Sprintf("%q %s", e.Name, e.Code) }

// lintRoles reports roles with the same code and title held at once: by
// one entry, or by two people (parties in a coalition share power, people
// do not share an office).
func lintRoles(es []*Entry) []Problem {
	type held struct {
		e *Entry
		r Role
	}
	byKey := map[string][]held{}
	for _, e := range es {
		for _, r := range e.Roles {
			if r.Title != "" {
				k := r.Code + "\x00" + strings.ToLower(r.Title)
				byKey[k] = append(byKey[k], held{e, r})
			}
		}
	}
	var ps []Problem
	for _, hs := range byKey {
		for i, a := range hs {
			for _, b := range hs[:i] {
				if overlap(a.r, b.r) && (a.e == b.e || a.e.Kind == KindPerson && b.e.Kind == KindPerson) {
					ps = append(ps, Problem{a.e.File, a.r.Line, fmt.Sprintf("%q %s overlaps %q %s (%s:%d)", a.e.Name, a.r, b.e.Name, b.r, b.e.File, b.r.Line)})
				}
			}
		}
	}
	return ps
}

// overlap reports whether two roles share a day; a role ending on the day
// the next starts does not overlap it.
func overlap(a, b Role) bool {
	aEndsFirst := !a.To.IsZero() && !a.To.After(b.From)
	bEndsFirst := !b.To.IsZero() && !b.To.After(a.From)
	return !aEndsFirst && !bEndsFirst
}

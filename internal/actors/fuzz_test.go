package actors

import (
	"strings"
	"testing"
	"time"
)

// FuzzParseFile feeds the data-file reader arbitrary text: it must not
// panic, must report errors rather than half-build entries with no name,
// and whatever it accepts must index and match.
func FuzzParseFile(f *testing.F) {
	f.Add(fixture)
	f.Add("@kind people\nXYZELI: A B | short: B | role: XYZGOV 2001..2002-02 T\n")
	f.Add("@kind agents\nMIL: troop\n  also: army\n")
	f.Add("@kind countries\nX: a # comment\n|\n@kind\n:\n  :\n")
	f.Add("@kind orgs\nA: b | role: C 2001-13-01.. x\n")
	f.Fuzz(func(t *testing.T, src string) {
		es, err := parseFile("f.txt", src)
		for _, e := range es {
			if e.Name == "" || len(e.Names) == 0 {
				t.Fatalf("entry without a name: %+v", e)
			}
		}
		if err != nil {
			if !strings.HasPrefix(err.Error(), "actors: f.txt:") {
				t.Fatalf("error lacks file:line: %v", err)
			}
			return
		}
		lx := &Lexicon{root: &node{}, countries: map[string]*Entry{}, Entries: es}
		for _, e := range es {
			lx.index(e)
		}
		lx.Lookup(src, time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC))
		Lint(lx, func(string) bool { return true })
	})
}

// FuzzLookup matches arbitrary text against the fixture lexicon.
func FuzzLookup(f *testing.F) {
	lx := mustParse(f, fixture)
	f.Add("Freedonia's president Rufus Firefly of Sylvania")
	f.Add("’s 's ' . U.S. the the")
	f.Fuzz(func(t *testing.T, text string) {
		ms := lx.matchForms(Tokenize(text), time.Date(1941, 1, 1, 0, 0, 0, 0, time.UTC))
		end := 0
		for _, m := range ms {
			if m.Start < end || m.End <= m.Start || m.Head < m.Start || m.Head >= m.End {
				t.Fatalf("bad span %+v after %d", m, end)
			}
			end = m.End
		}
	})
}

package tabari

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseComplex(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Complex
	}{
		{"VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN", Complex{Verbs: 5, Conj: 4, NoActPrior: true, Explain: true}},
		{"verbs[6] actors[6]", Complex{Verbs: 6, Actors: 6}},
		{"VERBS[x] CLAUSES[2] VERBS", Complex{Unknown: []string{"VERBS[X]", "CLAUSES[2]", "VERBS"}}},
		{"VERBS[0]", Complex{Unknown: []string{"VERBS[0]"}}},
		{"", Complex{}},
	} {
		t.Run(tc.in, func(t *testing.T) {
			if d := cmp.Diff(tc.want, ParseComplex(tc.in)); d != "" {
				t.Errorf("(-want +got):\n%s", d)
			}
		})
	}
}

func TestComplexCheck(t *testing.T) {
	c := ParseComplex("VERBS[3] ACTORS[4] CONJ[1] NOACTPRIOR")
	for _, tc := range []struct {
		name string
		n    Counts
		want string
	}{
		{"simple", Counts{Verbs: 1, Actors: 2, ActorBeforeVerb: true}, ""},
		{"at the limits", Counts{Verbs: 3, Actors: 4, Conj: 1, ActorBeforeVerb: true}, ""},
		{"verbs", Counts{Verbs: 4, ActorBeforeVerb: true}, "4 verbs, more than VERBS[3]"},
		{"actors", Counts{Verbs: 1, Actors: 5, ActorBeforeVerb: true}, "5 actors, more than ACTORS[4]"},
		{"conj", Counts{Verbs: 1, Conj: 2, ActorBeforeVerb: true}, "2 conjunctions, more than CONJ[1]"},
		{"no actor prior", Counts{Verbs: 1, Actors: 1}, "no actor before the first verb (NOACTPRIOR)"},
		{"no verb", Counts{}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			why, ok := c.Check(tc.n)
			if why != tc.want || ok != (tc.want != "") {
				t.Errorf("Check = %q, %v; want %q", why, ok, tc.want)
			}
		})
	}
	if (Complex{Explain: true}).Active() || !c.Active() {
		t.Error("Active wrong")
	}
}

func FuzzParseComplex(f *testing.F) {
	f.Add("VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN")
	f.Add("ACTORS[[9]]")
	f.Fuzz(func(t *testing.T, s string) {
		c := ParseComplex(s)
		if c.Verbs < 0 || c.Actors < 0 || c.Conj < 0 {
			t.Errorf("negative limit from %q: %+v", s, c)
		}
	})
}

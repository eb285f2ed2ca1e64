package petrarch

import (
	"strings"
	"testing"
)

func FuzzReaders(f *testing.F) {
	for _, s := range []string{actorsFixture, agentsFixture, petrVerbsFixture, tabariVerbsFixture,
		"<ISSUE CATEGORY=\"X\">\na [B]c [D]\n", "A [B 1-2-3]\n", "!X! = \n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, k := range []Kind{KindVerbs, KindActors, KindAgents, KindDiscards, KindIssues} {
			var d Dict
			if err := d.Load(strings.NewReader(s), "fuzz", k); err != nil && !strings.HasPrefix(err.Error(), "petrarch: fuzz:") {
				t.Fatalf("%s: error without file:line: %v", k, err)
			}
		}
	})
}

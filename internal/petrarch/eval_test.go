//go:build eval

package petrarch

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/dyad-events/dyad/internal/shared"
)

// TestPeerDictionaries loads every PETRARCH and TABARI dictionary file in
// ../shared and checks each yields entries without error.
func TestPeerDictionaries(t *testing.T) {
	dirs := []string{
		shared.TestPath(t, "peers", "petrarch2", "dictionaries"),
		shared.TestPath(t, "peers", "tabari"),
		shared.TestPath(t, "peers", "tabari", "TABARI-Dictionaries"),
	}
	n := 0
	for _, dir := range dirs {
		ents, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range ents {
			path := filepath.Join(dir, e.Name())
			kind, ok := peerKind(e.Name())
			if !ok {
				continue
			}
			t.Run(e.Name(), func(t *testing.T) {
				var d Dict
				if err := d.LoadFile(path, kind); err != nil {
					t.Fatal(err)
				}
				if len(d.Verbs.Verbs)+len(d.Actors)+len(d.Agents)+len(d.Discards)+len(d.Issues) == 0 {
					t.Fatal("no entries")
				}
			})
			n++
		}
	}
	if n < 20 {
		t.Fatalf("only %d dictionary files found", n)
	}
}

// peerKind names the kind of the peers' files whose names do not say it.
func peerKind(name string) (Kind, bool) {
	switch {
	case filepath.Ext(name) == ".zip" || name == "LICENSE" || filepath.Ext(name) == ".md":
		return "", false
	case name == "Phoenix.prepositions.txt" || filepath.Ext(name) == ".text" ||
		filepath.Ext(name) == ".options" || filepath.Ext(name) == ".project":
		return "", false
	case name == "discards.txt":
		return KindDiscards, true
	case filepath.Ext(name) == ".txt" || filepath.Ext(name) == ".verbs" ||
		filepath.Ext(name) == ".actors" || filepath.Ext(name) == ".agents":
		k, ok := Detect(name, nil)
		if !ok {
			k = KindVerbs // CAMEO.*.txt and newdict.txt
		}
		if name == "Phoenix.IssueCoding.txt" {
			k = KindIssues
		}
		return k, true
	}
	return "", false
}

// BenchmarkPhoenix loads the full Phoenix set: CAMEO.2.0 verbs, the three
// Phoenix actor files, agents and discards.
func BenchmarkPhoenix(b *testing.B) {
	dir := shared.TestPath(b, "peers", "petrarch2", "dictionaries")
	files := []string{"CAMEO.2.0.txt", "Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
		"Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt", "Phoenix.discards.txt"}
	b.ReportAllocs()
	for b.Loop() {
		var d Dict
		for _, f := range files {
			if err := d.LoadFile(filepath.Join(dir, f), ""); err != nil {
				b.Fatal(err)
			}
		}
	}
}

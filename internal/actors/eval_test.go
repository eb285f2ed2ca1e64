//go:build eval

package actors

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/dyad-events/dyad/internal/shared"
)

// TestEvalCAMEOCountryNames resolves every name of CAMEO's country list
// (../shared/ontology/cameo/countrynames.txt) and scores the codes. A
// territory CAMEO writes under its sovereign ("USAASM") counts when the
// lexicon gives the territory's own ISO code ("ASM").
func TestEvalCAMEOCountryNames(t *testing.T) {
	path := shared.TestPath(t, "ontology", "cameo", "countrynames.txt")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	lx := defaultLexicon(t)
	total, right := 0, 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		cols := strings.Split(sc.Text(), "\t")
		if len(cols) < 2 || cols[1] == "---" {
			continue
		}
		name, want := cols[0], cols[1]
		total++
		a, _, ok := lx.Lookup(name, day("2020-01-01"))
		if ok && (a.Code == want || len(want) == 6 && a.Code == want[3:]) {
			right++
			continue
		}
		t.Logf("%-45s want %-7s got %q", name, want, a.Code)
	}
	acc := float64(right) / float64(total)
	t.Logf("CAMEO country names: %d/%d resolved to the same code (%.3f)", right, total, acc)
	if acc < 0.94 {
		t.Errorf("accuracy %.3f below the floor 0.94", acc)
	}
}

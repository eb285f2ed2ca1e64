//go:build eval

package cameo

import (
	"bufio"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/dyad-events/dyad/internal/shared"
)

// TestEvalGoldsteinMatchesGDELT checks every code of GDELT's Goldstein
// table is in events.tsv with the same score.
func TestEvalGoldsteinMatchesGDELT(t *testing.T) {
	path := shared.TestPath(t, "ontology", "cameo", "CAMEO.goldsteinscale.txt")
	o := mustDefault(t)
	n := 0
	eachLine(t, path, func(line string) {
		code, val, ok := strings.Cut(line, "\t")
		g, err := strconv.ParseFloat(strings.TrimSpace(val), 64)
		if !ok || err != nil {
			return // header
		}
		n++
		ev, found := o.Event(code)
		if !found || ev.Goldstein != g {
			t.Errorf("%s: GDELT %v, ours %+v (found %v)", code, g, ev.Goldstein, found)
		}
	})
	t.Logf("%d GDELT codes checked; ontology has %d codes", n, len(o.EventCodes()))
	if n < 300 {
		t.Errorf("read only %d GDELT codes", n)
	}
}

// TestEvalPLOVERDraftAgreement compares our PLOVER types with the 2021
// draft CAMEO->PLOVER table. Disagreements are deliberate corrections
// (types the manual renamed or reassigned); the floor guards against
// accidental edits.
func TestEvalPLOVERDraftAgreement(t *testing.T) {
	path := shared.TestPath(t, "ontology", "plover", "CAMEO2PLOVER-2021.txt")
	o := mustDefault(t)
	re := regexp.MustCompile(`^(\d{3,4}):\s*([A-Z]+)`)
	total, same := 0, 0
	seen := map[string]bool{}
	eachLine(t, path, func(line string) {
		m := re.FindStringSubmatch(line)
		if m == nil || seen[m[1]] {
			return
		}
		seen[m[1]] = true
		ev, ok := o.Event(m[1])
		if !ok {
			return // e.g. draft-only codes
		}
		total++
		if ev.PLOVER.Type == m[2] {
			same++
		}
	})
	share := float64(same) / float64(total)
	t.Logf("PLOVER type agrees with the 2021 draft on %d of %d codes (%.1f%%)", same, total, 100*share)
	// Measured: 250 of 256 (97.7%).
	if share < 0.95 {
		t.Errorf("agreement %.3f below floor 0.95", share)
	}
}

func eachLine(t *testing.T, path string, fn func(string)) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fn(sc.Text())
	}
}

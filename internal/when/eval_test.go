//go:build eval

package when

import (
	"testing"

	"github.com/dyad-events/dyad/internal/shared"
)

// Floors a little under the figures achieved (relaxed extent F1 0.937,
// value accuracy 0.933 on 96 DATE expressions); a change that makes dates
// worse fails. The targets are 0.85 for both.
func TestTempEval3Platinum(t *testing.T) {
	dir := shared.TestPath(t, "data", "time", "tempeval3-platinum", "data", "TempEval3", "Evaluation", "te3-platinum")
	r, err := newFinder(t).EvalTimeML(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("docs %d gold %d predicted %d; extent F1 strict %.3f relaxed %.3f; value accuracy %.3f",
		r.Docs, r.Gold, r.Predicted, r.StrictF1(), r.RelaxedF1(), r.ValueAccuracy())
	if r.RelaxedF1() < 0.92 {
		t.Errorf("relaxed extent F1 %.3f < 0.92", r.RelaxedF1())
	}
	if r.ValueAccuracy() < 0.92 {
		t.Errorf("value accuracy %.3f < 0.92", r.ValueAccuracy())
	}
}

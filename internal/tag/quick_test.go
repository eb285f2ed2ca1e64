//go:build quick

package tag

import (
	"os"
	"testing"
	"time"

	"github.com/dyad-events/dyad/internal/conllu"
)

func TestQuick(t *testing.T) {
	dir := "/work/shared/data/treebank/"
	tr, _ := conllu.ReadFile(dir + "ud-english-ewt/en_ewt-ud-train.conllu")
	dev, _ := conllu.ReadFile(dir + "ud-english-ewt/en_ewt-ud-dev.conllu")
	test, _ := conllu.ReadFile(dir + "ud-english-ewt/en_ewt-ud-test.conllu")
	pud, _ := conllu.ReadFile(dir + "ud-english-pud/en_pud-ud-test.conllu")
	t0 := time.Now()
	m, err := Train(tr, dev, TrainConfig{Log: os.Stderr, Epochs: 8})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("train %v", time.Since(t0))
	t.Logf("test %+v", m.Evaluate(test))
	t.Logf("pud %+v", m.Evaluate(pud))
}

//go:build quick

package tag

import (
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/dyad-events/dyad/internal/conllu"
)

func envf(k string) float64 { f, _ := strconv.ParseFloat(os.Getenv(k), 64); return f }

func TestQuick(t *testing.T) {
	dir := "/work/shared/data/treebank/"
	tr, _ := conllu.ReadFile(dir + "ud-english-ewt/en_ewt-ud-train.conllu")
	dev, _ := conllu.ReadFile(dir + "ud-english-ewt/en_ewt-ud-dev.conllu")
	test, _ := conllu.ReadFile(dir + "ud-english-ewt/en_ewt-ud-test.conllu")
	pud, _ := conllu.ReadFile(dir + "ud-english-pud/en_pud-ud-test.conllu")
	t0 := time.Now()
	cfg := TrainConfig{Log: os.Stderr, Epochs: int(envf("EP")), MinWeight: envf("MW"), DictMinShare: envf("DS"), AmbMinCount: int(envf("AMB")), Folds: int(envf("FOLDS"))}
	m, err := Train(tr, dev, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("train %v", time.Since(t0))
	t.Logf("dev %+v", m.Evaluate(dev))
	t.Logf("test %+v", m.Evaluate(test))
	t.Logf("pud %+v", m.Evaluate(pud))
}

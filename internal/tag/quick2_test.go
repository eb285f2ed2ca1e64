//go:build quick

package tag

import (
	"fmt"
	"sort"
	"testing"

	"github.com/dyad-events/dyad/internal/conllu"
)

func TestLemmaErr(t *testing.T) {
	dir := "/work/shared/data/treebank/"
	tr, _ := conllu.ReadFile(dir + "ud-english-ewt/en_ewt-ud-train.conllu")
	dev, _ := conllu.ReadFile(dir + "ud-english-ewt/en_ewt-ud-dev.conllu")
	l := trainLemmatizer(tr)
	errs := map[string]int{}
	n, bad := 0, 0
	for _, s := range dev {
		for _, w := range s.Words {
			n++
			if got := l.lemma(w.Form, w.XPOS); got != w.Lemma {
				bad++
				errs[fmt.Sprintf("%s/%s -> %s want %s", w.Form, w.XPOS, got, w.Lemma)]++
			}
		}
	}
	t.Logf("gold-tag lemma acc %.4f", 1-float64(bad)/float64(n))
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range errs {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool { return kvs[i].v > kvs[j].v })
	for i := 0; i < 60 && i < len(kvs); i++ {
		t.Log(kvs[i].v, kvs[i].k)
	}
}

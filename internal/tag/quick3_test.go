//go:build quick

package tag

import (
	"fmt"
	"sort"
	"testing"

	"github.com/dyad-events/dyad/internal/conllu"
)

func TestConfusion(t *testing.T) {
	dir := "/work/shared/data/treebank/"
	tr, _ := conllu.ReadFile(dir + "ud-english-ewt/en_ewt-ud-train.conllu")
	dev, _ := conllu.ReadFile(dir + "ud-english-ewt/en_ewt-ud-dev.conllu")
	m, _ := Train(tr, nil, TrainConfig{Epochs: 5})
	conf := map[string]int{}
	unk, unkBad, n := 0, 0, 0
	var norm []byte
	for i := range dev {
		ds := conllu.ToDyad(&dev[i])
		m.TagTokens(ds.Tokens)
		for j, w := range dev[i].Words {
			n++
			norm = normalize(norm[:0], w.Form)
			_, known := m.lex.index.get(mix(keyNorm, hashBytes(norm)))
			if !known {
				unk++
			}
			if ds.Tokens[j].UPOS != w.UPOS {
				conf[w.UPOS+"->"+ds.Tokens[j].UPOS]++
				if !known {
					unkBad++
				}
			}
		}
	}
	t.Logf("words %d, unknown %d (%d wrong)", n, unk, unkBad)
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range conf {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool { return kvs[i].v > kvs[j].v })
	s := ""
	for i := 0; i < 30 && i < len(kvs); i++ {
		s += fmt.Sprintf("%s %d, ", kvs[i].k, kvs[i].v)
	}
	t.Log(s)
}

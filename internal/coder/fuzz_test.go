package coder

import (
	"context"
	"testing"
	"time"

	"github.com/dyad-events/dyad"
)

// FuzzCoder feeds random token sequences with random, possibly cyclic or
// out-of-range heads: no sentence may crash the coder.
func FuzzCoder(f *testing.F) {
	f.Add([]byte("Mexico criticized Russia"), []byte{2, 0, 2})
	f.Add([]byte("a b c d"), []byte{2, 3, 1, 9})
	s := newStages(f)
	words := []string{"Mexico", "criticized", "Russia", "troops", "not", "will", "by", "accept", "US", "she", "Trump", "talks", "and"}
	uposes := []string{"PROPN", "VERB", "NOUN", "PART", "AUX", "ADP", "PRON", "CCONJ"}
	rels := []string{"nsubj", "obj", "root", "advmod", "aux", "obl", "case", "conj", "xcomp", "nsubj:pass", "obl:agent", "compound", "nmod", "acl:relcl", "ccomp"}
	f.Fuzz(func(t *testing.T, picks, heads []byte) {
		if len(picks) == 0 || len(picks) > 40 {
			return
		}
		var ts []tok
		for i, p := range picks {
			h := 0
			if i < len(heads) {
				h = int(heads[i]) % (len(picks) + 2)
			}
			w := words[int(p)%len(words)]
			ts = append(ts, tok{w, w, uposes[int(p)%len(uposes)], h, rels[(int(p)+i)%len(rels)]})
		}
		d := parsedDoc(time.Date(2025, 5, 3, 0, 0, 0, 0, time.UTC), ts...)
		for _, st := range []dyad.Stage{s.mentions, s.coder} {
			if err := st.Process(context.Background(), d); err != nil {
				t.Fatal(err)
			}
		}
	})
}

func BenchmarkCoder(b *testing.B) {
	s := newStages(b)
	d := parsedDoc(time.Date(2025, 5, 3, 0, 0, 0, 0, time.UTC),
		tok{"Trump", "Trump", "PROPN", 2, "nsubj"}, tok{"pressured", "pressure", "VERB", 0, "root"}, tok{"Mexico", "Mexico", "PROPN", 2, "obj"},
		tok{"to", "to", "PART", 5, "mark"}, tok{"accept", "accept", "VERB", 2, "xcomp"}, tok{"US", "US", "PROPN", 7, "compound"}, tok{"troops", "troop", "NOUN", 5, "obj"})
	if err := s.mentions.Process(context.Background(), d); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		_ = s.coder.Process(context.Background(), d)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}

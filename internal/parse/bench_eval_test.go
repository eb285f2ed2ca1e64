//go:build eval

package parse

import (
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/tag"
)

// BenchmarkTagParseEWT tags and parses the EWT test set (gold words), the
// throughput figure of the NLP models: sentences/s and tokens/s per core.
func BenchmarkTagParseEWT(b *testing.B) {
	benchEWT(b, true)
}

// BenchmarkParseEWT parses the EWT test set with gold tags: the parser alone.
func BenchmarkParseEWT(b *testing.B) {
	benchEWT(b, false)
}

func benchEWT(b *testing.B, tagging bool) {
	gold := ewt(b, "test")
	tm, err := tag.Default()
	if err != nil {
		b.Fatal(err)
	}
	p := New(builtin(b))
	sents := make([][]dyad.Token, len(gold))
	words := 0
	for i, s := range gold {
		sents[i] = append([]dyad.Token(nil), s...)
		words += len(s)
	}
	n := 0
	for b.Loop() {
		s := sents[n%len(sents)]
		if tagging {
			tm.TagTokens(s)
		}
		p.Parse(s)
		n++
	}
	secs := b.Elapsed().Seconds()
	b.ReportMetric(float64(n)/secs, "sentences/s")
	b.ReportMetric(float64(n)*float64(words)/float64(len(sents))/secs, "tokens/s")
}

// TestAccuracyPredictedTags scores tagger and parser together on gold
// words. The floors (measured minus a margin) also guard the built-in
// tagger, whose mistakes the parser sees.
func TestAccuracyPredictedTags(t *testing.T) {
	tm, err := tag.Default()
	if err != nil {
		t.Fatal(err)
	}
	p := New(builtin(t))
	tests := []struct {
		name     string
		data     func(testing.TB) [][]dyad.Token
		uas, las float64
	}{
		{"ewt test", func(t testing.TB) [][]dyad.Token { return ewt(t, "test") }, 0.851, 0.821},
		{"pud", pud, 0.820, 0.787},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			gold := tc.data(t)
			var c Counts
			for _, g := range gold {
				s := append([]dyad.Token(nil), g...)
				tm.TagTokens(s)
				p.Parse(s)
				c.Add(g, s)
			}
			sc := c.Scores()
			t.Log(sc)
			if sc.UAS < tc.uas || sc.LAS < tc.las {
				t.Errorf("%s below floor UAS %.1f%% LAS %.1f%%", sc, 100*tc.uas, 100*tc.las)
			}
		})
	}
}

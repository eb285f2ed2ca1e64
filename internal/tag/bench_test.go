package tag

import (
	"bytes"
	"testing"

	"github.com/dyad-events/dyad"
)

// benchSentences are original news-like sentences, tokenized.
var benchSentences = []string{
	"The government announced new sanctions against the militia on Monday .",
	"Rebels seized two towns near the border , officials said .",
	"\" We will not negotiate under threat , \" the prime minister told reporters in Nairobi .",
	"Talks between the two sides broke down after the ceasefire collapsed last week .",
	"Thousands of protesters marched through the capital demanding the president 's resignation .",
	"The UN Security Council is expected to vote on the resolution later this month .",
}

func benchTokens() [][]dyad.Token {
	out := make([][]dyad.Token, len(benchSentences))
	for i, s := range benchSentences {
		out[i] = tokens(s)
	}
	return out
}

func BenchmarkTagTokens(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	sents := benchTokens()
	words := 0
	for _, s := range sents {
		words += len(s)
	}
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		for _, s := range sents {
			m.TagTokens(s)
		}
		n++
	}
	sec := b.Elapsed().Seconds()
	b.ReportMetric(float64(n*len(sents))/sec, "sentences/s")
	b.ReportMetric(float64(n*words)/sec, "tokens/s")
}

func BenchmarkLoadDefault(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(bytes.NewReader(defaultModel)); err != nil {
			b.Fatal(err)
		}
	}
}

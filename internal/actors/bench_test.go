package actors

import (
	"testing"
	"time"
)

func BenchmarkDefault(b *testing.B) {
	for b.Loop() {
		if _, err := Default(); err != nil {
			b.Fatal(err)
		}
	}
}

// benchSentence is a made-up news sentence with several kinds of actor.
const benchSentence = "Mexican President Claudia Sheinbaum said on Saturday that US troops " +
	"would not enter Mexico, after the White House and the Pentagon pressed her " +
	"administration to let the US Northern Command act against drug cartels, " +
	"The Wall Street Journal reported, citing officials in Washington and Mexico City."

func BenchmarkMatchSentence(b *testing.B) {
	lx := defaultLexicon(b)
	ts := toks(benchSentence)
	d := time.Date(2025, 5, 3, 0, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	for b.Loop() {
		lx.Match(ts, d)
	}
	b.ReportMetric(float64(len(ts)), "tokens/op")
}

func BenchmarkLookup(b *testing.B) {
	lx := defaultLexicon(b)
	d := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)
	for b.Loop() {
		lx.Lookup("Olaf Scholz", d)
	}
}

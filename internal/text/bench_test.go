package text

import (
	"strings"
	"testing"
)

// benchText is original news-style text exercising the common paths.
const benchText = `KYIV (Reuters) - Russia fired 43 missiles and 120 drones at Ukraine's power grid overnight, officials said on Tuesday, the third such attack this month. "We won't give up," President Volodymyr Zelenskiy said in a video posted at 7:30 a.m. on Telegram. The U.S. State Department condemned the strikes. Gen. Oleksandr Syrskyi told reporters that air defences shot down 1,034 targets since Jan. 1 — a record — and that repairs would cost about $1.2 billion (£950 million), or 3.5% of the budget.
Officials in Moscow didn't comment. Kremlin spokesman Dmitry Peskov's office referred questions to the defence ministry... Markets in Europe rose 0.8%; see https://example.org/markets?id=42 for details, or email desk@example.org. @NewsDesk #Ukraine
`

func benchInput(n int) string { return strings.Repeat(benchText, n) }

func BenchmarkTokenize(b *testing.B) {
	s := benchInput(100)
	tk := NewTokenizer(nil)
	b.SetBytes(int64(len(s)))
	var n int
	for b.Loop() {
		n = len(tk.Tokenize(s, 0))
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkAppendTokens reuses the token buffer, as a batch caller would.
func BenchmarkAppendTokens(b *testing.B) {
	s := benchInput(100)
	tk := NewTokenizer(nil)
	buf := tk.Tokenize(s, 0)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		buf = tk.AppendTokens(buf[:0], s, 0)
	}
	b.ReportMetric(float64(len(buf))*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func BenchmarkLex(b *testing.B) {
	s := benchInput(100)
	r := DefaultRules()
	buf := make([]item, 0, len(s)/4)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		buf = lex(s, r, buf[:0])
	}
}

func BenchmarkSplit(b *testing.B) {
	s := benchInput(100)
	tk := NewTokenizer(nil)
	b.SetBytes(int64(len(s)))
	var n int
	for b.Loop() {
		n = len(tk.Split(s, 0))
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkPathological checks that adversarial inputs stay linear.
func BenchmarkPathological(b *testing.B) {
	inputs := map[string]string{
		"dots":    strings.Repeat("ab.", 100000),
		"hyphens": strings.Repeat("1-", 100000),
		"email":   strings.Repeat("a.", 100000) + "@x.org",
		"quotes":  strings.Repeat("'", 100000),
		"prefix":  strings.Repeat("non-", 100000),
	}
	for name, s := range inputs {
		b.Run(name, func(b *testing.B) {
			tk := NewTokenizer(nil)
			b.SetBytes(int64(len(s)))
			for b.Loop() {
				tk.Split(s, 0)
			}
		})
	}
}

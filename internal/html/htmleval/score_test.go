package htmleval

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"Hello, world!", []string{"Hello", "world"}},
		{"snake_case x2 — 3.5%", []string{"snake_case", "x2", "3", "5"}},
		{"Café über naïve", []string{"Café", "über", "naïve"}},
		{"  東京 2025年  ", []string{"東京", "2025年"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, tokens(tt.in)); diff != "" {
				t.Errorf("tokens (-want +got):\n%s", diff)
			}
		})
	}
}

func TestMatch(t *testing.T) {
	const gold = "one two three four five six"
	tests := []struct {
		name, pred string
		p, r       float64
	}{
		{"exact", gold, 1, 1},
		{"empty prediction", "", 0, 0},
		{"first half", "one two three four", 1, 1.0 / 3},
		{"extra text", gold + " seven", 3.0 / 4, 1},
		{"punctuation ignored", "one, two; three (four) five six.", 1, 1},
		{"case matters", "One two three four five six", 2.0 / 3, 2.0 / 3},
		{"other words", "alpha beta gamma delta", 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Match(gold, tt.pred)
			if math.Abs(c.Precision()-tt.p) > 1e-9 || math.Abs(c.Recall()-tt.r) > 1e-9 {
				t.Errorf("P=%.3f R=%.3f, want P=%.3f R=%.3f (%+v)", c.Precision(), c.Recall(), tt.p, tt.r, c)
			}
		})
	}
}

func TestSummarize(t *testing.T) {
	cs := []Counts{Match("a b c d e", "a b c d e"), Match("a b c d e", ""), Match("", "")}
	s := Summarize(cs, []bool{true, false, true})
	// Precision averages pages that predicted something (1), recall pages
	// with gold text (1 and 0); the empty/empty page counts for neither.
	if s.Precision != 1 || s.Recall != 0.5 || math.Abs(s.F1-2.0/3) > 1e-9 || math.Abs(s.Accuracy-2.0/3) > 1e-9 {
		t.Errorf("got %+v", s)
	}
}

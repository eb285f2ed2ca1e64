package text

import (
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestScore(t *testing.T) {
	tests := []struct {
		name       string
		gold, pred []Span
		want       PRF
	}{
		{"all match", []Span{{0, 3}, {4, 6}}, []Span{{0, 3}, {4, 6}}, PRF{2, 2, 2}},
		{"split too much", []Span{{0, 5}}, []Span{{0, 2}, {2, 5}}, PRF{1, 2, 0}},
		{"partial", []Span{{0, 3}, {4, 6}, {7, 9}}, []Span{{0, 3}, {4, 9}}, PRF{3, 2, 1}},
		{"same start", []Span{{0, 2}, {0, 3}}, []Span{{0, 3}}, PRF{2, 1, 1}},
		{"empty", nil, nil, PRF{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Score(tt.gold, tt.pred); got != tt.want {
				t.Errorf("Score = %+v, want %+v", got, tt.want)
			}
		})
	}
	p := PRF{Gold: 4, Pred: 2, Match: 2}
	if p.Precision() != 1 || p.Recall() != 0.5 || p.F1() != 2.0/3 {
		t.Errorf("P %v R %v F1 %v", p.Precision(), p.Recall(), p.F1())
	}
}

func TestReadGold(t *testing.T) {
	f, err := os.Open("testdata/mini.conllu")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	g, err := ReadGold(f)
	if err != nil {
		t.Fatal(err)
	}
	wantText := "The envoy didn't leave Kyiv. Talks resume Monday\n\nGen. Roe’s aides agreed."
	if g.Text != wantText {
		t.Fatalf("text %q, want %q", g.Text, wantText)
	}
	var toks []string
	for _, s := range g.Tokens {
		toks = append(toks, g.Text[s.Start:s.End])
	}
	wantToks := []string{"The", "envoy", "didn't", "leave", "Kyiv", ".", "Talks", "resume", "Monday",
		"Gen.", "Roe’s", "aides", "agreed", "."}
	if d := cmp.Diff(wantToks, toks); d != "" {
		t.Errorf("surface tokens (-want +got):\n%s", d)
	}
	if d := cmp.Diff([]Span{{0, 48}, {50, len(wantText)}}, g.Paragraphs); d != "" {
		t.Errorf("paragraphs (-want +got):\n%s", d)
	}
	if d := cmp.Diff([]Span{{0, 28}, {29, 48}, {50, len(wantText)}}, g.Sentences); d != "" {
		t.Errorf("sentences (-want +got):\n%s", d)
	}

	// The tokenizer gets every surface token and sentence of this text right.
	res := NewTokenizer(nil).Evaluate(g)
	if res.Tokens.F1() != 1 || res.Sentences.F1() != 1 {
		t.Errorf("Evaluate = tokens %v, sentences %v", res.Tokens, res.Sentences)
	}
}

package where

import (
	"testing"

	"github.com/dyad-events/dyad"
)

// TestTagIndex checks the offset index against what a map filled in token
// order would hold: the last token starting at an offset wins, in any
// order of sentences.
func TestTagIndex(t *testing.T) {
	tok := func(start int, upos string) dyad.Token { return dyad.Token{Start: start, UPOS: upos, Head: 0} }
	tests := []struct {
		name  string
		sents [][]dyad.Token
	}{
		{"none", nil},
		{"untagged", [][]dyad.Token{{{Start: 0}, {Start: 4}}}},
		{"in order", [][]dyad.Token{{tok(0, "PROPN"), tok(6, "VERB")}, {tok(12, "NOUN")}}},
		{"sentences out of order", [][]dyad.Token{{tok(12, "NOUN"), tok(18, "ADP")}, {tok(0, "PROPN"), tok(6, "VERB")}}},
		{"same start twice", [][]dyad.Token{{tok(0, "PROPN"), tok(6, "VERB")}, {tok(6, "NOUN"), tok(9, "ADP")}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &dyad.Document{}
			want := map[int]string{}
			for _, ts := range tt.sents {
				d.Sentences = append(d.Sentences, dyad.Sentence{Tokens: ts})
				for _, k := range ts {
					if k.UPOS != "" {
						want[k.Start] = k.UPOS
					}
				}
			}
			x := tagsOf(d)
			for off := -1; off < 25; off++ {
				got, ok := x.at(off)
				if w, wok := want[off]; ok != wok || got.upos != w {
					t.Errorf("at(%d) = %q, %v; want %q, %v", off, got.upos, ok, w, wok)
				}
			}
		})
	}
}

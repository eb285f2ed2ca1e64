//go:build debug

package text

import (
	"fmt"
	"os"
	"testing"
)

func TestDebugDiff(t *testing.T) {
	f, _ := os.Open("/work/shared/data/treebank/ud-english-ewt/" + os.Getenv("EWT"))
	g, _ := ReadGold(f)
	tk := NewTokenizer(nil)
	var toks, sents []Span
	var items []item
	for _, p := range g.Paragraphs {
		text := g.Text[p.Start:p.End]
		items = lex(text, tk.rules, items[:0])
		toks = surface(items, p.Start, toks)
		for _, sp := range tk.sentences(text, items) {
			sents = append(sents, Span{p.Start + items[sp.Start].start, p.Start + items[sp.End-1].end})
		}
	}
	out, _ := os.Create("/tmp/txtdbg/tok.txt")
	diff(out, g.Text, g.Tokens, toks, 20)
	out2, _ := os.Create("/tmp/txtdbg/sent.txt")
	diff(out2, g.Text, g.Sentences, sents, 0)
}

func diff(w *os.File, text string, gold, pred []Span, ctx int) {
	gs := map[Span]bool{}
	for _, s := range gold {
		gs[s] = true
	}
	ps := map[Span]bool{}
	for _, s := range pred {
		ps[s] = true
	}
	for _, s := range gold {
		if !ps[s] {
			fmt.Fprintf(w, "MISS %q   in %q\n", text[s.Start:s.End], text[max(0, s.Start-ctx):min(len(text), s.End+ctx)])
		}
	}
	for _, s := range pred {
		if !gs[s] {
			fmt.Fprintf(w, "EXTRA %q   in %q\n", text[s.Start:s.End], text[max(0, s.Start-ctx):min(len(text), s.End+ctx)])
		}
	}
}

func TestDebugScore(t *testing.T) {
	for _, n := range []string{"en_ewt-ud-dev.conllu", "en_ewt-ud-train.conllu"} {
		f, _ := os.Open("/work/shared/data/treebank/ud-english-ewt/" + n)
		r, _ := NewTokenizer(nil).EvaluateCoNLLU(f)
		t.Logf("%s tok %v\n sent %v", n, r.Tokens, r.Sentences)
	}
}

func TestDebugSplits(t *testing.T) {
	f, _ := os.Open("/work/shared/data/treebank/ud-english-ewt/" + os.Getenv("EWT"))
	g, _ := ReadGold(f)
	tk := NewTokenizer(nil)
	var items []item
	goldEnd := map[int]bool{}
	goldStart := map[int]bool{}
	for _, s := range g.Sentences {
		goldEnd[s.End] = true
		goldStart[s.Start] = true
	}
	out, _ := os.Create("/tmp/txtdbg/splits.txt")
	for _, p := range g.Paragraphs {
		text := g.Text[p.Start:p.End]
		items = lex(text, tk.rules, items[:0])
		for _, sp := range tk.sentences(text, items) {
			e := p.Start + items[sp.End-1].end
			if !goldEnd[e] {
				fmt.Fprintf(out, "FALSE SPLIT: %q\n", g.Text[max(p.Start, e-60):min(e+40, p.End)])
			}
		}
		ps := map[int]bool{}
		for _, sp := range tk.sentences(text, items) {
			ps[p.Start+items[sp.Start].start] = true
		}
		for _, s := range g.Sentences {
			if s.Start > p.Start && s.Start < p.End && !ps[s.Start] {
				fmt.Fprintf(out, "MISSED SPLIT: %q\n", g.Text[max(p.Start, s.Start-60):min(s.Start+40, p.End)])
			}
		}
	}
}

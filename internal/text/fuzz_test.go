package text

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dyad-events/dyad"
)

var fuzzSeeds = []string{
	"Trump’s aide said: “We don't know.” U.S. forces left at 5 p.m.",
	"KYIV (Reuters) - Russia fired 1,000.5 rounds... Then www.example.org/x?y=1.",
	"Email jane.doe@example.org or @WSJ #tag :) <3 $5 US$20 £15 50% 713-555-0100",
	"non-violent e-mail search-engine O'Brien rock'n'roll ca'nt n't 's '",
	"1. First\n2. Second\n\n• Third\n",
	"\xff\xfe invalid \xc3( utf-8 ’’ ‘‘ ``quoted'' ... . . . ?!",
	"", " ", ".", "'", "@", "#", "$.5", "a.b.c.d.", "J. R. R.", "Mr.", "3:1",
}

// checkTokens verifies the invariants every tokenization of s must keep.
func checkTokens(t *testing.T, s string, base int, toks []dyad.Token) {
	t.Helper()
	prev := base
	for i, tok := range toks {
		if tok.Start < prev || tok.End <= tok.Start || tok.End > base+len(s) {
			t.Fatalf("token %d %+v out of order or bounds (prev end %d, len %d)", i, tok, prev, len(s))
		}
		if tok.Form != s[tok.Start-base:tok.End-base] {
			t.Fatalf("token %d form %q != text %q", i, tok.Form, s[tok.Start-base:tok.End-base])
		}
		if gap := s[prev-base : tok.Start-base]; !allSpace(gap) {
			t.Fatalf("text %q before token %d is not covered", gap, i)
		}
		if tok.Head != -1 {
			t.Fatalf("token %d head %d", i, tok.Head)
		}
		prev = tok.End
	}
	if rest := s[prev-base:]; !allSpace(rest) {
		t.Fatalf("text %q after the last token is not covered", rest)
	}
}

func allSpace(s string) bool {
	for len(s) > 0 {
		r, w := utf8.DecodeRuneInString(s)
		if !isSpace(r) {
			return false
		}
		s = s[w:]
	}
	return true
}

// FuzzTokenize checks that tokens are ordered, in bounds, cover every
// non-space byte and that Form is the exact text of the span (the tokenizer
// never normalizes).
func FuzzTokenize(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, 0)
	}
	f.Fuzz(func(t *testing.T, s string, base int) {
		if base < 0 || base > 1<<20 {
			base = 7
		}
		checkTokens(t, s, base, Tokenize(s, base))
	})
}

// FuzzSplit checks that sentences are non-empty, in order, and together
// hold exactly the tokens Tokenize returns; and that the stage keeps
// sentences inside their blocks.
func FuzzSplit(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := Tokenize(s, 3)
		var got []dyad.Token
		for i, sent := range Split(s, 3) {
			if len(sent) == 0 {
				t.Fatalf("sentence %d is empty", i)
			}
			got = append(got, sent...)
		}
		if len(got) != len(want) {
			t.Fatalf("sentences hold %d tokens, Tokenize gives %d", len(got), len(want))
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("token %d: split %+v, tokenize %+v", i, got[i], want[i])
			}
		}
		checkStage(t, s)
	})
}

// checkStage runs the Splitter on s cut into two body blocks.
func checkStage(t *testing.T, s string) {
	t.Helper()
	mid := len(s) / 2
	d := &dyad.Document{Text: s, Blocks: []dyad.Block{
		{Kind: dyad.BlockBody, Start: 0, End: mid}, {Kind: dyad.BlockTitle, Start: mid, End: len(s)},
	}}
	if err := NewSplitter().Process(t.Context(), d); err != nil {
		t.Fatal(err)
	}
	for _, sent := range d.Sentences {
		b := d.Blocks[sent.Block]
		if sent.Start < b.Start || sent.End > b.End || sent.Text != s[sent.Start:sent.End] {
			t.Fatalf("sentence %+v outside block %+v", sent, b)
		}
		checkTokens(t, s[sent.Start:sent.End], sent.Start, sent.Tokens)
	}
}

// FuzzReadGold checks that any input either fails cleanly or yields spans
// inside the rebuilt text.
func FuzzReadGold(f *testing.F) {
	f.Add("# newdoc id = a\n# newpar\n# text = I don't know.\n1-2\tdon't\t_\n1\tdo\n2\tn't\n3\tknow\n4\t.\n\n")
	f.Add("# text = x\n1\tx\n\n# text = y z\n1.1\tq\n1\ty\n2\tz\n")
	f.Fuzz(func(t *testing.T, in string) {
		g, err := ReadGold(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, spans := range [][]Span{g.Tokens, g.Sentences, g.Paragraphs} {
			for _, sp := range spans {
				if sp.Start < 0 || sp.End < sp.Start || sp.End > len(g.Text) {
					t.Fatalf("span %+v outside text of %d bytes", sp, len(g.Text))
				}
			}
		}
		_ = NewTokenizer(nil).Evaluate(g)
		_ = bytes.MinRead
	})
}

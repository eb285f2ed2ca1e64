package text

import (
	"context"

	"github.com/dyad-events/dyad"
)

// Tokenizer splits raw text into tokens and sentences with one set of Rules.
// It is safe for concurrent use.
type Tokenizer struct {
	rules *Rules
}

// NewTokenizer returns a Tokenizer using r, or the embedded rules if r is nil.
func NewTokenizer(r *Rules) *Tokenizer {
	if r == nil {
		r = DefaultRules()
	}
	return &Tokenizer{rules: r}
}

// Tokenize returns the tokens of s with the default rules; see
// Tokenizer.Tokenize.
func Tokenize(s string, base int) []dyad.Token { return NewTokenizer(nil).Tokenize(s, base) }

// Split returns the sentences of s with the default rules; see
// Tokenizer.Split.
func Split(s string, base int) [][]dyad.Token { return NewTokenizer(nil).Split(s, base) }

// Tokenize returns the tokens of s. Offsets are byte offsets into s plus
// base, so a caller tokenizing a span of a document passes the span's start.
// Form is always s[Start-base:End-base]; nothing is normalized.
func (t *Tokenizer) Tokenize(s string, base int) []dyad.Token {
	items := lex(s, t.rules, make([]item, 0, len(s)/5+1))
	return tokens(s, items, base, make([]dyad.Token, 0, len(items)))
}

// AppendTokens is Tokenize appending to dst, so a caller tokenizing many
// texts can reuse one buffer.
func (t *Tokenizer) AppendTokens(dst []dyad.Token, s string, base int) []dyad.Token {
	items := lex(s, t.rules, make([]item, 0, len(s)/5+1))
	return tokens(s, items, base, dst)
}

// Split returns the sentences of s, each a slice of its tokens, with offsets
// as in Tokenize.
func (t *Tokenizer) Split(s string, base int) [][]dyad.Token {
	items := lex(s, t.rules, make([]item, 0, len(s)/5+1))
	all := tokens(s, items, base, make([]dyad.Token, 0, len(items)))
	var out [][]dyad.Token
	for _, sp := range t.sentences(s, items) {
		out = append(out, all[sp.Start:sp.End:sp.End])
	}
	return out
}

// tokens converts items to dyad tokens appended to buf.
func tokens(s string, items []item, base int, buf []dyad.Token) []dyad.Token {
	for i, it := range items {
		buf = append(buf, dyad.Token{
			Form: s[it.start:it.end], Start: base + it.start, End: base + it.end,
			Head: -1, SpaceAfter: i+1 == len(items) || items[i+1].start > it.end,
		})
	}
	return buf
}

// Splitter is the pipeline stage that splits the analysed blocks of a
// document into sentences and tokens.
type Splitter struct {
	tok *Tokenizer
}

// NewSplitter returns a Splitter with the embedded rules.
func NewSplitter() *Splitter { return &Splitter{tok: NewTokenizer(nil)} }

// NewSplitterRules returns a Splitter with the given rules.
func NewSplitterRules(r *Rules) *Splitter { return &Splitter{tok: NewTokenizer(r)} }

// Process fills d.Sentences from the analysed blocks of d. Sentences never
// cross a block boundary.
func (s *Splitter) Process(ctx context.Context, d *dyad.Document) error {
	d.Sentences = d.Sentences[:0]
	var items []item
	for i, b := range d.Blocks {
		if !b.Kind.Analysed() || b.Start < 0 || b.End > len(d.Text) || b.Start >= b.End {
			continue
		}
		text := d.Text[b.Start:b.End]
		items = lex(text, s.tok.rules, items[:0])
		all := tokens(text, items, b.Start, make([]dyad.Token, 0, len(items)))
		for _, sp := range s.tok.sentences(text, items) {
			toks := all[sp.Start:sp.End:sp.End]
			first, last := toks[0], toks[len(toks)-1]
			d.Sentences = append(d.Sentences, dyad.Sentence{
				Block: i, Start: first.Start, End: last.End,
				Text: d.Text[first.Start:last.End], Tokens: toks,
			})
		}
	}
	return nil
}

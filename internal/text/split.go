package text

import (
	"context"

	"github.com/dyad-events/dyad"
)

// Splitter splits blocks into sentences.
type Splitter struct{}

// NewSplitter returns a Splitter.
func NewSplitter() *Splitter { return &Splitter{} }

// Process fills d.Sentences from the analysed blocks of d.
func (s *Splitter) Process(ctx context.Context, d *dyad.Document) error {
	d.Sentences = d.Sentences[:0]
	for i, b := range d.Blocks {
		if !b.Kind.Analysed() {
			continue
		}
		start := b.Start
		for j := b.Start; j < b.End; j++ {
			c := d.Text[j]
			if (c == '.' || c == '?' || c == '!') && (j+1 == b.End || d.Text[j+1] == ' ') {
				d.Sentences = append(d.Sentences, sentence(d.Text, i, start, j+1))
				start = j + 1
			}
		}
		if start < b.End {
			d.Sentences = append(d.Sentences, sentence(d.Text, i, start, b.End))
		}
	}
	return nil
}

func sentence(text string, block, s, e int) dyad.Sentence {
	for s < e && text[s] == ' ' {
		s++
	}
	return dyad.Sentence{Block: block, Start: s, End: e, Text: text[s:e]}
}

package clean

import (
	"context"
	"strings"

	"github.com/dyad-events/dyad"
)

// Cleaner classifies the blocks of a document.
type Cleaner struct{}

// New returns a Cleaner.
func New() *Cleaner { return &Cleaner{} }

// Process splits d.Text into blocks, one per non-blank line.
func (c *Cleaner) Process(ctx context.Context, d *dyad.Document) error {
	d.Blocks = d.Blocks[:0]
	for start := 0; start < len(d.Text); {
		end := strings.IndexByte(d.Text[start:], '\n')
		if end < 0 {
			end = len(d.Text)
		} else {
			end += start
		}
		s, e := trim(d.Text, start, end)
		if s < e {
			d.Blocks = append(d.Blocks, dyad.Block{Kind: dyad.BlockBody, Text: d.Text[s:e], Start: s, End: e})
		}
		start = end + 1
	}
	return nil
}

// trim narrows [s,e) of text to exclude surrounding whitespace.
func trim(text string, s, e int) (int, int) {
	for s < e && isSpace(text[s]) {
		s++
	}
	for e > s && isSpace(text[e-1]) {
		e--
	}
	return s, e
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

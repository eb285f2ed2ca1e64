package quote

import (
	"bufio"
	"context"
	_ "embed"
	"strings"
	"time"

	"github.com/dyad-events/dyad"
)

//go:embed data/verbs.txt
var builtinVerbs string

// Finder is the pipeline stage that fills Document.Quotes.
type Finder struct {
	verbs map[string]bool
	// Resolve, when set, names the actor behind a post's author ("The Wall
	// Street Journal" is a US news medium) as of the document's date.
	Resolve func(name string, date time.Time) (dyad.Actor, bool)
}

// New returns a Finder with the built-in speech verbs.
func New() *Finder { return NewWithVerbs(builtinVerbs) }

// NewWithVerbs returns a Finder whose speech verbs are read from src, one
// per line, # for comments.
func NewWithVerbs(src string) *Finder {
	f := &Finder{verbs: map[string]bool{}}
	sc := bufio.NewScanner(strings.NewReader(src))
	for sc.Scan() {
		if w := strings.TrimSpace(sc.Text()); w != "" && w[0] != '#' {
			f.verbs[strings.ToLower(w)] = true
		}
	}
	return f
}

// Process finds the quotes of d, attributes them, and adds one quote per
// embedded post with its author as speaker.
func (f *Finder) Process(ctx context.Context, d *dyad.Document) error {
	spans := scanDocument(d)
	d.Quotes = d.Quotes[:0]
	for _, s := range spans {
		d.Quotes = append(d.Quotes, dyad.Quote{
			Text: d.Text[s.start:s.end], Start: s.start, End: s.end, Direct: true,
			Block: s.block, Parent: s.parent, SpeakerMention: -1,
		})
	}
	f.indirect(d)
	f.attribute(d, spans)
	f.addPosts(d)
	resolveSpeakers(d)
	return nil
}

// scanDocument pairs the quotation marks of the analysed blocks; a post's
// own quotes ("told him “...”") are found like an article's.
func scanDocument(d *dyad.Document) []span {
	n := &nester{}
	var prev = -1
	for i, b := range d.Blocks {
		if !b.Kind.Analysed() {
			continue
		}
		ms := marks(d.Text, b.Start, b.End)
		if prev >= 0 && n.doubleOpen() && len(ms) > 0 && ms[0].start == b.Start && ms[0].kind != closeDouble {
			ms = ms[1:] // the mark that re-opens a quote running on from the last paragraph
		}
		for _, m := range ms {
			n.add(m, i)
		}
		n.endBlock(b.End, continuesIn(d, i))
		prev = i
	}
	return n.result()
}

// continuesIn reports whether the analysed block after block i opens with a
// double quotation mark, continuing a quote left open.
func continuesIn(d *dyad.Document, i int) bool {
	for j := i + 1; j < len(d.Blocks); j++ {
		b := d.Blocks[j]
		if !b.Kind.Analysed() {
			continue
		}
		t := d.Text[b.Start:b.End]
		return strings.HasPrefix(t, "“") || strings.HasPrefix(t, "\"") || strings.HasPrefix(t, "„")
	}
	return false
}

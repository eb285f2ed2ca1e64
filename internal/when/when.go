package when

import (
	"context"
	"sort"
	"strings"
	"time"

	"github.com/dyad-events/dyad"
)

// Finder is the pipeline stage that fills Document.Times.
type Finder struct {
	words *Words
	// starts holds every word a rule can begin with; see startWords.
	starts map[string]bool
	// futureCues mark a sentence as speaking of the future, so a bare
	// "Friday" or "June" resolves forwards.
	futureCues []string
	// now bounds the year of an undated story's "Saturday, 3 May".
	now func() time.Time
}

// New returns a Finder with the built-in vocabulary.
func New() (*Finder, error) {
	w, err := DefaultWords()
	if err != nil {
		return nil, err
	}
	return NewWithWords(w), nil
}

// NewWithWords returns a Finder using w.
func NewWithWords(w *Words) *Finder {
	return &Finder{words: w, starts: startWords(w), futureCues: []string{" will ", "'ll ", " shall ", " scheduled ", " upcoming ", " next ", " due ", " plans to ", " expected to ", " is to ", " are to "}, now: time.Now}
}

// found is an expression with its absolute offsets.
type found struct {
	e          expr
	start, end int
}

// Process finds, and resolves, the temporal expressions of d's analysed
// blocks; it infers d.Date when it is missing.
func (f *Finder) Process(ctx context.Context, d *dyad.Document) error {
	var all []found
	for _, b := range d.Blocks {
		if b.Kind.Analysed() && b.Kind != dyad.BlockPost {
			all = append(all, f.scan(d.Text[b.Start:b.End], b.Start)...)
		}
	}
	if d.Date.IsZero() {
		if t, why := f.inferDate(d, all); !t.IsZero() {
			d.Date = t
			if d.Meta == nil {
				d.Meta = map[string]any{}
			}
			d.Meta["date_inferred"] = why
		}
	}
	a := anchors{pub: day(d.Date)}
	d.Times = d.Times[:0]
	for _, x := range all {
		x.e.future = x.e.future || f.futureContext(d, x.start)
		r := resolve(x.e, a)
		if r.explicit {
			a.last = r.day
		}
		d.Times = append(d.Times, timeRef(d, x, r, a))
	}
	return nil
}

func day(t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	return date(t.Year(), int(t.Month()), t.Day())
}

// scan finds the expressions of one block.
func (f *Finder) scan(text string, base int) []found {
	m := &matcher{w: f.words, starts: f.starts, it: lex(text)}
	var out []found
	for _, e := range m.scan() {
		out = append(out, found{e: e, start: base + m.it[e.start].start, end: base + m.it[e.end-1].end})
	}
	return out
}

func timeRef(d *dyad.Document, x found, r resolved, a anchors) dyad.TimeRef {
	t := dyad.TimeRef{Text: d.Text[x.start:x.end], Start: x.start, End: x.end, Value: r.value, Type: x.e.typ, Precision: r.prec}
	if x.e.rel == relPrevDay && !a.last.IsZero() {
		t.Anchor = a.last.Format("2006-01-02")
	} else if x.e.rel != relNone || x.e.year == 0 {
		if !a.pub.IsZero() && x.e.rel != relFixed {
			t.Anchor = a.pub.Format("2006-01-02")
		}
	}
	return t
}

// futureContext reports whether the sentence around offset speaks of the
// future.
func (f *Finder) futureContext(d *dyad.Document, off int) bool {
	s := sentenceAround(d, off)
	s = " " + strings.ToLower(s) + " "
	for _, c := range f.futureCues {
		if strings.Contains(s, c) {
			return true
		}
	}
	return false
}

// sentenceAround returns the sentence holding off, or its block when
// sentences have not been split.
func sentenceAround(d *dyad.Document, off int) string {
	i := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].End > off })
	if i < len(d.Sentences) && d.Sentences[i].Start <= off {
		return d.Sentences[i].Text
	}
	for _, b := range d.Blocks {
		if b.Start <= off && off < b.End {
			return b.Text
		}
	}
	return ""
}

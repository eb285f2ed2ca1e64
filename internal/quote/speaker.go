package quote

import (
	"strings"
	"time"

	"github.com/dyad-events/dyad"
)

// attribute finds each quote's speaker phrase and verb in its frame: the
// text between it and its neighbouring quotes within the same paragraph (or
// within the enclosing quote for a nested one).
func (f *Finder) attribute(d *dyad.Document, spans []span) {
	for i, s := range spans {
		lo, hi := frame(d, spans, i)
		a := f.after(d.Text[s.start:s.end], words(d.Text, s.close, hi))
		if !a.found {
			a = f.before(words(d.Text, lo, s.open))
		}
		q := &d.Quotes[i]
		if a.found {
			q.SpeakerText, q.SpeakerStart, q.SpeakerEnd, q.Verb = d.Text[a.start:a.end], a.start, a.end, a.verb
			continue
		}
		if s.parent >= 0 {
			continue
		}
		if p := enclosingIndirect(d, s.open); p >= 0 {
			inherit(q, d.Quotes[p]) // a partial quote inside reported speech
		} else if p := lastSpeaker(d, s.open); p >= 0 && paragraphInitial(d, s) {
			inherit(q, d.Quotes[p])
		}
	}
}

func inherit(q *dyad.Quote, p dyad.Quote) {
	q.SpeakerText, q.SpeakerStart, q.SpeakerEnd, q.Inherited = p.SpeakerText, p.SpeakerStart, p.SpeakerEnd, true
}

// enclosingIndirect returns the reported-speech quote holding off, or -1.
func enclosingIndirect(d *dyad.Document, off int) int {
	for i, q := range d.Quotes {
		if !q.Direct && q.Start <= off && off < q.End {
			return i
		}
	}
	return -1
}

// lastSpeaker returns the top-level quote with a speaker named nearest
// before off: whoever spoke last in the story speaks on.
func lastSpeaker(d *dyad.Document, off int) int {
	best := -1
	for i, q := range d.Quotes {
		if q.Parent < 0 && q.SpeakerText != "" && q.SpeakerEnd > 0 && q.End <= off {
			if best < 0 || q.End > d.Quotes[best].End {
				best = i
			}
		}
	}
	return best
}

// frame bounds the attribution text around spans[i].
func frame(d *dyad.Document, spans []span, i int) (lo, hi int) {
	s := spans[i]
	if s.parent >= 0 {
		lo, hi = spans[s.parent].start, spans[s.parent].end
	} else {
		lo, hi = d.Blocks[s.block].Start, blockEnd(d, s.close)
	}
	for j := i - 1; j >= 0; j-- {
		if spans[j].parent == s.parent && spans[j].close <= s.open {
			lo = max(lo, spans[j].close)
			break
		}
	}
	for j := i + 1; j < len(spans); j++ {
		if spans[j].parent == s.parent {
			hi = min(hi, spans[j].open)
			break
		}
	}
	return lo, max(hi, s.close)
}

// blockEnd is the end of the block holding offset off.
func blockEnd(d *dyad.Document, off int) int {
	for _, b := range d.Blocks {
		if b.Start <= off && off <= b.End {
			return b.End
		}
	}
	return off
}

// paragraphInitial reports whether a quote opens its paragraph.
func paragraphInitial(d *dyad.Document, s span) bool {
	return s.open == d.Blocks[s.block].Start
}

// addPosts adds one quote per embedded post, spoken by the post's author.
func (f *Finder) addPosts(d *dyad.Document) {
	for i, b := range d.Blocks {
		if b.Kind != dyad.BlockPost || b.Post == nil {
			continue
		}
		name := b.Post.Author
		if name == "" {
			name = b.Post.Handle
		}
		d.Quotes = append(d.Quotes, dyad.Quote{
			Text: b.Text, Start: b.Start, End: b.End, Direct: true, Block: i, Parent: -1,
			SpeakerMention: -1, SpeakerText: name, Verb: "posted",
			Speaker: f.author(name, b.Post.Handle, d.Date),
		})
	}
}

// indirect finds reported speech outside direct quotes: "X said [on
// Saturday,] that ...". The quote's text is the reported clause.
func (f *Finder) indirect(d *dyad.Document) {
	var ws []word // reused: nothing found keeps a sentence's words
	for _, s := range d.Sentences {
		if insideQuote(d, s.Start) {
			continue
		}
		ws = appendWords(ws[:0], d.Text, s.Start, s.End)
		for v := range ws {
			if !f.isVerb(ws[v]) {
				continue
			}
			if q, ok := f.reported(d, ws, v, s); ok {
				d.Quotes = append(d.Quotes, q)
				break
			}
		}
	}
}

// reported builds an indirect quote when "that" follows the verb at v
// closely and a speaker phrase precedes it.
func (f *Finder) reported(d *dyad.Document, ws []word, v int, s dyad.Sentence) (dyad.Quote, bool) {
	t := -1
	for j := v + 1; j < len(ws) && j <= v+9; j++ {
		if strings.EqualFold(ws[j].text, "that") {
			t = j
			break
		}
	}
	a := f.before(ws[:v+1])
	if t < 0 || t+1 >= len(ws) || !a.found {
		return dyad.Quote{}, false
	}
	end := ws[len(ws)-1].end
	if ws[len(ws)-1].punct {
		end = ws[len(ws)-1].start
	}
	start := ws[t+1].start
	return dyad.Quote{
		Text: d.Text[start:end], Start: start, End: end, Block: s.Block, Parent: -1,
		SpeakerMention: -1, SpeakerText: d.Text[a.start:a.end], SpeakerStart: a.start, SpeakerEnd: a.end, Verb: a.verb,
	}, true
}

func insideQuote(d *dyad.Document, off int) bool {
	for _, q := range d.Quotes {
		if q.Direct && q.Start <= off && off < q.End {
			return true
		}
	}
	return false
}

// author resolves a post's author through the lexicon when one is set.
func (f *Finder) author(name, handle string, date time.Time) *dyad.Actor {
	if f.Resolve != nil {
		if a, ok := f.Resolve(name, date); ok {
			a.Text = name
			return &a
		}
	}
	return &dyad.Actor{Name: name, Text: handle}
}

package queue

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"math"
	"time"

	"github.com/dyad-events/dyad"
)

// The binary wire format. A coded document as JSON is about 94 KB, most of
// it token fields and texts repeated from Document.Text; encoding and
// decoding it cost the worker and the sink more than the network did. The
// binary form sends each text once and every span of it as offsets, and
// names each repeated tag (UPOS, rel, actor code...) by a back-reference.
//
// Layout: wireMagic, wireVersion, then the document's fields in a fixed
// order (see encDoc). Integers are zigzag varints; a slice is its length
// plus one (0 is nil) followed by its elements; a pointer is a 0/1 byte and
// then the value; a bool set is one byte of flags; a float is 8 bytes.
// A string is one varint v whose low two bits say what follows:
//
//	strLit:  a literal of v>>2 bytes; if it is short (<= maxInterned)
//	         it is added to the back-reference table
//	strRef:  entry v>>2 of the table
//	strSpan: Document.Text[start:end] for the span the field's struct
//	         gives (its own Start/End, or an event's sentence)
//
// A new version gets a new wireVersion; decode keeps reading the old ones
// and JSON envelopes (which start with '{'), so workers and sinks can be
// upgraded one at a time.
const (
	wireMagic   = 0xD7 // never '{', so JSON envelopes stay readable
	wireVersion = 1
	maxInterned = 64 // longer strings are rarely repeated: not worth a table entry
)

// The string tags in the low two bits of a string's varint.
const (
	strLit  = 0
	strRef  = 1
	strSpan = 2
)

// encoder appends a document to b.
type encoder struct {
	b    []byte
	text string         // Document.Text, which spans index
	tab  map[string]int // short strings sent so far, by table index
}

// encodeBinary writes d (with its HTML) in the binary wire format.
func encodeBinary(d *dyad.Document) ([]byte, error) {
	e := &encoder{b: make([]byte, 0, 2*len(d.Text)+len(d.HTML)+256), text: d.Text, tab: make(map[string]int, 512)}
	e.b = append(e.b, wireMagic, wireVersion)
	if err := e.doc(d); err != nil {
		return nil, fmt.Errorf("queue: encode %s: %w", d.ID, err)
	}
	return e.b, nil
}

func (e *encoder) int(v int)       { e.b = binary.AppendVarint(e.b, int64(v)) }
func (e *encoder) uint(v uint64)   { e.b = binary.AppendUvarint(e.b, v) }
func (e *encoder) float(v float64) { e.b = binary.LittleEndian.AppendUint64(e.b, math.Float64bits(v)) }

// span writes start and end as start and length.
func (e *encoder) span(start, end int) {
	e.int(start)
	e.int(end - start)
}

// len writes a slice's length, telling nil from empty.
func (e *encoder) len(n int, isNil bool) {
	if isNil {
		e.uint(0)
		return
	}
	e.uint(uint64(n) + 1)
}

// ptr writes whether a pointer is set.
func (e *encoder) ptr(set bool) { e.flags(set) }

// flags packs up to eight bools into one byte.
func (e *encoder) flags(bs ...bool) {
	var f byte
	for i, b := range bs {
		if b {
			f |= 1 << i
		}
	}
	e.b = append(e.b, f)
}

// str writes s as a back-reference when it was sent before.
func (e *encoder) str(s string) {
	if s == "" {
		e.b = append(e.b, strLit) // a literal of no bytes
		return
	}
	if i, ok := e.tab[s]; ok {
		e.uint(uint64(i)<<2 | strRef)
		return
	}
	e.uint(uint64(len(s))<<2 | strLit)
	e.b = append(e.b, s...)
	if len(s) <= maxInterned {
		e.tab[s] = len(e.tab)
	}
}

// spanStr writes s as a span when it is the text between start and end,
// which the reader knows already.
func (e *encoder) spanStr(s string, start, end int) {
	if 0 <= start && start <= end && end <= len(e.text) && e.text[start:end] == s {
		e.uint(strSpan)
		return
	}
	e.str(s)
}

func (e *encoder) time(t time.Time) error {
	if t.IsZero() {
		e.uint(0)
		return nil
	}
	b, err := t.MarshalBinary()
	if err != nil {
		return err
	}
	e.uint(uint64(len(b)))
	e.b = append(e.b, b...)
	return nil
}

// meta travels as JSON: its values are whatever a reader found, and JSON
// is how they reach the output anyway.
func (e *encoder) meta(m map[string]any) error {
	if m == nil {
		e.uint(0)
		return nil
	}
	b, err := json.Marshal(m)
	if err != nil {
		return err
	}
	e.uint(uint64(len(b)) + 1)
	e.b = append(e.b, b...)
	return nil
}

func (e *encoder) doc(d *dyad.Document) error {
	e.str(d.Text)
	e.str(d.HTML)
	for _, s := range []string{d.ID, d.URL, d.Title, d.Source, d.Byline, d.SiteName, d.Lang, d.Format, d.Origin} {
		e.str(s)
	}
	if err := e.time(d.Date); err != nil {
		return err
	}
	if err := e.meta(d.Meta); err != nil {
		return err
	}
	if err := e.blocks(d.Blocks); err != nil {
		return err
	}
	e.sentences(d.Sentences)
	e.mentions(d.Mentions)
	e.quotes(d.Quotes)
	e.times(d.Times)
	e.places(d.Places)
	e.events(d.Events, d.Sentences)
	e.errors(d.Errors)
	return nil
}

func (e *encoder) blocks(bs []dyad.Block) error {
	e.len(len(bs), bs == nil)
	for i := range bs {
		b := &bs[i]
		e.str(string(b.Kind))
		e.span(b.Start, b.End)
		e.spanStr(b.Text, b.Start, b.End)
		e.str(b.Place)
		e.str(b.Source)
		e.str(b.Reason)
		e.ptr(b.Post != nil)
		if p := b.Post; p != nil {
			e.str(p.Author)
			e.str(p.Handle)
			e.str(p.URL)
			e.str(p.Platform)
			if err := e.time(p.Date); err != nil {
				return err
			}
		}
	}
	return nil
}

func (e *encoder) sentences(ss []dyad.Sentence) {
	e.len(len(ss), ss == nil)
	for i := range ss {
		s := &ss[i]
		e.int(s.Block)
		e.span(s.Start, s.End)
		e.spanStr(s.Text, s.Start, s.End)
		e.tokens(s.Tokens, s.Start)
	}
}

// tokens writes each token's start relative to the previous token's end,
// mostly 0 or 1, so offsets cost a byte.
func (e *encoder) tokens(ts []dyad.Token, at int) {
	e.len(len(ts), ts == nil)
	for i := range ts {
		t := &ts[i]
		e.int(t.Start - at)
		e.int(t.End - t.Start)
		at = t.End
		e.spanStr(t.Form, t.Start, t.End)
		e.spanStr(t.Lemma, t.Start, t.End) // mostly the form itself
		e.str(t.UPOS)
		e.str(t.XPOS)
		e.str(t.Feats)
		e.int(t.Head)
		e.str(t.Rel)
		e.flags(t.SpaceAfter)
	}
}

func (e *encoder) actor(a *dyad.Actor) {
	for _, s := range []string{a.Code, a.Name, a.ID, a.Country, a.Sector, a.Text} {
		e.str(s)
	}
	e.flags(a.Known)
}

// optActor writes a pointer to an actor.
func (e *encoder) optActor(a *dyad.Actor) {
	e.ptr(a != nil)
	if a != nil {
		e.actor(a)
	}
}

func (e *encoder) mentions(ms []dyad.Mention) {
	e.len(len(ms), ms == nil)
	for i := range ms {
		m := &ms[i]
		e.int(m.Sentence)
		e.span(m.Start, m.End)
		e.spanStr(m.Text, m.Start, m.End)
		e.str(string(m.Kind))
		for _, v := range []int{m.Head, m.TokStart, m.TokEnd, m.Ref} {
			e.int(v)
		}
		e.optActor(m.Actor)
	}
}

func (e *encoder) quotes(qs []dyad.Quote) {
	e.len(len(qs), qs == nil)
	for i := range qs {
		q := &qs[i]
		e.span(q.Start, q.End)
		e.spanStr(q.Text, q.Start, q.End)
		e.flags(q.Direct, q.Inherited)
		e.int(q.Block)
		e.optActor(q.Speaker)
		e.int(q.SpeakerMention)
		e.str(q.Verb)
		e.int(q.Parent)
		e.span(q.SpeakerStart, q.SpeakerEnd)
		e.spanStr(q.SpeakerText, q.SpeakerStart, q.SpeakerEnd)
	}
}

func (e *encoder) times(ts []dyad.TimeRef) {
	e.len(len(ts), ts == nil)
	for i := range ts {
		t := &ts[i]
		e.span(t.Start, t.End)
		e.spanStr(t.Text, t.Start, t.End)
		for _, s := range []string{t.Value, t.Type, string(t.Precision), t.Anchor} {
			e.str(s)
		}
	}
}

func (e *encoder) place(p *dyad.Place) {
	e.span(p.Start, p.End)
	e.spanStr(p.Text, p.Start, p.End)
	for _, s := range []string{p.Name, p.Kind, p.Country, p.Admin1, p.GazID} {
		e.str(s)
	}
	e.float(p.Lat)
	e.float(p.Lon)
	e.float(p.Certainty)
	e.flags(p.FromDateline)
}

func (e *encoder) places(ps []dyad.Place) {
	e.len(len(ps), ps == nil)
	for i := range ps {
		e.place(&ps[i])
	}
}

func (e *encoder) events(evs []dyad.Event, ss []dyad.Sentence) {
	e.len(len(evs), evs == nil)
	for i := range evs {
		v := &evs[i]
		e.int(v.Sentence)
		start, end := sentenceSpan(ss, v.Sentence)
		e.spanStr(v.Text, start, end)
		for _, s := range []string{v.ID, v.Doc, v.Date, string(v.DatePrecision), v.DateText, v.CAMEO, v.Root,
			v.PLOVER.Type, v.PLOVER.Mode, string(v.Modality)} {
			e.str(s)
		}
		e.actor(&v.Source)
		e.actor(&v.Target)
		e.float(v.Goldstein)
		e.int(v.QuadClass)
		e.int(v.Quote)
		e.optActor(v.Speaker)
		e.ptr(v.Place != nil)
		if v.Place != nil {
			e.place(v.Place)
		}
		e.evidence(&v.Evidence)
	}
}

// sentenceSpan is where sentence i lies, or an empty span when there is no
// such sentence.
func sentenceSpan(ss []dyad.Sentence, i int) (start, end int) {
	if i < 0 || i >= len(ss) {
		return -1, -1
	}
	return ss[i].Start, ss[i].End
}

func (e *encoder) evidence(ev *dyad.Evidence) {
	for _, s := range []string{ev.Pattern, ev.File, ev.Path, ev.Comment} {
		e.str(s)
	}
	e.len(len(ev.Words), ev.Words == nil)
	for _, w := range ev.Words {
		e.str(w.Role)
		e.span(w.Start, w.End)
		e.spanStr(w.Text, w.Start, w.End)
	}
}

func (e *encoder) errors(es []dyad.Error) {
	e.len(len(es), es == nil)
	for _, x := range es {
		e.str(x.Stage)
		e.str(x.Reason)
		e.str(x.Message)
		e.flags(x.Fatal)
	}
}

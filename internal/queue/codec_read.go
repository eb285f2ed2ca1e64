package queue

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"time"

	"github.com/dyad-events/dyad"
)

// decoder reads the binary wire format. The first error sticks: every later
// read returns a zero value, and decodeBinary reports the error once.
type decoder struct {
	all  string // the whole message, copied once; strings are slices of it
	at   int
	text string
	tab  []string
	err  error
}

// decodeBinary reads a document written by encodeBinary.
func decodeBinary(b []byte) (*dyad.Document, error) {
	if len(b) < 2 || b[0] != wireMagic {
		return nil, errors.New("queue: decode: not a binary document")
	}
	if b[1] != wireVersion {
		return nil, fmt.Errorf("queue: decode: wire version %d, want %d", b[1], wireVersion)
	}
	r := &decoder{all: string(b), at: 2}
	d := r.doc()
	if r.err == nil && r.at != len(r.all) {
		r.fail("%d bytes left over", len(r.all)-r.at)
	}
	if r.err != nil {
		return nil, fmt.Errorf("queue: decode: %w", r.err)
	}
	return d, nil
}

func (r *decoder) fail(format string, args ...any) {
	if r.err == nil {
		r.err = fmt.Errorf("at byte %d: "+format, append([]any{r.at}, args...)...)
	}
}

// uint reads a varint straight from the string, as binary.Uvarint would
// from bytes.
func (r *decoder) uint() uint64 {
	if r.err != nil {
		return 0
	}
	var v uint64
	for i := 0; i < binary.MaxVarintLen64 && r.at+i < len(r.all); i++ {
		c := r.all[r.at+i]
		if i == binary.MaxVarintLen64-1 && c > 1 {
			break
		}
		v |= uint64(c&0x7f) << (7 * i)
		if c < 0x80 {
			r.at += i + 1
			return v
		}
	}
	r.fail("bad varint")
	return 0
}

// int reads a zigzag varint.
func (r *decoder) int() int {
	u := r.uint()
	return int(int64(u>>1) ^ -int64(u&1))
}

// bytes returns the next n bytes as a string sharing the message's memory.
func (r *decoder) bytes(n uint64) string {
	if r.err != nil {
		return ""
	}
	if n > uint64(len(r.all)-r.at) {
		r.fail("%d bytes wanted, %d left", n, len(r.all)-r.at)
		return ""
	}
	s := r.all[r.at : r.at+int(n)]
	r.at += int(n)
	return s
}

func (r *decoder) byte() byte {
	s := r.bytes(1)
	if s == "" {
		return 0
	}
	return s[0]
}

func (r *decoder) float() float64 {
	s := r.bytes(8)
	if len(s) < 8 {
		return 0
	}
	return math.Float64frombits(binary.LittleEndian.Uint64([]byte(s)))
}

// span reads a start and a length.
func (r *decoder) span() (start, end int) {
	start = r.int()
	return start, start + r.int()
}

// flags reads one byte of bools.
func (r *decoder) flags(bs ...*bool) {
	f := r.byte()
	for i, b := range bs {
		*b = f&(1<<i) != 0
	}
}

// ptr reads whether a pointer is set.
func (r *decoder) ptr() bool {
	var set bool
	r.flags(&set)
	return set
}

// len reads a slice's length; nil is -1. Each element takes at least a
// byte, so a length beyond what is left is an error, not an allocation.
func (r *decoder) len() int {
	v := r.uint()
	if v == 0 {
		return -1
	}
	if v-1 > uint64(len(r.all)-r.at) {
		r.fail("%d elements in %d bytes", v-1, len(r.all)-r.at)
		return -1
	}
	return int(v - 1)
}

// str reads a string that cannot be a span.
func (r *decoder) str() string { return r.spanStr(-1, -1) }

// spanStr reads a string which may be Document.Text[start:end].
func (r *decoder) spanStr(start, end int) string {
	v := r.uint()
	switch v & 3 {
	case strLit:
		s := r.bytes(v >> 2)
		if s != "" && len(s) <= maxInterned {
			r.tab = append(r.tab, s)
		}
		return s
	case strRef:
		if v>>2 >= uint64(len(r.tab)) {
			r.fail("string reference %d of %d", v>>2, len(r.tab))
			return ""
		}
		return r.tab[v>>2]
	case strSpan:
		if start < 0 || start > end || end > len(r.text) {
			r.fail("span %d:%d outside the text", start, end)
			return ""
		}
		return r.text[start:end]
	}
	r.fail("string tag %d", v&3)
	return ""
}

func (r *decoder) time() time.Time {
	var t time.Time
	n := r.uint()
	if n == 0 {
		return t
	}
	if err := t.UnmarshalBinary([]byte(r.bytes(n))); err != nil {
		r.fail("time: %v", err)
	}
	return t
}

func (r *decoder) meta() map[string]any {
	n := r.uint()
	if n == 0 {
		return nil
	}
	b := r.bytes(n - 1)
	if r.err != nil {
		return nil
	}
	var m map[string]any
	if err := json.Unmarshal([]byte(b), &m); err != nil || m == nil {
		r.fail("meta: not a JSON object")
	}
	return m
}

// slice makes a slice of the length read next, nil for nil.
func slice[T any](r *decoder) []T {
	n := r.len()
	if n < 0 {
		return nil
	}
	return make([]T, n)
}

func (r *decoder) doc() *dyad.Document {
	d := &dyad.Document{}
	d.Text = r.str()
	r.text = d.Text
	d.HTML = r.str()
	for _, p := range []*string{&d.ID, &d.URL, &d.Title, &d.Source, &d.Byline, &d.SiteName, &d.Lang, &d.Format, &d.Origin} {
		*p = r.str()
	}
	d.Date = r.time()
	d.Meta = r.meta()
	d.Blocks = r.blocks()
	d.Sentences = r.sentences()
	d.Mentions = r.mentions()
	d.Quotes = r.quotes()
	d.Times = r.times()
	d.Places = r.places()
	d.Events = r.events(d.Sentences)
	d.Errors = r.errors()
	return d
}

func (r *decoder) blocks() []dyad.Block {
	bs := slice[dyad.Block](r)
	for i := range bs {
		b := &bs[i]
		b.Kind = dyad.BlockKind(r.str())
		b.Start, b.End = r.span()
		b.Text = r.spanStr(b.Start, b.End)
		b.Place, b.Source, b.Reason = r.str(), r.str(), r.str()
		if r.ptr() {
			b.Post = &dyad.Post{Author: r.str(), Handle: r.str(), URL: r.str(), Platform: r.str()}
			b.Post.Date = r.time()
		}
		if r.err != nil {
			return nil
		}
	}
	return bs
}

func (r *decoder) sentences() []dyad.Sentence {
	ss := slice[dyad.Sentence](r)
	for i := range ss {
		s := &ss[i]
		s.Block = r.int()
		s.Start, s.End = r.span()
		s.Text = r.spanStr(s.Start, s.End)
		s.Tokens = r.tokens(s.Start)
		if r.err != nil {
			return nil
		}
	}
	return ss
}

func (r *decoder) tokens(at int) []dyad.Token {
	ts := slice[dyad.Token](r)
	for i := range ts {
		t := &ts[i]
		t.Start = at + r.int()
		t.End = t.Start + r.int()
		at = t.End
		t.Form = r.spanStr(t.Start, t.End)
		t.Lemma = r.spanStr(t.Start, t.End)
		t.UPOS, t.XPOS, t.Feats = r.str(), r.str(), r.str()
		t.Head = r.int()
		t.Rel = r.str()
		r.flags(&t.SpaceAfter)
		if r.err != nil {
			return nil
		}
	}
	return ts
}

func (r *decoder) actor(a *dyad.Actor) {
	for _, p := range []*string{&a.Code, &a.Name, &a.ID, &a.Country, &a.Sector, &a.Text} {
		*p = r.str()
	}
	r.flags(&a.Known)
}

func (r *decoder) optActor() *dyad.Actor {
	if !r.ptr() {
		return nil
	}
	a := &dyad.Actor{}
	r.actor(a)
	return a
}

func (r *decoder) mentions() []dyad.Mention {
	ms := slice[dyad.Mention](r)
	for i := range ms {
		m := &ms[i]
		m.Sentence = r.int()
		m.Start, m.End = r.span()
		m.Text = r.spanStr(m.Start, m.End)
		m.Kind = dyad.MentionKind(r.str())
		m.Head, m.TokStart, m.TokEnd, m.Ref = r.int(), r.int(), r.int(), r.int()
		m.Actor = r.optActor()
		if r.err != nil {
			return nil
		}
	}
	return ms
}

func (r *decoder) quotes() []dyad.Quote {
	qs := slice[dyad.Quote](r)
	for i := range qs {
		q := &qs[i]
		q.Start, q.End = r.span()
		q.Text = r.spanStr(q.Start, q.End)
		r.flags(&q.Direct, &q.Inherited)
		q.Block = r.int()
		q.Speaker = r.optActor()
		q.SpeakerMention = r.int()
		q.Verb = r.str()
		q.Parent = r.int()
		q.SpeakerStart, q.SpeakerEnd = r.span()
		q.SpeakerText = r.spanStr(q.SpeakerStart, q.SpeakerEnd)
		if r.err != nil {
			return nil
		}
	}
	return qs
}

func (r *decoder) times() []dyad.TimeRef {
	ts := slice[dyad.TimeRef](r)
	for i := range ts {
		t := &ts[i]
		t.Start, t.End = r.span()
		t.Text = r.spanStr(t.Start, t.End)
		t.Value, t.Type = r.str(), r.str()
		t.Precision = dyad.Precision(r.str())
		t.Anchor = r.str()
		if r.err != nil {
			return nil
		}
	}
	return ts
}

func (r *decoder) place(p *dyad.Place) {
	p.Start, p.End = r.span()
	p.Text = r.spanStr(p.Start, p.End)
	for _, s := range []*string{&p.Name, &p.Kind, &p.Country, &p.Admin1, &p.GazID} {
		*s = r.str()
	}
	p.Lat, p.Lon, p.Certainty = r.float(), r.float(), r.float()
	r.flags(&p.FromDateline)
}

func (r *decoder) places() []dyad.Place {
	ps := slice[dyad.Place](r)
	for i := range ps {
		r.place(&ps[i])
		if r.err != nil {
			return nil
		}
	}
	return ps
}

func (r *decoder) events(ss []dyad.Sentence) []dyad.Event {
	evs := slice[dyad.Event](r)
	for i := range evs {
		r.event(&evs[i], ss)
		if r.err != nil {
			return nil
		}
	}
	return evs
}

func (r *decoder) event(v *dyad.Event, ss []dyad.Sentence) {
	v.Sentence = r.int()
	v.Text = r.spanStr(sentenceSpan(ss, v.Sentence))
	var prec, mod string
	for _, p := range []*string{&v.ID, &v.Doc, &v.Date, &prec, &v.DateText, &v.CAMEO, &v.Root,
		&v.PLOVER.Type, &v.PLOVER.Mode, &mod} {
		*p = r.str()
	}
	v.DatePrecision, v.Modality = dyad.Precision(prec), dyad.Modality(mod)
	r.actor(&v.Source)
	r.actor(&v.Target)
	v.Goldstein = r.float()
	v.QuadClass, v.Quote = r.int(), r.int()
	v.Speaker = r.optActor()
	if r.ptr() {
		v.Place = &dyad.Place{}
		r.place(v.Place)
	}
	r.evidence(&v.Evidence)
}

func (r *decoder) evidence(ev *dyad.Evidence) {
	ev.Pattern, ev.File, ev.Path, ev.Comment = r.str(), r.str(), r.str(), r.str()
	ev.Words = slice[dyad.Span](r)
	for i := range ev.Words {
		w := &ev.Words[i]
		w.Role = r.str()
		w.Start, w.End = r.span()
		w.Text = r.spanStr(w.Start, w.End)
		if r.err != nil {
			return
		}
	}
}

func (r *decoder) errors() []dyad.Error {
	es := slice[dyad.Error](r)
	for i := range es {
		x := &es[i]
		x.Stage, x.Reason, x.Message = r.str(), r.str(), r.str()
		r.flags(&x.Fatal)
		if r.err != nil {
			return nil
		}
	}
	return es
}

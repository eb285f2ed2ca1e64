package store

import (
	"encoding/binary"
	"errors"
	"strings"

	"github.com/dyad-events/dyad"
)

// The sentences of a document and their tokens are stored as one compact
// binary value (doc_parts.tokens): a coded document has hundreds of
// tokens, and even one text line per token was most of what an ingest
// wrote. The layout, all integers varints (signed ones zig-zag):
//
//	version byte (blobVersion), uvarint sentence count, then per sentence:
//	  block, start - previous sentence end, end - start, uvarint token count,
//	  then per token:
//	    flags byte (see below)
//	    start - previous token end (the sentence start for the first), end - start
//	    form, unless flagFormIsText; lemma, unless flagLemmaIsForm or flagLemmaIsLower
//	    upos, xpos, feats, rel
//	    head
//
// A string is uvarint 0 followed by uvarint length and bytes the first
// time it appears in the value, else uvarint n: the n-th string the value
// introduced (1-based). Tags, features and relations repeat within a
// document, so most take one byte.

// blobVersion is the first byte of the value; it is never a digit, which
// tells it apart from the line form of the sentences table (tokens.go).
const blobVersion = 1

// Token flags.
const (
	flagSpaceAfter   = 1 << iota // Token.SpaceAfter
	flagFormIsText               // the form is the text it spans, which is not empty
	flagLemmaIsForm              // the lemma equals the form
	flagLemmaIsLower             // the lemma is the lower-cased form
)

// errBlob reports a value encodeSentences did not write.
var errBlob = errors.New("malformed sentence blob")

// blobWriter appends to a value and numbers the strings it introduced.
type blobWriter struct {
	b    []byte
	strs map[string]int
}

func (w *blobWriter) uint(v uint64) { w.b = binary.AppendUvarint(w.b, v) }
func (w *blobWriter) int(v int)     { w.b = binary.AppendVarint(w.b, int64(v)) }

func (w *blobWriter) str(s string) {
	if n, ok := w.strs[s]; ok {
		w.uint(uint64(n))
		return
	}
	w.strs[s] = len(w.strs) + 1
	w.uint(0)
	w.uint(uint64(len(s)))
	w.b = append(w.b, s...)
}

// encodeSentences writes the sentences of text, tokens included.
func encodeSentences(text string, ss []dyad.Sentence) []byte {
	w := &blobWriter{b: make([]byte, 0, 64+10*len(ss)*16), strs: map[string]int{}}
	w.b = append(w.b, blobVersion)
	w.uint(uint64(len(ss)))
	prev := 0
	for _, s := range ss {
		w.int(s.Block)
		w.int(s.Start - prev)
		w.int(s.End - s.Start)
		w.uint(uint64(len(s.Tokens)))
		end := s.Start
		for _, t := range s.Tokens {
			w.token(text, t, end)
			end = t.End
		}
		prev = s.End
	}
	return w.b
}

func (w *blobWriter) token(text string, t dyad.Token, prev int) {
	flags := tokenFlags(text, t)
	w.b = append(w.b, flags)
	w.int(t.Start - prev)
	w.int(t.End - t.Start)
	if flags&flagFormIsText == 0 {
		w.str(t.Form)
	}
	if flags&(flagLemmaIsForm|flagLemmaIsLower) == 0 {
		w.str(t.Lemma)
	}
	w.str(t.UPOS)
	w.str(t.XPOS)
	w.str(t.Feats)
	w.str(t.Rel)
	w.int(t.Head)
}

func tokenFlags(text string, t dyad.Token) byte {
	var f byte
	if t.SpaceAfter {
		f |= flagSpaceAfter
	}
	if t.Start < t.End && t.Form == slice(text, t.Start, t.End) {
		f |= flagFormIsText
	}
	switch {
	case t.Lemma == t.Form:
		f |= flagLemmaIsForm
	case t.Lemma == strings.ToLower(t.Form):
		f |= flagLemmaIsLower
	}
	return f
}

// blobReader reads what a blobWriter wrote; the first error sticks.
type blobReader struct {
	b    []byte
	strs []string
	err  error
}

func (r *blobReader) uint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *blobReader) int() int {
	v, n := binary.Varint(r.b)
	if n <= 0 || int64(int(v)) != v {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return int(v)
}

func (r *blobReader) fail() {
	if r.err == nil {
		r.err = errBlob
	}
	r.b = nil
}

func (r *blobReader) str() string {
	n := r.uint()
	switch {
	case r.err != nil:
		return ""
	case n > 0 && n <= uint64(len(r.strs)):
		return r.strs[n-1]
	case n > 0:
		r.fail()
		return ""
	}
	size := r.uint()
	if size > uint64(len(r.b)) {
		r.fail()
		return ""
	}
	s := string(r.b[:size])
	r.b = r.b[size:]
	r.strs = append(r.strs, s)
	return s
}

// count reads a count of items that take at least one byte each, so a
// corrupt count cannot make the reader allocate more than the value holds.
func (r *blobReader) count() int {
	n := r.uint()
	if n > uint64(len(r.b)) {
		r.fail()
		return 0
	}
	return int(n)
}

// decodeSentences reads what encodeSentences wrote.
func decodeSentences(text string, b []byte) ([]dyad.Sentence, error) {
	if len(b) == 0 || b[0] != blobVersion {
		return nil, errBlob
	}
	r := &blobReader{b: b[1:]}
	var out []dyad.Sentence
	prev := 0
	for n := r.count(); n > 0 && r.err == nil; n-- {
		s := dyad.Sentence{Block: r.int()}
		s.Start = prev + r.int()
		s.End = s.Start + r.int()
		s.Text = slice(text, s.Start, s.End)
		end := s.Start
		for k := r.count(); k > 0 && r.err == nil; k-- {
			t := r.token(text, end)
			s.Tokens = append(s.Tokens, t)
			end = t.End
		}
		out = append(out, s)
		prev = s.End
	}
	if r.err == nil && len(r.b) > 0 {
		r.fail()
	}
	return out, r.err
}

func (r *blobReader) token(text string, prev int) dyad.Token {
	if len(r.b) == 0 {
		r.fail()
		return dyad.Token{}
	}
	flags := r.b[0]
	r.b = r.b[1:]
	t := dyad.Token{SpaceAfter: flags&flagSpaceAfter != 0}
	t.Start = prev + r.int()
	t.End = t.Start + r.int()
	if flags&flagFormIsText != 0 {
		t.Form = slice(text, t.Start, t.End)
	} else {
		t.Form = r.str()
	}
	switch {
	case flags&flagLemmaIsForm != 0:
		t.Lemma = t.Form
	case flags&flagLemmaIsLower != 0:
		t.Lemma = strings.ToLower(t.Form)
	default:
		t.Lemma = r.str()
	}
	t.UPOS, t.XPOS, t.Feats, t.Rel = r.str(), r.str(), r.str(), r.str()
	t.Head = r.int()
	return t
}

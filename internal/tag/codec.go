package tag

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"github.com/dyad-events/dyad/internal/hugepage"
	"io"
	"math"
)

// magic starts a saved model; the last byte is the format version.
const magic = "dyad-tag\x02"

// maxCount bounds every length read from a model file, so a corrupt file
// fails instead of asking for gigabytes.
const maxCount = 1 << 26

// encoder writes the binary model format; the first error sticks.
type encoder struct {
	w   *bufio.Writer
	err error
	buf [binary.MaxVarintLen64]byte
}

func (e *encoder) write(b []byte) {
	if e.err == nil {
		_, e.err = e.w.Write(b)
	}
}

func (e *encoder) uvarint(v uint64) { e.write(binary.AppendUvarint(e.buf[:0], v)) }
func (e *encoder) u64(v uint64)     { e.write(binary.LittleEndian.AppendUint64(e.buf[:0], v)) }
func (e *encoder) f32(v float32) {
	e.write(binary.LittleEndian.AppendUint32(e.buf[:0], math.Float32bits(v)))
}
func (e *encoder) str(s string) {
	e.uvarint(uint64(len(s)))
	e.write([]byte(s))
}

// decoder reads the binary model format; the first error sticks and
// later reads return zeros.
type decoder struct {
	r   *bufio.Reader
	err error
	buf [8]byte
}

func (d *decoder) fail(format string, args ...any) {
	if d.err == nil {
		d.err = fmt.Errorf(format, args...)
	}
}

func (d *decoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	v, err := binary.ReadUvarint(d.r)
	if err != nil {
		d.err = err
	}
	return v
}

// count reads a length and checks it against limit.
func (d *decoder) count(limit int) int {
	n := d.uvarint()
	if n > uint64(limit) {
		d.fail("count %d over %d", n, limit)
		return 0
	}
	return int(n)
}

func (d *decoder) u64() uint64 {
	if d.err != nil {
		return 0
	}
	_, d.err = io.ReadFull(d.r, d.buf[:8])
	return binary.LittleEndian.Uint64(d.buf[:8])
}

func (d *decoder) f32() float32 {
	if d.err != nil {
		return 0
	}
	_, d.err = io.ReadFull(d.r, d.buf[:4])
	return math.Float32frombits(binary.LittleEndian.Uint32(d.buf[:4]))
}

func (d *decoder) str() string {
	n := d.count(1 << 20)
	if d.err != nil || n == 0 {
		return ""
	}
	b := make([]byte, n)
	_, d.err = io.ReadFull(d.r, b)
	return string(b)
}

// Save writes m in the compact binary format, gzipped.
func (m *Model) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("tag: %w", err)
	}
	e := &encoder{w: bufio.NewWriter(zw)}
	e.write([]byte(magic))
	m.encode(e)
	if e.err == nil {
		e.err = e.w.Flush()
	}
	if err := zw.Close(); e.err == nil {
		e.err = err
	}
	if e.err != nil {
		return fmt.Errorf("tag: saving model: %w", e.err)
	}
	return nil
}

// Load reads a model written by Save.
func Load(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("tag: loading model: %w", err)
	}
	return decodeStream(zr)
}

// decodeStream reads a model from its uncompressed bytes.
func decodeStream(r io.Reader) (*Model, error) {
	d := &decoder{r: bufio.NewReader(r)}
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(d.r, head); err != nil || string(head) != magic {
		return nil, errors.New("tag: loading model: not a dyad tagger model (or a newer format)")
	}
	m := decodeModel(d)
	if d.err != nil {
		return nil, fmt.Errorf("tag: loading model: %w", d.err)
	}
	return m, nil
}

func (m *Model) encode(e *encoder) {
	e.uvarint(uint64(len(m.labels.list)))
	for _, l := range m.labels.list {
		e.str(l.UPOS)
		e.str(l.XPOS)
	}
	m.lex.encode(e)
	m.w.encode(e)
	if m.w2 == nil {
		e.uvarint(0)
	} else {
		e.uvarint(1)
		m.w2.encode(e)
	}
	m.lem.encode(e)
	m.morph.encode(e)
}

func decodeModel(d *decoder) *Model {
	list := make([]Label, d.count(256))
	for i := range list {
		list[i] = Label{d.str(), d.str()}
	}
	if len(list) == 0 {
		d.fail("no labels")
	}
	m := &Model{labels: newLabelSet(list)}
	m.lex = decodeLexicon(d, len(list))
	m.w = decodeWeights(d, len(list))
	if d.count(1) == 1 {
		m.w2 = decodeWeights(d, len(list))
	}
	m.lem = decodeLemmatizer(d)
	m.morph = decodeMorph(d, len(list))
	return m
}

// Tables are saved slot by slot, each entry with its distance from the
// previous filled slot, so Load puts every key back where it was: the
// model saves again to the same bytes and needs no rehashing.

func (t *table) encode(e *encoder) {
	e.uvarint(uint64(len(t.keys)))
	e.uvarint(uint64(t.n))
	last := -1
	for i, k := range t.keys {
		if k != 0 {
			e.uvarint(uint64(i - last))
			e.u64(k)
			e.uvarint(uint64(t.vals[i]))
			last = i
		}
	}
}

// tableSize checks a saved table size against its entry count, so a
// corrupt length cannot make Load allocate gigabytes or fill a table
// (a full table would make lookups of missing keys never end).
func (d *decoder) tableSize(size, n int) bool {
	if size&(size-1) != 0 || size < 16 || size < 2*n || size > max(4096, 8*n) {
		d.fail("table size %d for %d entries", size, n)
		return false
	}
	return true
}

// slotOf reads the distance to the next filled slot and checks it.
func (d *decoder) slotOf(last, size int) int {
	i := last + d.count(size)
	if d.err == nil && (i <= last || i >= size) {
		d.fail("bad table slot %d", i)
	}
	return i
}

// decodeTable reads a table whose values must be below limit.
func decodeTable(d *decoder, limit int) *table {
	size, n := d.count(4*maxCount), d.count(maxCount)
	// Read first, allocate after: the entries read bound the memory used.
	var slots []int
	var keys []uint64
	var vals []uint32
	last := -1
	for i := 0; i < n && d.err == nil; i++ {
		last = d.slotOf(last, size)
		k, v := d.u64(), d.uvarint()
		if v >= uint64(limit) {
			d.fail("table value %d over %d", v, limit)
		}
		slots, keys, vals = append(slots, last), append(keys, fixKey(k)), append(vals, uint32(v))
	}
	if d.err != nil || !d.tableSize(size, n) {
		return newTable(0)
	}
	t := &table{keys: make([]uint64, size), vals: make([]uint32, size), mask: uint64(size - 1), n: n}
	for i, at := range slots {
		t.keys[at], t.vals[at] = keys[i], vals[i]
	}
	return t
}

func (lx *lexicon) encode(e *encoder) {
	e.uvarint(uint64(len(lx.amb)))
	for i := range lx.amb {
		e.u64(lx.amb[i])
		e.uvarint(uint64(lx.dict[i] + 1))
		e.uvarint(uint64(lx.capb[i]))
	}
	lx.index.encode(e)
}

func decodeLexicon(d *decoder, labels int) lexicon {
	n := d.count(maxCount)
	var lx lexicon
	for i := 0; i < n && d.err == nil; i++ {
		lx.amb = append(lx.amb, d.u64())
		lx.dict = append(lx.dict, int32(d.count(labels))-1)
		lx.capb = append(lx.capb, uint8(d.count(255)))
	}
	lx.index = decodeTable(d, len(lx.amb))
	return lx
}

func (w *weights) encode(e *encoder) {
	e.uvarint(uint64(len(w.slots)))
	e.uvarint(uint64(w.n))
	last := -1
	for i, s := range w.slots {
		if s.key == 0 {
			continue
		}
		e.uvarint(uint64(i - last))
		e.u64(s.key)
		e.uvarint(uint64(s.n))
		for _, p := range w.pairs[s.start : s.start+s.n] {
			e.uvarint(uint64(p.label))
			e.f32(p.value)
		}
		last = i
	}
}

func decodeWeights(d *decoder, labels int) *weights {
	size, n := d.count(4*maxCount), d.count(maxCount)
	// Read first, allocate after: the entries read bound the memory used.
	var at []int
	var slots []wslot
	var pairs []wpair
	last := -1
	for i := 0; i < n && d.err == nil; i++ {
		last = d.slotOf(last, size)
		s := wslot{key: fixKey(d.u64()), start: uint32(len(pairs)), n: uint32(d.count(labels))}
		for j := uint32(0); j < s.n && d.err == nil; j++ {
			pairs = append(pairs, wpair{label: uint8(d.count(labels - 1)), value: d.f32()})
		}
		at, slots = append(at, last), append(slots, s)
	}
	if d.err != nil || !d.tableSize(size, n) {
		return newWeights(0)
	}
	w := &weights{slots: hugepage.Slice[wslot](size), mask: uint64(size - 1), n: n, pairs: pairs}
	for i, j := range at {
		w.slots[j] = slots[i]
	}
	return w
}

func (l *lemmatizer) encode(e *encoder) {
	e.uvarint(uint64(len(l.edits)))
	for _, ed := range l.edits {
		e.uvarint(uint64(ed.cas))
		e.uvarint(uint64(ed.strip))
		e.str(ed.add)
	}
	l.words.encode(e)
	l.suffix.encode(e)
	l.known.encode(e)
}

func decodeLemmatizer(d *decoder) *lemmatizer {
	l := &lemmatizer{}
	for n, i := d.count(maxCount), 0; i < n && d.err == nil; i++ {
		l.edits = append(l.edits, edit{cas: uint8(d.count(caseTitle)), strip: d.count(1 << 20), add: d.str()})
	}
	if len(l.edits) == 0 {
		d.fail("no lemma edits")
	}
	l.words = decodeTable(d, len(l.edits))
	l.suffix = decodeTable(d, len(l.edits))
	l.known = decodeTable(d, 1)
	return l
}

func (m *morph) encode(e *encoder) {
	e.uvarint(uint64(len(m.feats)))
	for _, f := range m.feats {
		e.str(f)
	}
	for _, f := range m.byLabel {
		e.uvarint(uint64(f))
	}
	m.byWord.encode(e)
}

func decodeMorph(d *decoder, labels int) *morph {
	m := &morph{byLabel: make([]uint32, labels)}
	for n, i := d.count(maxCount), 0; i < n && d.err == nil; i++ {
		m.feats = append(m.feats, d.str())
	}
	if len(m.feats) == 0 {
		d.fail("no FEATS values")
	}
	for i := range m.byLabel {
		m.byLabel[i] = uint32(d.count(max(len(m.feats)-1, 0)))
	}
	m.byWord = decodeTable(d, len(m.feats))
	return m
}

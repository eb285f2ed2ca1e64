package tag

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// magic starts a saved model; the last byte is the format version.
const magic = "dyad-tag\x01"

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
	var b [8]byte
	if d.err == nil {
		_, d.err = io.ReadFull(d.r, b[:])
	}
	return binary.LittleEndian.Uint64(b[:])
}

func (d *decoder) f32() float32 {
	var b [4]byte
	if d.err == nil {
		_, d.err = io.ReadFull(d.r, b[:])
	}
	return math.Float32frombits(binary.LittleEndian.Uint32(b[:]))
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
	d := &decoder{r: bufio.NewReader(zr)}
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
	m.lem = decodeLemmatizer(d)
	m.morph = decodeMorph(d, len(list))
	return m
}

// entries visits the filled slots of t in slot order, which is the same
// for the same keys inserted in the same order.
func (t *table) entries(yield func(k uint64, v uint32)) {
	for i, k := range t.keys {
		if k != 0 {
			yield(k, t.vals[i])
		}
	}
}

func (t *table) encode(e *encoder) {
	e.uvarint(uint64(len(t.keys)))
	e.uvarint(uint64(t.n))
	t.entries(func(k uint64, v uint32) { e.u64(k); e.uvarint(uint64(v)) })
}

// decodeTable reads a table whose values must be below limit.
func decodeTable(d *decoder, limit int) *table {
	size := d.count(4 * maxCount)
	n := d.count(size / 2)
	if size&(size-1) != 0 || size < 16 {
		d.fail("table size %d", size)
		return newTable(0)
	}
	// The same size gives the same slots, so saving again gives the same bytes.
	t := &table{keys: make([]uint64, size), vals: make([]uint32, size), mask: uint64(size - 1)}
	for range n {
		k, v := d.u64(), d.uvarint()
		if v >= uint64(limit) {
			d.fail("table value %d over %d", v, limit)
		}
		if d.err != nil {
			return t
		}
		t.put(k, uint32(v))
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
	lx := lexicon{amb: make([]uint64, n), dict: make([]int32, n), capb: make([]uint8, n)}
	for i := range n {
		lx.amb[i] = d.u64()
		lx.dict[i] = int32(d.count(labels)) - 1
		lx.capb[i] = uint8(d.count(255))
	}
	lx.index = decodeTable(d, n)
	return lx
}

func (w *weights) encode(e *encoder) {
	e.uvarint(uint64(len(w.label)))
	for i := range w.label {
		e.uvarint(uint64(w.label[i]))
		e.f32(w.value[i])
	}
	e.uvarint(uint64(len(w.start)))
	for i := 1; i < len(w.start); i++ {
		e.uvarint(uint64(w.start[i] - w.start[i-1]))
	}
	w.index.encode(e)
}

func decodeWeights(d *decoder, labels int) *weights {
	n := d.count(maxCount)
	w := &weights{label: make([]uint8, n), value: make([]float32, n)}
	for i := range n {
		w.label[i] = uint8(d.count(255))
		if int(w.label[i]) >= labels {
			d.fail("weight for label %d of %d", w.label[i], labels)
		}
		w.value[i] = d.f32()
	}
	w.start = make([]uint32, d.count(maxCount))
	for i := 1; i < len(w.start); i++ {
		w.start[i] = w.start[i-1] + uint32(d.count(256))
	}
	if len(w.start) == 0 || int(w.start[len(w.start)-1]) != n {
		d.fail("weight runs do not add up")
		w.start = []uint32{0}
	}
	w.index = decodeTable(d, len(w.start)-1)
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
}

func decodeLemmatizer(d *decoder) *lemmatizer {
	l := &lemmatizer{edits: make([]edit, d.count(maxCount))}
	for i := range l.edits {
		l.edits[i] = edit{cas: uint8(d.count(caseTitle)), strip: d.count(1 << 20), add: d.str()}
	}
	if len(l.edits) == 0 {
		d.fail("no lemma edits")
	}
	l.words = decodeTable(d, len(l.edits))
	l.suffix = decodeTable(d, len(l.edits))
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
	m := &morph{feats: make([]string, d.count(maxCount)), byLabel: make([]uint32, labels)}
	for i := range m.feats {
		m.feats[i] = d.str()
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

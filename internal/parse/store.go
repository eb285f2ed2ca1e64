package parse

import (
	"bufio"
	"compress/gzip"
	"embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"
)

// magic opens every model file; the number is the format version.
const magic = "dyad-parse 1\n"

// Limits that keep a corrupt file from asking for absurd allocations.
const (
	maxBits   = 24
	maxLabels = 254
	maxString = 64
)

//go:embed data
var dataFS embed.FS

// DefaultPath is where Default reads its model inside the embedded data.
const DefaultPath = "data/parser.gz"

var defaultModel = sync.OnceValues(func() (*Model, error) {
	f, err := dataFS.Open(DefaultPath)
	if err != nil {
		return nil, fmt.Errorf("parse: no built-in model (run 'dyad train parser'): %w", err)
	}
	defer f.Close()
	return Load(f)
})

// Default returns the built-in model trained on UD English EWT, loading it
// on first use.
func Default() (*Model, error) { return defaultModel() }

// LoadFile reads a model written by Save.
func LoadFile(path string) (*Model, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("parse: %w", err)
	}
	defer f.Close()
	return Load(f)
}

// Save writes m gzipped.
func (m *Model) Save(w io.Writer) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("parse: %w", err)
	}
	bw := bufio.NewWriter(zw)
	bw.WriteString(magic)
	putUvarint(bw, uint64(len(m.labels)-1))
	for _, l := range m.labels[1:] {
		putUvarint(bw, uint64(len(l)))
		bw.WriteString(l)
	}
	mv, ok1 := m.move.(*quad)
	lb, ok2 := m.label.(*packed)
	if !ok1 || !ok2 {
		return errors.New("parse: only a trained model can be saved")
	}
	mv.sparse().write(bw)
	lb.sparse().write(bw)
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("parse: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("parse: %w", err)
	}
	return nil
}

func putUvarint(w *bufio.Writer, v uint64) {
	var b [binary.MaxVarintLen64]byte
	w.Write(b[:binary.PutUvarint(b[:], v)])
}

// write stores the table as: classes, bucket bits, entry count, one byte
// per bucket counting its entries, the classes, then the weights. Counts and
// classes are mostly small and repetitive, which gzip compresses well.
func (s *sparse) write(w *bufio.Writer) {
	bits := 0
	for uint64(1)<<bits <= s.mask {
		bits++
	}
	putUvarint(w, uint64(s.k))
	putUvarint(w, uint64(bits))
	putUvarint(w, uint64(len(s.ent)))
	for b := 0; b+1 < len(s.off); b++ {
		w.WriteByte(byte(s.off[b+1] - s.off[b]))
	}
	for _, e := range s.ent {
		w.WriteByte(byte(e >> 16))
	}
	buf := make([]byte, 2*len(s.ent))
	for i, e := range s.ent {
		binary.LittleEndian.PutUint16(buf[2*i:], uint16(e))
	}
	w.Write(buf)
}

// Load reads a model written by Save.
func Load(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("parse: %w", err)
	}
	m, err := readModel(bufio.NewReader(zr))
	if err != nil {
		return nil, fmt.Errorf("parse: reading model: %w", err)
	}
	return m, nil
}

func readModel(r *bufio.Reader) (*Model, error) {
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(r, head); err != nil || string(head) != magic {
		return nil, errors.New("not a dyad parser model")
	}
	n, err := readCount(r, maxLabels)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return nil, errors.New("model has no labels")
	}
	m := &Model{labels: make([]string, n+1)}
	for i := 1; i <= n; i++ {
		if m.labels[i], err = readString(r); err != nil {
			return nil, err
		}
	}
	mv, err := readSparse(r, nMoves)
	if err != nil {
		return nil, err
	}
	m.move = newQuad(mv)
	lb, err := readSparse(r, n+1)
	if err != nil {
		return nil, err
	}
	m.label = newPacked(lb)
	return m, nil
}

func readCount(r *bufio.Reader, limit uint64) (int, error) {
	v, err := binary.ReadUvarint(r)
	if err != nil {
		return 0, err
	}
	if v > limit {
		return 0, fmt.Errorf("count %d over limit %d", v, limit)
	}
	return int(v), nil
}

func readString(r *bufio.Reader) (string, error) {
	n, err := readCount(r, maxString)
	if err != nil {
		return "", err
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(r, b); err != nil {
		return "", err
	}
	return string(b), nil
}

// readSparse reads a table with k classes, checking every offset and class
// so that scoring can index without bounds surprises.
func readSparse(r *bufio.Reader, k int) (*sparse, error) {
	kk, err := readCount(r, maxLabels+1)
	if err != nil || kk != k {
		return nil, fmt.Errorf("table has %d classes, want %d (%v)", kk, k, err)
	}
	bits, err := readCount(r, maxBits)
	if err != nil {
		return nil, err
	}
	total, err := readCount(r, (uint64(1)<<bits)*uint64(k))
	if err != nil {
		return nil, err
	}
	counts, err := readBytes(r, 1<<bits)
	if err != nil {
		return nil, err
	}
	s := &sparse{k: k, mask: 1<<bits - 1, off: make([]uint32, len(counts)+1)}
	for b, c := range counts {
		if int(c) > k {
			return nil, fmt.Errorf("bucket with %d entries", c)
		}
		s.off[b+1] = s.off[b] + uint32(c)
	}
	if int(s.off[len(s.off)-1]) != total {
		return nil, errors.New("bucket counts do not add up")
	}
	return s, s.readEntries(r, total)
}

func (s *sparse) readEntries(r *bufio.Reader, total int) error {
	cls, err := readBytes(r, total)
	if err != nil {
		return err
	}
	buf, err := readBytes(r, 2*total)
	if err != nil {
		return err
	}
	s.ent = make([]uint32, total)
	for i, c := range cls {
		if int(c) >= s.k {
			return fmt.Errorf("class %d out of range", c)
		}
		s.ent[i] = entry(int(c), int16(binary.LittleEndian.Uint16(buf[2*i:])))
	}
	return nil
}

// readBytes reads n bytes in chunks, so memory follows the data actually
// present rather than a length a corrupt header claims.
func readBytes(r io.Reader, n int) ([]byte, error) {
	const chunk = 1 << 20
	var b []byte
	for len(b) < n {
		k := min(chunk, n-len(b))
		b = append(b, make([]byte, k)...)
		if _, err := io.ReadFull(r, b[len(b)-k:]); err != nil {
			return nil, err
		}
	}
	return b, nil
}

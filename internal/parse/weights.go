package parse

import (
	"math"

	"github.com/dyad-events/dyad/internal/hugepage"
)

// scorer adds the weights of a feature list to one score per class.
type scorer interface {
	score(fs []uint64, out []float32)
	classes() int
}

// dense is the training form of a weight table: a row of k integer weights
// per hash bucket, plus the sums needed to average them (the perceptron
// averaging trick: avg = w - u/c, with u accumulating c*delta).
type dense struct {
	k    int
	mask uint64
	w    []int32
	u    []int64
}

func newDense(bits, k int) *dense {
	n := (1 << bits) * k
	return &dense{k: k, mask: 1<<bits - 1, w: make([]int32, n), u: make([]int64, n)}
}

func (d *dense) classes() int { return d.k }

func (d *dense) score(fs []uint64, out []float32) {
	clear(out[:d.k])
	for _, f := range fs {
		row := d.w[int(f&d.mask)*d.k:][:d.k]
		for j, v := range row {
			out[j] += float32(v)
		}
	}
}

// update adds delta to class c of every feature, at training step step.
func (d *dense) update(fs []uint64, c int, delta int32, step int64) {
	for _, f := range fs {
		i := int(f&d.mask)*d.k + c
		d.w[i] += delta
		d.u[i] += step * int64(delta)
	}
}

// average returns the averaged weights after step steps as a sparse table,
// quantized to int16. Weights that round to zero are dropped.
func (d *dense) average(step int64) *sparse {
	avg := func(i int) float64 {
		return float64(d.w[i]) - float64(d.u[i])/float64(step)
	}
	maxAbs := 0.0
	for i := range d.w {
		maxAbs = math.Max(maxAbs, math.Abs(avg(i)))
	}
	scale := 32767 / math.Max(maxAbs, 1e-9)
	rows := len(d.w) / d.k
	s := &sparse{k: d.k, mask: d.mask, off: make([]uint32, rows+1)}
	for r := range rows {
		for j := range d.k {
			if q := math.Round(avg(r*d.k+j) * scale); q != 0 {
				s.ent = append(s.ent, entry(j, int16(q)))
			}
		}
		s.off[r+1] = uint32(len(s.ent))
	}
	return s
}

// sparse is the stored form of a weight table and the runtime form of the
// label table: for each hash bucket, the classes with a non-zero weight.
// Most features are seen with few classes, so this is several times smaller
// than a dense table. Weights are quantized to int16; only their order
// matters, since the parser takes the highest score.
type sparse struct {
	k    int
	mask uint64
	off  []uint32 // bucket b's entries are ent[off[b]:off[b+1]]
	ent  []uint32 // class<<16 | uint16(weight), one load per entry
}

func entry(c int, w int16) uint32 { return uint32(c)<<16 | uint32(uint16(w)) }

func (s *sparse) classes() int { return s.k }

func (s *sparse) score(fs []uint64, out []float32) {
	clear(out[:s.k])
	for _, f := range fs {
		b := f & s.mask
		for _, e := range s.ent[s.off[b]:s.off[b+1]] {
			out[e>>16] += float32(int16(e))
		}
	}
}

// quad is the runtime form of the transition table: a dense row of four
// int16 weights per bucket (three moves and padding), so each feature costs
// one cache line.
type quad struct {
	mask uint64
	w    []int16
}

func newQuad(s *sparse) *quad {
	q := &quad{mask: s.mask, w: hugepage.Slice[int16](4 * (len(s.off) - 1))}
	for b := 0; b+1 < len(s.off); b++ {
		for _, e := range s.ent[s.off[b]:s.off[b+1]] {
			q.w[4*b+int(e>>16)] = int16(e)
		}
	}
	return q
}

func (q *quad) classes() int { return nMoves }

func (q *quad) score(fs []uint64, out []float32) {
	// Load every row once before summing, as packed.touch does: the
	// independent loads overlap their cache misses. x only keeps them
	// from being optimized away; out[0] is overwritten below.
	var x int16
	for _, f := range fs {
		x += q.w[4*(f&q.mask)]
	}
	out[0] = float32(x)
	var a, b, c int32
	for _, f := range fs {
		r := q.w[4*(f&q.mask):][:4]
		a += int32(r[0])
		b += int32(r[1])
		c += int32(r[2])
	}
	out[0], out[1], out[2] = float32(a), float32(b), float32(c)
}

// sparse returns q in its stored form.
func (q *quad) sparse() *sparse {
	s := &sparse{k: nMoves, mask: q.mask, off: make([]uint32, len(q.w)/4+1)}
	for b := range len(q.w) / 4 {
		for c := range nMoves {
			if v := q.w[4*b+c]; v != 0 {
				s.ent = append(s.ent, entry(c, v))
			}
		}
		s.off[b+1] = uint32(len(s.ent))
	}
	return s
}

// prune drops the entries whose weight is below min in magnitude: rare
// features' tiny weights, which cost memory and time and barely change
// a decision.
func (s *sparse) prune(min int16) {
	ent := s.ent[:0]
	start := uint32(0)
	for b := 0; b+1 < len(s.off); b++ {
		for _, e := range s.ent[start:s.off[b+1]] {
			if w := int16(e); w >= min || w <= -min {
				ent = append(ent, e)
			}
		}
		start = s.off[b+1]
		s.off[b+1] = uint32(len(ent))
	}
	s.ent = ent
}

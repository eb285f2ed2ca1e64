package parse

import "math"

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
				s.cls = append(s.cls, uint8(j))
				s.w = append(s.w, int16(q))
			}
		}
		s.off[r+1] = uint32(len(s.w))
	}
	return s
}

// sparse is the stored and runtime form of a weight table: for each hash
// bucket, the classes with a non-zero weight. Most features are seen with
// few classes, so this is several times smaller than a dense table and
// scoring touches little memory. Weights are quantized to int16; only their
// order matters, since the parser takes the highest score.
type sparse struct {
	k    int
	mask uint64
	off  []uint32 // bucket b's entries are off[b]:off[b+1]
	cls  []uint8
	w    []int16
}

func (s *sparse) classes() int { return s.k }

func (s *sparse) score(fs []uint64, out []float32) {
	clear(out[:s.k])
	for _, f := range fs {
		b := f & s.mask
		lo, hi := s.off[b], s.off[b+1]
		cls, w := s.cls[lo:hi], s.w[lo:hi]
		for i, c := range cls {
			out[c] += float32(w[i])
		}
	}
}

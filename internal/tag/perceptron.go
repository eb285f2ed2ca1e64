package tag

import (
	"slices"
)

// perceptron is the averaged perceptron while it learns. Weights change
// by whole steps, so they are integers; the running totals behind the
// average are updated lazily, only when a weight changes.
type perceptron struct {
	index map[uint64]int32
	feats [][]pweight
	step  int32 // examples seen, the clock of the lazy totals
}

type pweight struct {
	label uint8
	w     int32
	total int64 // sum of w over the steps before ts
	ts    int32 // step at which total was last brought up to date
}

func newPerceptron() *perceptron {
	return &perceptron{index: map[uint64]int32{}}
}

// score adds the current (not averaged) weights of fs to scores.
func (p *perceptron) score(fs []uint64, scores []float32) {
	for _, f := range fs {
		if n, ok := p.index[f]; ok {
			for _, e := range p.feats[n] {
				scores[e.label] += float32(e.w)
			}
		}
	}
}

// update moves the weights of fs towards gold and away from guess; it
// counts one example either way.
func (p *perceptron) update(fs []uint64, gold, guess int) {
	p.step++
	if gold == guess {
		return
	}
	for _, f := range fs {
		n, ok := p.index[f]
		if !ok {
			n = int32(len(p.feats))
			p.index[f] = n
			p.feats = append(p.feats, nil)
		}
		p.bump(n, gold, 1)
		p.bump(n, guess, -1)
	}
}

func (p *perceptron) bump(n int32, label, d int) {
	es := p.feats[n]
	i := slices.IndexFunc(es, func(e pweight) bool { return int(e.label) == label })
	if i < 0 {
		es = append(es, pweight{label: uint8(label), ts: p.step})
		i = len(es) - 1
		p.feats[n] = es
	}
	e := &es[i]
	e.total += int64(e.w) * int64(p.step-e.ts)
	e.ts = p.step
	e.w += int32(d)
}

// average returns the averaged weights, dropping those smaller than min
// in absolute value. Features are laid out in hash order so the same
// training gives the same bytes.
func (p *perceptron) average(min float64) *weights {
	keys := make([]uint64, 0, len(p.index))
	for k := range p.index {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	w := newWeights(len(keys))
	var run []wpair
	for _, k := range keys {
		es := slices.Clone(p.feats[p.index[k]])
		slices.SortFunc(es, func(a, b pweight) int { return int(a.label) - int(b.label) })
		run = run[:0]
		for _, e := range es {
			avg := float64(e.total+int64(e.w)*int64(p.step-e.ts)) / float64(p.step)
			if avg >= min || avg <= -min {
				run = append(run, wpair{label: e.label, value: float32(avg)})
			}
		}
		if len(run) > 0 {
			w.add(k, run)
		}
	}
	return w
}

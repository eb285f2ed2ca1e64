package tag

import "github.com/dyad-events/dyad/internal/hugepage"

// weights is the averaged perceptron as used for tagging: each feature
// hash leads to a run of (label, weight) pairs, so scoring a word touches
// only the labels its features ever voted for. The hash table holds the
// run's place beside the key, so looking a feature up costs one cache
// miss for the slot and one for the run.
type weights struct {
	slots []wslot // open addressing; key 0 marks an empty slot
	mask  uint64
	n     int     // filled slots
	pairs []wpair // the runs, one after another
}

type wslot struct {
	key   uint64
	start uint32 // first pair of the run
	n     uint32 // length of the run
}

type wpair struct {
	value float32
	label uint8
}

func newWeights(features int) *weights {
	size := 16
	for size < 2*features {
		size <<= 1
	}
	return &weights{slots: hugepage.Slice[wslot](size), mask: uint64(size - 1)}
}

func (w *weights) slot(k uint64) uint64 {
	k ^= k >> 31
	k *= 0x7fb5d329728ea185
	return (k ^ k>>27) & w.mask
}

// add appends the run of feature k; the table must have room, which
// newWeights's sizing guarantees for the number of features given.
func (w *weights) add(k uint64, run []wpair) {
	k = fixKey(k)
	i := w.slot(k)
	for w.slots[i].key != 0 {
		i = (i + 1) & w.mask
	}
	w.slots[i] = wslot{key: k, start: uint32(len(w.pairs)), n: uint32(len(run))}
	w.pairs = append(w.pairs, run...)
	w.n++
}

// score adds the weights of fs to scores.
func (w *weights) score(fs []uint64, scores []float32) {
	for len(fs) > chunk {
		w.scoreChunk(fs[:chunk], scores)
		fs = fs[chunk:]
	}
	w.scoreChunk(fs, scores)
}

// chunk is how many features scoreChunk takes at a time.
const chunk = 64

// scoreChunk scores up to chunk features in three loops, so that cache
// misses overlap instead of queueing: first it loads the home slot of
// every feature (independent loads), then it finds each feature's slot and
// loads the first pair of its run (again independent of one another), and
// only then sums the runs, now in cache. x keeps the first loads from
// being optimized away.
func (w *weights) scoreChunk(fs []uint64, scores []float32) {
	var x uint32
	for _, f := range fs {
		x |= w.slots[w.slot(fixKey(f))].n
	}
	var found [chunk]uint32 // slot index + 1, or 0 when the feature has no weights
	for k, f := range fs {
		f = fixKey(f)
		i := w.slot(f)
		for w.slots[i].key != f {
			if w.slots[i].key == 0 {
				goto next
			}
			i = (i + 1) & w.mask
		}
		found[k] = uint32(i) + 1
		if sl := w.slots[i]; sl.n > 0 {
			x |= uint32(w.pairs[sl.start].label)
		}
	next:
	}
	scores[0] += float32(x >> 31) // 0: counts and labels are below 2^31
	for _, i := range found[:len(fs)] {
		if i == 0 {
			continue
		}
		sl := w.slots[i-1]
		for _, p := range w.pairs[sl.start : sl.start+sl.n] {
			scores[p.label] += p.value
		}
	}
}

// features returns how many features have weights.
func (w *weights) features() int { return w.n }

// best returns the index of the highest score, the lowest index on ties.
func best(scores []float32) int {
	b := 0
	for i, s := range scores {
		if s > scores[b] {
			b = i
		}
	}
	return b
}

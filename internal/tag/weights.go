package tag

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
	return &weights{slots: make([]wslot, size), mask: uint64(size - 1)}
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
	for _, f := range fs {
		f = fixKey(f)
		i := w.slot(f)
		for w.slots[i].key != f {
			if w.slots[i].key == 0 {
				goto next
			}
			i = (i + 1) & w.mask
		}
		for _, p := range w.pairs[w.slots[i].start : w.slots[i].start+w.slots[i].n] {
			scores[p.label] += p.value
		}
	next:
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

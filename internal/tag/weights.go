package tag

// weights is the averaged perceptron as used for tagging: each feature
// hash leads to a run of (label, weight) pairs, so scoring a word touches
// only the labels its features ever voted for.
type weights struct {
	index *table    // feature hash -> feature number
	start []uint32  // feature n's pairs are [start[n], start[n+1])
	label []uint8   // label of each pair
	value []float32 // weight of each pair
}

// score adds the weights of fs to scores.
func (w *weights) score(fs []uint64, scores []float32) {
	for _, f := range fs {
		n, ok := w.index.get(f)
		if !ok {
			continue
		}
		for j := w.start[n]; j < w.start[n+1]; j++ {
			scores[w.label[j]] += w.value[j]
		}
	}
}

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

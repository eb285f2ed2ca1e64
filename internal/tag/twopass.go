package tag

import (
	"fmt"
	"math/rand/v2"

	"github.com/dyad-events/dyad/internal/conllu"
)

// trainWeights trains a perceptron for up to cfg.Epochs passes over gold
// (a second pass when first is not nil) and returns the averaged weights
// of the pass that tagged dev best, with that pass's number. set installs
// candidate weights in m so that dev can be scored.
func (m *Model) trainWeights(gold []goldSent, first [][]int, dev []conllu.Sentence, cfg TrainConfig, rng *rand.Rand, set func(*weights)) (*weights, int) {
	p := newPerceptron()
	order := make([]int, len(gold))
	for i := range order {
		order[i] = i
	}
	name := "first"
	if first != nil {
		name = "second"
	}
	bestAcc, bestEpoch := -1.0, 0
	var bestW *weights
	for epoch := 1; epoch <= cfg.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		trainAcc := m.pass(p, gold, order, first)
		w := p.average(cfg.MinWeight)
		set(w)
		acc := trainAcc
		if len(dev) > 0 {
			acc = m.Evaluate(dev).XPOS
		}
		fmt.Fprintf(cfg.Log, "tag: %s pass, epoch %d: train %.4f, dev XPOS %.4f, %d features\n", name, epoch, trainAcc, acc, w.features())
		if len(dev) == 0 || acc > bestAcc {
			bestAcc, bestEpoch, bestW = acc, epoch, w
		}
	}
	set(bestW)
	return bestW, bestEpoch
}

// jackknife labels each training sentence with a first pass trained on
// the other half of the data for the given number of epochs, so the
// second pass learns from first-pass labels as wrong as on new text.
func (m *Model) jackknife(gold []goldSent, epochs int, cfg TrainConfig) [][]int {
	first := make([][]int, len(gold))
	s := &scratch{scores: make([]float32, len(m.labels.list))}
	for fold := range 2 {
		var in, out []int
		for i := range gold {
			if i%2 == fold {
				out = append(out, i)
			} else {
				in = append(in, i)
			}
		}
		rng := rand.New(rand.NewPCG(cfg.Seed, uint64(fold)+0x6a6b))
		p := newPerceptron()
		for range epochs {
			rng.Shuffle(len(in), func(i, j int) { in[i], in[j] = in[j], in[i] })
			m.pass(p, gold, in, nil)
		}
		w := p.average(cfg.MinWeight)
		for _, n := range out {
			first[n] = decode(w, gold[n].window, nil, s, nil)
		}
		fmt.Fprintf(cfg.Log, "tag: jackknife half %d labelled\n", fold+1)
	}
	return first
}

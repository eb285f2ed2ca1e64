package parse

import (
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"

	"github.com/dyad-events/dyad"
)

// Config controls training. The zero value of a field means its default.
type Config struct {
	Epochs    int     // passes over the training set (default 12)
	MoveBits  int     // log2 of the transition table's buckets (default 20)
	LabelBits int     // log2 of the label table's buckets (default 19)
	Explore   float64 // chance of following the model's own move from epoch 2 (default 0.9)
	Seed      uint64  // shuffling and exploration seed (default 1)
	// Log receives one line per epoch when not nil.
	Log io.Writer
}

func (c Config) withDefaults() Config {
	def := func(v *int, d int) {
		if *v == 0 {
			*v = d
		}
	}
	def(&c.Epochs, 12)
	def(&c.MoveBits, 20)
	def(&c.LabelBits, 19)
	if c.Explore == 0 {
		c.Explore = 0.9
	}
	if c.Seed == 0 {
		c.Seed = 1
	}
	return c
}

// trainer is the state of one training run.
type trainer struct {
	cfg       Config
	labels    []string
	labelID   map[string]int
	move, lab *dense
	moveStep  int64
	labStep   int64
	rng       *rand.Rand
	wk        *worker
	gold      []int32 // gold head of each node of the current sentence
	goldLab   []int32 // gold label of each node
	costs     [nMoves]int
}

// Train learns a model from gold-annotated sentences (Form, UPOS, XPOS,
// Head and Rel set). After each epoch it scores dev, when given, and keeps
// the best epoch's model. Training is deterministic for a given Config.
func Train(train, dev [][]dyad.Token, cfg Config) (*Model, error) {
	if len(train) == 0 {
		return nil, errors.New("parse: no training sentences")
	}
	cfg = cfg.withDefaults()
	t := &trainer{cfg: cfg, rng: rand.New(rand.NewPCG(cfg.Seed, 0x706172736572))}
	t.collectLabels(train)
	if len(t.labels) < 2 || len(t.labels) > maxLabels+1 {
		return nil, fmt.Errorf("parse: training data has %d relation labels, want 1 to %d", len(t.labels)-1, maxLabels)
	}
	t.move = newDense(cfg.MoveBits, nMoves)
	t.lab = newDense(cfg.LabelBits, len(t.labels))
	t.wk = newWorker(len(t.labels))
	order := make([]int, len(train))
	for i := range order {
		order[i] = i
	}
	var best *Model
	bestLAS := -1.0
	for epoch := range cfg.Epochs {
		t.rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			t.sentence(train[i], epoch)
		}
		m := t.model()
		if len(dev) == 0 {
			best = m
			continue
		}
		sc := Evaluate(m, dev)
		if cfg.Log != nil {
			fmt.Fprintf(cfg.Log, "parse: epoch %d: dev %s\n", epoch+1, sc)
		}
		if sc.LAS > bestLAS {
			best, bestLAS = m, sc.LAS
		}
	}
	return best, nil
}

// collectLabels gathers the label set, sorted so ids are deterministic.
func (t *trainer) collectLabels(train [][]dyad.Token) {
	seen := map[string]bool{}
	for _, s := range train {
		for _, tk := range s {
			seen[tk.Rel] = true
		}
	}
	delete(seen, "")
	t.labels = []string{""}
	for l := range seen {
		t.labels = append(t.labels, l)
	}
	slices.Sort(t.labels[1:])
	t.labelID = map[string]int{}
	for i, l := range t.labels {
		t.labelID[l] = i
	}
}

func (t *trainer) model() *Model {
	return &Model{labels: t.labels, move: newQuad(t.move.average(max(t.moveStep, 1))), label: newPacked(t.lab.average(max(t.labStep, 1)))}
}

// sentence trains on one sentence with the dynamic oracle: the model is
// updated whenever its best move loses more gold arcs than the best
// alternative, and from the second epoch on it mostly follows its own
// prediction, so it sees (and learns from) states reached by mistakes.
func (t *trainer) sentence(toks []dyad.Token, epoch int) {
	if len(toks) == 0 || !t.loadGold(toks) {
		return
	}
	wk := t.wk
	wk.st.reset(len(toks))
	wk.x.reset(toks)
	for !wk.st.terminal() {
		pred, gold := t.moves()
		mv := gold
		if epoch > 0 && t.rng.Float64() < t.cfg.Explore {
			mv = pred
		}
		wk.st.apply(mv, t.label(mv))
	}
}

// loadGold fills the gold arrays; it rejects sentences without a tree.
func (t *trainer) loadGold(toks []dyad.Token) bool {
	t.gold = fill(t.gold, len(toks)+1, 0)
	t.goldLab = fill(t.goldLab, len(toks)+1, 0)
	for i, tk := range toks {
		if tk.Head < 0 || tk.Head > len(toks) {
			return false
		}
		t.gold[i+1], t.goldLab[i+1] = int32(tk.Head), int32(t.labelID[tk.Rel])
	}
	return true
}

// moves returns the predicted move and the best-scoring least-cost move,
// updating the transition weights when they differ in cost.
func (t *trainer) moves() (pred, gold int) {
	wk := t.wk
	moveFeatures(&wk.st, &wk.x, &wk.f)
	t.move.score(wk.f.h, wk.scores)
	minCost := 1 << 30
	for mv := range nMoves {
		t.costs[mv] = 1 << 30
		if wk.st.legal(mv) {
			t.costs[mv] = wk.st.cost(mv, t.gold)
			minCost = min(minCost, t.costs[mv])
		}
	}
	pred, gold = -1, -1
	for mv := range nMoves {
		if t.costs[mv] == 1<<30 {
			continue
		}
		if pred < 0 || wk.scores[mv] > wk.scores[pred] {
			pred = mv
		}
		if t.costs[mv] == minCost && (gold < 0 || wk.scores[mv] > wk.scores[gold]) {
			gold = mv
		}
	}
	t.moveStep++
	if t.costs[pred] > minCost {
		t.move.update(wk.f.h, gold, 1, t.moveStep)
		t.move.update(wk.f.h, pred, -1, t.moveStep)
	}
	return pred, gold
}

// label chooses the label of the arc move mv makes. Only arcs that are in
// the gold tree train the label table; they keep their gold label.
func (t *trainer) label(mv int) int {
	if mv == shift {
		return 0
	}
	wk := t.wk
	h, d := wk.st.arc(mv)
	labelFeatures(&wk.st, &wk.x, &wk.f, h, d)
	pred := wk.argmaxLabel(t.lab)
	if int(t.gold[d]) != h {
		return pred
	}
	t.labStep++
	g := int(t.goldLab[d])
	if pred != g {
		t.lab.update(wk.f.h, g, 1, t.labStep)
		t.lab.update(wk.f.h, pred, -1, t.labStep)
	}
	return g
}

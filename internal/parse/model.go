package parse

import (
	"github.com/dyad-events/dyad"
)

// Model is a trained parser: the transition and label weight tables and the
// label names. It is safe for concurrent use.
type Model struct {
	labels []string // labels[0] is "" (no label)
	move   scorer
	label  scorer
}

// Labels returns the dependency relations the model can assign.
func (m *Model) Labels() []string { return append([]string(nil), m.labels[1:]...) }

// worker holds the scratch space of one parse so that parsing a sentence
// allocates nothing once the buffers have grown.
type worker struct {
	st     state
	x      words
	f      feats
	scores []float32
}

// newWorker sizes the scores for any class byte, which packed.score
// relies on; nLabels is at most maxLabels+1.
func newWorker(nLabels int) *worker {
	return &worker{scores: make([]float32, max(nMoves, nLabels, 256))}
}

// Parse fills Head and Rel of every token of a tagged sentence (UPOS and
// XPOS set). It is Parser.Process for one sentence.
func (m *Model) Parse(toks []dyad.Token) {
	newWorker(len(m.labels)).parse(m, toks)
}

func (wk *worker) parse(m *Model, toks []dyad.Token) {
	if len(toks) == 0 {
		return
	}
	wk.st.reset(len(toks))
	wk.x.reset(toks)
	for !wk.st.terminal() {
		mv := wk.bestMove(m.move)
		wk.st.apply(mv, wk.bestLabel(m.label, mv))
	}
	for i := range toks {
		toks[i].Head = int(wk.st.head[i+1])
		toks[i].Rel = m.labels[wk.st.label[i+1]]
	}
}

// bestMove scores the current state and returns the best legal move.
func (wk *worker) bestMove(sc scorer) int {
	if mv, ok := wk.st.forced(); ok {
		return mv // nothing to choose: skip the features and the scoring
	}
	moveFeatures(&wk.st, &wk.x, &wk.f)
	sc.score(wk.f.h, wk.scores)
	best := -1
	for mv := range nMoves {
		if wk.st.legal(mv) && (best < 0 || wk.scores[mv] > wk.scores[best]) {
			best = mv
		}
	}
	return best
}

// forced returns the only legal move, if there is only one: a shift while
// the stack holds just the root, a right arc once the buffer is empty.
func (s *state) forced() (int, bool) {
	n, mv := 0, 0
	for m := range nMoves {
		if s.legal(m) {
			n, mv = n+1, m
		}
	}
	return mv, n == 1
}

// arc returns the head and dependent of the arc that move mv makes.
func (s *state) arc(mv int) (h, d int) {
	if mv == left {
		return s.b, s.stackAt(0)
	}
	return s.stackAt(1), s.stackAt(0)
}

// bestLabel returns the best label for the arc move mv makes, 0 for shift.
func (wk *worker) bestLabel(sc scorer, mv int) int {
	if mv == shift {
		return 0
	}
	h, d := wk.st.arc(mv)
	labelFeatures(&wk.st, &wk.x, &wk.f, h, d)
	return wk.argmaxLabel(sc)
}

func (wk *worker) argmaxLabel(sc scorer) int {
	sc.score(wk.f.h, wk.scores)
	best := 1
	for l := 2; l < sc.classes(); l++ {
		if wk.scores[l] > wk.scores[best] {
			best = l
		}
	}
	return best
}

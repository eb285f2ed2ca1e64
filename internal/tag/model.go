package tag

import (
	"sync"

	"github.com/dyad-events/dyad"
)

// Label is one tagger output: a UPOS and an XPOS predicted together, as
// the pair is what EWT annotates ("ADP IN", "SCONJ IN").
type Label struct {
	UPOS, XPOS string
}

// labelSet numbers the labels.
type labelSet struct {
	list  []Label
	index map[Label]int
}

func (ls *labelSet) find(upos, xpos string) (int, bool) {
	n, ok := ls.index[Label{upos, xpos}]
	return n, ok
}

func newLabelSet(list []Label) *labelSet {
	ls := &labelSet{list: list, index: make(map[Label]int, len(list))}
	for i, l := range list {
		ls.index[l] = i
	}
	return ls
}

// Model tags, lemmatizes and gives features to words. It is safe for
// concurrent use.
type Model struct {
	labels *labelSet
	lex    lexicon
	w      *weights // first pass
	w2     *weights // second pass, seeing the first's labels to the right; nil for one pass
	lem    *lemmatizer
	morph  *morph
	pool   sync.Pool // *scratch
}

// scratch is the working memory of tagging one sentence.
type scratch struct {
	window []tokInfo
	norm   []byte
	fs     []uint64
	scores []float32
	first  []int
	out    []int
	forms  []string
}

func (m *Model) scratch() *scratch {
	if s, ok := m.pool.Get().(*scratch); ok {
		return s
	}
	return &scratch{scores: make([]float32, len(m.labels.list))}
}

// window fills s.window with the tokens of forms between sentinels.
func (m *Model) window(forms []string, s *scratch) {
	s.window, s.norm = m.lex.window(forms, s.window, s.norm)
}

// labelHash is what features see of a chosen label; 1 stands for the
// start of the sentence.
func labelHash(l int) uint64 { return uint64(l) + 2 }

// scorer sums feature weights into label scores: the tagger's weights,
// or the perceptron while it learns.
type scorer interface {
	score(fs []uint64, scores []float32)
}

// decode labels the words of window greedily left to right with sc,
// appending to out. When first is not nil it holds the first pass's
// labels and sc is a second pass.
func decode(sc scorer, window []tokInfo, first []int, s *scratch, out []int) []int {
	out = out[:0]
	p2, p1 := uint64(1), uint64(1)
	for i := pad; i < len(window)-pad; i++ {
		l := int(window[i].dict)
		if l < 0 {
			s.fs = features(s.fs[:0], window, i, p2, p1)
			if first != nil {
				s.fs = rightFeatures(s.fs, window, i, p1, first, i-pad)
			}
			clear(s.scores)
			sc.score(s.fs, s.scores)
			l = best(s.scores)
		}
		out = append(out, l)
		p2, p1 = p1, labelHash(l)
	}
	return out
}

// predict chooses a label for every form.
func (m *Model) predict(forms []string, s *scratch) []int {
	m.window(forms, s)
	s.first = decode(m.w, s.window, nil, s, s.first)
	if m.w2 == nil {
		return s.first
	}
	s.out = decode(m.w2, s.window, s.first, s, s.out)
	return s.out
}

// Labels returns the UPOS/XPOS pair chosen for each form.
func (m *Model) Labels(forms []string) []Label {
	s := m.scratch()
	defer m.pool.Put(s)
	out := make([]Label, len(forms))
	for i, l := range m.predict(forms, s) {
		out[i] = m.labels.list[l]
	}
	return out
}

// TagTokens fills UPOS, XPOS, Lemma and Feats of every token from its Form.
func (m *Model) TagTokens(toks []dyad.Token) {
	if len(toks) == 0 {
		return
	}
	s := m.scratch()
	defer m.pool.Put(s)
	s.forms = s.forms[:0]
	for i := range toks {
		s.forms = append(s.forms, toks[i].Form)
	}
	for i, l := range m.predict(s.forms, s) {
		t := &toks[i]
		lab := m.labels.list[l]
		t.UPOS, t.XPOS = lab.UPOS, lab.XPOS
		t.Lemma = m.lem.lemma(t.Form, lab.XPOS)
		t.Feats = m.morph.featsOf(t.Form, l)
	}
}

// Lemma returns the lemma of a word with the given XPOS.
func (m *Model) Lemma(form, xpos string) string { return m.lem.lemma(form, xpos) }

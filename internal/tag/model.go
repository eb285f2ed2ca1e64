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
	w      *weights
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
	out    []int
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

// predict chooses a label for every form, greedily left to right.
func (m *Model) predict(forms []string, s *scratch) []int {
	m.window(forms, s)
	s.out = s.out[:0]
	p2, p1 := uint64(1), uint64(1)
	for i := range forms {
		l := int(s.window[i+pad].dict)
		if l < 0 {
			s.fs = features(s.fs[:0], s.window, i+pad, p2, p1)
			clear(s.scores)
			m.w.score(s.fs, s.scores)
			l = best(s.scores)
		}
		s.out = append(s.out, l)
		p2, p1 = p1, labelHash(l)
	}
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
	forms := make([]string, len(toks))
	for i := range toks {
		forms[i] = toks[i].Form
	}
	for i, l := range m.predict(forms, s) {
		t := &toks[i]
		lab := m.labels.list[l]
		t.UPOS, t.XPOS = lab.UPOS, lab.XPOS
		t.Lemma = m.lem.lemma(t.Form, lab.XPOS)
		t.Feats = m.morph.featsOf(t.Form, l)
	}
}

// Lemma returns the lemma of a word with the given XPOS.
func (m *Model) Lemma(form, xpos string) string { return m.lem.lemma(form, xpos) }

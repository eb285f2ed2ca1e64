package tag

import (
	"strings"

	"github.com/dyad-events/dyad/internal/conllu"
)

// morph chooses FEATS: in English they follow the tag ("NNS" is
// Number=Plur) except for words with features of their own (pronouns,
// "was"), which are listed.
type morph struct {
	feats   []string // distinct FEATS values; 0 is ""
	byLabel []uint32 // label -> usual FEATS
	byWord  *table   // mix(lowercased word, label) -> FEATS, where it differs
}

func morphKey(lower string, label int) uint64 {
	return mix(hashString(lower), uint64(label))
}

func (m *morph) featsOf(form string, label int) string {
	if f, ok := m.byWord.get(morphKey(strings.ToLower(form), label)); ok {
		return m.feats[f]
	}
	return m.feats[m.byLabel[label]]
}

func trainMorph(ss []conllu.Sentence, labels *labelSet) *morph {
	m := &morph{feats: []string{""}, byLabel: make([]uint32, len(labels.list)), byWord: newTable(1024)}
	number := map[string]uint32{"": 0}
	perLabel := newCounter[int]()
	perWord := newCounter[wordLabel]()
	for i := range ss {
		for _, w := range ss[i].Words {
			l, ok := labels.find(w.UPOS, w.XPOS)
			if !ok {
				continue
			}
			f, ok := number[w.Feats]
			if !ok {
				f = uint32(len(m.feats))
				m.feats = append(m.feats, w.Feats)
				number[w.Feats] = f
			}
			perLabel.add(l, f, 1)
			perWord.add(wordLabel{strings.ToLower(w.Form), l}, f, 1)
		}
	}
	for _, l := range perLabel.order {
		m.byLabel[l], _ = perLabel.best(l)
	}
	for _, k := range perWord.order {
		if f, _ := perWord.best(k); f != m.byLabel[k.label] {
			m.byWord.put(morphKey(k.word, k.label), f)
		}
	}
	return m
}

type wordLabel struct {
	word  string
	label int
}

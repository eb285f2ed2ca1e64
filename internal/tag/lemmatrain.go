package tag

import (
	"cmp"
	"slices"
	"strings"

	"github.com/dyad-events/dyad/internal/conllu"
)

// minRuleCount is how many training words must share an ending before
// the ending gets a lemma rule of its own.
const minRuleCount = 2

// counter counts edits per key, remembering keys in first-seen order so
// that training is deterministic.
type counter[K comparable] struct {
	order []K
	n     map[K]map[uint32]int
}

func newCounter[K comparable]() *counter[K] {
	return &counter[K]{n: map[K]map[uint32]int{}}
}

func (c *counter[K]) add(k K, e uint32, by int) {
	m, ok := c.n[k]
	if !ok {
		m = map[uint32]int{}
		c.n[k] = m
		c.order = append(c.order, k)
	}
	m[e] += by
}

// best returns the most frequent edit of k, the lowest number on ties,
// and its count.
func (c *counter[K]) best(k K) (uint32, int) {
	var b uint32
	bn := -1
	for e, n := range c.n[k] {
		if n > bn || n == bn && e < b {
			b, bn = e, n
		}
	}
	return b, bn
}

type wordKey struct{ word, xpos string }

type suffixKeyT struct {
	xpos, suffix string
}

// lemmaTrainer gathers the edits seen in training.
type lemmaTrainer struct {
	edits  []edit
	number map[edit]uint32
	forms  *counter[wordKey] // as written
	lowers *counter[wordKey] // lowercased
}

func trainLemmatizer(ss []conllu.Sentence) *lemmatizer {
	lt := &lemmaTrainer{edits: []edit{{}}, number: map[edit]uint32{{}: 0},
		forms: newCounter[wordKey](), lowers: newCounter[wordKey]()}
	keep := keepsCase(ss)
	for i := range ss {
		for _, w := range ss[i].Words {
			if w.Lemma == "_" && w.Form != "_" || w.XPOS == "" {
				continue
			}
			e := lt.edit(makeEdit(w.Form, w.Lemma, keep[w.XPOS]))
			lt.forms.add(wordKey{w.Form, w.XPOS}, e, 1)
			lt.lowers.add(wordKey{strings.ToLower(w.Form), w.XPOS}, e, 1)
		}
	}
	l := &lemmatizer{edits: lt.edits, suffix: lt.rules(), words: newTable(1024), known: knownLemmas(ss)}
	lt.exceptions(l)
	return l
}

func (lt *lemmaTrainer) edit(e edit) uint32 {
	n, ok := lt.number[e]
	if !ok {
		n = uint32(len(lt.edits))
		lt.edits = append(lt.edits, e)
		lt.number[e] = n
	}
	return n
}

// rules learns the edit of each (XPOS, ending) from the distinct words
// having it, keeping only endings whose edit differs from the shorter
// ending's, which is what lemmatizer.rule falls back to.
func (lt *lemmaTrainer) rules() *table {
	sc := newCounter[suffixKeyT]()
	for _, k := range lt.lowers.order {
		e, _ := lt.lowers.best(k)
		for n := 0; n <= min(maxSuffix, len(k.word)); n++ {
			sc.add(suffixKeyT{k.xpos, k.word[len(k.word)-n:]}, e, 1)
		}
	}
	keys := slices.Clone(sc.order)
	slices.SortStableFunc(keys, func(a, b suffixKeyT) int { return cmp.Compare(len(a.suffix), len(b.suffix)) })
	t := newTable(len(keys))
	effective := map[suffixKeyT]uint32{}
	for _, k := range keys {
		e, n := sc.best(k)
		if k.suffix == "" {
			effective[k] = e
			t.put(suffixKey(hashString(k.xpos), ""), e)
			continue
		}
		parent := effective[suffixKeyT{k.xpos, k.suffix[1:]}]
		if n < minRuleCount || e == parent {
			effective[k] = parent
			continue
		}
		effective[k] = e
		t.put(suffixKey(hashString(k.xpos), k.suffix), e)
	}
	return t
}

// exceptions lists the training words the rules get wrong: lowercased
// first, then as written where case matters.
func (lt *lemmaTrainer) exceptions(l *lemmatizer) {
	for _, k := range lt.lowers.order {
		e, _ := lt.lowers.best(k)
		if l.rule(k.word, hashString(k.xpos)) != e {
			l.words.put(lemmaKey(keyNorm, k.word, hashString(k.xpos)), e)
		}
	}
	for _, k := range lt.forms.order {
		e, _ := lt.forms.best(k)
		if l.choose(k.word, k.xpos) != e {
			l.words.put(lemmaKey(keyForm, k.word, hashString(k.xpos)), e)
		}
	}
}

// knownLemmas collects the lowercased lemmas of ss.
func knownLemmas(ss []conllu.Sentence) *table {
	t := newTable(1024)
	for i := range ss {
		for _, w := range ss[i].Words {
			if w.Lemma != "_" || w.Form == "_" {
				t.put(hashString(strings.ToLower(w.Lemma)), 0)
			}
		}
	}
	return t
}

// keepsCase finds the tags whose words with capitals more often keep them
// in the lemma than lose them.
func keepsCase(ss []conllu.Sentence) map[string]bool {
	votes := map[string]int{}
	for i := range ss {
		for _, w := range ss[i].Words {
			lower := strings.ToLower(w.Form)
			switch {
			case lower == w.Form:
			case w.Lemma == w.Form:
				votes[w.XPOS]++
			case w.Lemma == lower:
				votes[w.XPOS]--
			}
		}
	}
	keep := map[string]bool{}
	for x, v := range votes {
		keep[x] = v > 0
	}
	return keep
}

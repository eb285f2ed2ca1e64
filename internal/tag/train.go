package tag

import (
	"cmp"
	"errors"
	"io"
	"math/rand/v2"
	"slices"

	"github.com/dyad-events/dyad/internal/conllu"
)

// TrainConfig sets how a Model is trained. The zero value gives the
// defaults used for the committed model.
type TrainConfig struct {
	Epochs int    // passes over the training data at most; 0 means 12
	Seed   uint64 // shuffles the sentences each pass; 0 means 1
	// AmbMinCount is how often a word must occur before its label set
	// becomes a feature; 0 means 1.
	AmbMinCount int
	// DictMinCount and DictMinShare choose the frequent words tagged by
	// lookup: seen at least DictMinCount times (0 means 20), with one label
	// at least DictMinShare of the time (0 means 0.995).
	DictMinCount int
	DictMinShare float64
	// MinWeight drops averaged weights closer to zero, keeping the model
	// small; 0 means 0.05.
	MinWeight float64
	// TwoPass adds a second pass that sees the first pass's labels of the
	// words to the right. On EWT dev it gained 0.07 points of XPOS for
	// half the speed and three times the training, so it is off by default.
	TwoPass bool
	// Folds is how many parts the training data is cut into so that each
	// part's lexicon features come from the others; 0 means 10, 1 turns
	// this off.
	Folds int
	// Log, when set, receives one line per pass with dev accuracy.
	Log io.Writer
}

func (c TrainConfig) withDefaults() TrainConfig {
	c.Epochs = cmp.Or(c.Epochs, 12)
	c.Seed = cmp.Or(c.Seed, 1)
	c.AmbMinCount = cmp.Or(c.AmbMinCount, 1)
	c.DictMinCount = cmp.Or(c.DictMinCount, 20)
	c.DictMinShare = cmp.Or(c.DictMinShare, 0.995)
	c.MinWeight = cmp.Or(c.MinWeight, 0.05)
	c.Folds = cmp.Or(c.Folds, 10)
	if c.Log == nil {
		c.Log = io.Discard
	}
	return c
}

// Train learns a Model from train, keeping the pass that tags dev best
// (dev may be empty: then the last pass is kept). Training is
// deterministic: the same data and config give the same model bytes.
func Train(train, dev []conllu.Sentence, cfg TrainConfig) (*Model, error) {
	cfg = cfg.withDefaults()
	if len(train) == 0 {
		return nil, errors.New("tag: no training sentences")
	}
	m := &Model{labels: collectLabels(train)}
	m.lex = buildLexicon(train, m.labels, cfg)
	m.lem = trainLemmatizer(train)
	m.morph = trainMorph(train, m.labels)
	gold := goldSentences(train, m.labels, cfg)
	rng := rand.New(rand.NewPCG(cfg.Seed, 0x7461676765720a))
	var epochs int
	m.w, epochs = m.trainWeights(gold, nil, dev, cfg, rng, func(w *weights) { m.w = w })
	if cfg.TwoPass {
		first := m.jackknife(gold, epochs, cfg)
		m.w2, _ = m.trainWeights(gold, first, dev, cfg, rng, func(w *weights) { m.w2 = w })
	}
	m.lex.index = m.lex.index.shrink()
	m.lem.words, m.lem.suffix, m.lem.known = m.lem.words.shrink(), m.lem.suffix.shrink(), m.lem.known.shrink()
	m.morph.byWord = m.morph.byWord.shrink()
	return m, nil
}

// goldSent is a training sentence: its window and gold label numbers.
type goldSent struct {
	window []tokInfo
	labels []int
}

// goldSentences prepares the training sentences. The lexicon features of
// each come from a lexicon built without its fold, so that the tagger
// learns to trust a word's label set as far as it holds for new text
// rather than for the sentences the set was counted on.
func goldSentences(ss []conllu.Sentence, ls *labelSet, cfg TrainConfig) []goldSent {
	out := make([]goldSent, len(ss))
	var norm []byte
	for fold := range cfg.Folds {
		lx := buildLexicon(foldOut(ss, fold, cfg.Folds), ls, cfg)
		for i := fold; i < len(ss); i += cfg.Folds {
			g := goldSent{}
			forms := make([]string, len(ss[i].Words))
			for j, w := range ss[i].Words {
				l, _ := ls.find(w.UPOS, w.XPOS)
				forms[j] = w.Form
				g.labels = append(g.labels, l)
			}
			g.window, norm = lx.window(forms, nil, norm)
			out[i] = g
		}
	}
	return out
}

// foldOut returns the sentences not in fold (sentence i is in fold
// i mod folds); with one fold, all of them.
func foldOut(ss []conllu.Sentence, fold, folds int) []conllu.Sentence {
	if folds <= 1 {
		return ss
	}
	out := make([]conllu.Sentence, 0, len(ss))
	for i := range ss {
		if i%folds != fold {
			out = append(out, ss[i])
		}
	}
	return out
}

// pass trains p on every sentence once, in the given order, and returns
// the share of words it tagged right before updating. first holds the
// first pass's labels when p is a second pass, else it is nil.
func (m *Model) pass(p *perceptron, gold []goldSent, order []int, first [][]int) float64 {
	s := &scratch{scores: make([]float32, len(m.labels.list))}
	right, all := 0, 0
	for _, n := range order {
		g := gold[n]
		p2, p1 := uint64(1), uint64(1)
		for i := range g.labels {
			guess := int(g.window[i+pad].dict)
			if guess < 0 {
				s.fs = features(s.fs[:0], g.window, i+pad, p2, p1)
				if first != nil {
					s.fs = rightFeatures(s.fs, g.window, i+pad, p1, first[n], i)
				}
				clear(s.scores)
				p.score(s.fs, s.scores)
				guess = best(s.scores)
				p.update(s.fs, g.labels[i], guess)
			}
			if guess == g.labels[i] {
				right++
			}
			all++
			p2, p1 = p1, labelHash(guess)
		}
	}
	return float64(right) / float64(max(all, 1))
}

// collectLabels numbers the UPOS/XPOS pairs of ss, most frequent first.
func collectLabels(ss []conllu.Sentence) *labelSet {
	count := map[Label]int{}
	for i := range ss {
		for _, w := range ss[i].Words {
			count[Label{w.UPOS, w.XPOS}]++
		}
	}
	list := make([]Label, 0, len(count))
	for l := range count {
		list = append(list, l)
	}
	slices.SortFunc(list, func(a, b Label) int {
		return cmp.Or(cmp.Compare(count[b], count[a]), cmp.Compare(a.UPOS, b.UPOS), cmp.Compare(a.XPOS, b.XPOS))
	})
	return newLabelSet(list[:min(len(list), 256)])
}

// buildLexicon records, for words as written and normalized, the set of
// labels each took (the ambiguity class) and, for frequent words that
// nearly always take one label, that label.
func buildLexicon(ss []conllu.Sentence, ls *labelSet, cfg TrainConfig) lexicon {
	counts := map[uint64][]int{}
	caps := map[uint64][2]int{} // capitalized, seen when not first
	var order []uint64
	var norm []byte
	for i := range ss {
		for j, w := range ss[i].Words {
			l, ok := ls.find(w.UPOS, w.XPOS)
			if !ok {
				continue
			}
			norm = normalize(norm[:0], w.Form)
			for _, k := range []uint64{mix(keyForm, hashString(w.Form)), mix(keyNorm, hashBytes(norm))} {
				c, ok := counts[k]
				if !ok {
					c = make([]int, len(ls.list))
					order = append(order, k)
				}
				c[l]++
				counts[k] = c
			}
			if j > 0 {
				k := mix(keyNorm, hashBytes(norm))
				c := caps[k]
				c[0] += int(caseClass(w.Form, false) & 1)
				c[1]++
				caps[k] = c
			}
		}
	}
	lx := lexicon{index: newTable(len(order))}
	for _, k := range order {
		amb, dict, ok := classify(counts[k], cfg)
		if !ok {
			continue
		}
		lx.index.put(k, uint32(len(lx.amb)))
		lx.amb = append(lx.amb, amb)
		lx.dict = append(lx.dict, dict)
		lx.capb = append(lx.capb, capBucket(caps[k][0], caps[k][1]))
	}
	return lx
}

// classify turns the label counts of one word into its label set (labels
// with at least 5% of its uses) and lookup label.
func classify(c []int, cfg TrainConfig) (amb uint64, dict int32, ok bool) {
	total, top := 0, 0
	for l, n := range c {
		total += n
		if n > c[top] {
			top = l
		}
	}
	if total < cfg.AmbMinCount {
		return 0, -1, false
	}
	amb = 0xa3b195354a39b70d
	for l, n := range c {
		if n*20 >= total {
			amb = mix(amb, uint64(l))
		}
	}
	dict = -1
	if total >= cfg.DictMinCount && float64(c[top]) >= cfg.DictMinShare*float64(total) {
		dict = int32(top)
	}
	return amb, dict, true
}

// Score is the share of words a Model tags right against gold CoNLL-U.
type Score struct {
	Words                    int
	UPOS, XPOS, Feats, Lemma float64
	UPOSXPOS, AllTags        float64 // both tags right; tags and FEATS right
}

// Evaluate tags the words of ss (gold tokenization) and scores the result.
func (m *Model) Evaluate(ss []conllu.Sentence) Score {
	var sc Score
	var up, xp, ft, lm, both, all int
	for i := range ss {
		ds := conllu.ToDyad(&ss[i])
		m.TagTokens(ds.Tokens)
		for j, w := range ss[i].Words {
			t := ds.Tokens[j]
			u, x, f := t.UPOS == w.UPOS, t.XPOS == w.XPOS, t.Feats == w.Feats
			up, xp, ft = up+b2i(u), xp+b2i(x), ft+b2i(f)
			lm += b2i(t.Lemma == w.Lemma)
			both += b2i(u && x)
			all += b2i(u && x && f)
			sc.Words++
		}
	}
	n := float64(max(sc.Words, 1))
	sc.UPOS, sc.XPOS, sc.Feats, sc.Lemma = float64(up)/n, float64(xp)/n, float64(ft)/n, float64(lm)/n
	sc.UPOSXPOS, sc.AllTags = float64(both)/n, float64(all)/n
	return sc
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

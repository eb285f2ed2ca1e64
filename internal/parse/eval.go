package parse

import (
	"fmt"
	"strings"

	"github.com/dyad-events/dyad"
)

// Scores are attachment scores over all words, punctuation included, as
// in the CoNLL 2018 shared task.
type Scores struct {
	Words   int
	UAS     float64 // head correct
	LAS     float64 // head and universal relation (subtype ignored) correct
	LASFull float64 // head and full relation (with subtype) correct
}

func (s Scores) String() string {
	return fmt.Sprintf("UAS %.2f%% LAS %.2f%% (full labels %.2f%%) over %d words",
		100*s.UAS, 100*s.LAS, 100*s.LASFull, s.Words)
}

// Evaluate parses copies of the gold sentences with m and scores them. The
// gold tags are used as given, so pass sentences with predicted tags to
// measure the whole analysis.
func Evaluate(m *Model, gold [][]dyad.Token) Scores {
	wk := newWorker(len(m.labels))
	var pred []dyad.Token
	var c Counts
	for _, g := range gold {
		pred = append(pred[:0], g...)
		wk.parse(m, pred)
		c.Add(g, pred)
	}
	return c.Scores()
}

// Counts accumulates attachment matches over sentences.
type Counts struct {
	Words, Heads, Labels, FullLabels int
}

// Add counts the words of pred whose head and relation match gold; the two
// must have the same words.
func (c *Counts) Add(gold, pred []dyad.Token) {
	for i := range gold {
		c.Words++
		if i >= len(pred) || gold[i].Head != pred[i].Head {
			continue
		}
		c.Heads++
		if universal(gold[i].Rel) == universal(pred[i].Rel) {
			c.Labels++
		}
		if gold[i].Rel == pred[i].Rel {
			c.FullLabels++
		}
	}
}

// Scores returns the rates.
func (c Counts) Scores() Scores {
	n := float64(max(c.Words, 1))
	return Scores{Words: c.Words, UAS: float64(c.Heads) / n, LAS: float64(c.Labels) / n, LASFull: float64(c.FullLabels) / n}
}

func universal(rel string) string {
	if i := strings.IndexByte(rel, ':'); i >= 0 {
		return rel[:i]
	}
	return rel
}

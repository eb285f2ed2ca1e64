package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/conllu"
	"github.com/dyad-events/dyad/internal/shared"
)

// evalConllu scores tokenizer, tagger, lemmatizer and parser against a
// CoNLL-U treebank the way the CoNLL 2018 shared task does: words are
// aligned by their character spans, scores are F1 over gold and predicted
// words (accuracy when the tokenization is given), punctuation counts, and
// LAS compares universal relations (subtypes ignored; the full-label figure
// is printed too).
func evalConllu(ctx context.Context, m *Main, args []string) error {
	fs := m.flagSet("eval conllu", "eval conllu [--gold FILE] [--input text|conllu]")
	gold := fs.String("gold", "", "gold CoNLL-U file (default ../shared's UD English EWT test set)")
	input := fs.String("input", "conllu", "conllu: keep the gold words and sentences; text: start from the raw text")
	var mf modelFlags
	mf.register(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *input != "text" && *input != "conllu" {
		return fmt.Errorf("%w: unknown --input %q (want text or conllu)", errUsage, *input)
	}
	path := *gold
	if path == "" {
		var err error
		if path, err = shared.Path("data", "treebank", "ud-english-ewt", "en_ewt-ud-test.conllu"); err != nil {
			return err
		}
	}
	ss, err := conllu.ReadFile(path)
	if err != nil {
		return err
	}
	a, err := newAnalyzer(mf)
	if err != nil {
		return err
	}
	g := goldDocument(ss)
	var sys *dyad.Document
	if *input == "conllu" {
		sys, err = a.analyzeConllu(ctx, ss)
		shiftSentences(sys, g)
	} else {
		sys, err = a.analyzeText(ctx, g.Text)
	}
	if err != nil {
		return err
	}
	fmt.Fprint(m.Stdout, scoreDocuments(g, sys, *input == "text"))
	return nil
}

// goldDocument lays the gold sentences out as one text: sentences of a
// paragraph separated by a space, paragraphs by a newline. Token offsets
// become offsets into that text.
func goldDocument(ss []conllu.Sentence) *dyad.Document {
	d := &dyad.Document{}
	var b strings.Builder
	for i := range ss {
		s := conllu.ToDyad(&ss[i])
		if i > 0 {
			if ss[i].NewPar() || ss[i].NewDoc() {
				b.WriteByte('\n')
			} else {
				b.WriteByte(' ')
			}
		}
		base := b.Len()
		b.WriteString(s.Text)
		s.Start, s.End = base, base+len(s.Text)
		for j := range s.Tokens {
			s.Tokens[j].Start += base
			s.Tokens[j].End += base
		}
		d.Sentences = append(d.Sentences, s)
	}
	d.Text = b.String()
	return d
}

// shiftSentences moves the offsets of sys, analysed from the gold
// sentences one by one, into g's text.
func shiftSentences(sys, g *dyad.Document) {
	for i := range sys.Sentences {
		base := g.Sentences[i].Start
		s := &sys.Sentences[i]
		s.Start, s.End = base, base+len(s.Text)
		for j := range s.Tokens {
			s.Tokens[j].Start += base
			s.Tokens[j].End += base
		}
	}
}

// span identifies a word or sentence by its byte range.
type span struct{ start, end int }

// wordRef locates a word: its sentence and its 1-based index there.
type wordRef struct{ sent, id int }

// counts of one metric: matches, gold items, predicted items.
type prf struct{ match, gold, pred int }

func (p prf) f1() float64 {
	if p.gold+p.pred == 0 {
		return 0
	}
	return 2 * float64(p.match) / float64(p.gold+p.pred)
}

// scoreDocuments aligns the words of sys to those of g by span and
// returns the report.
func scoreDocuments(g, sys *dyad.Document, segmentation bool) string {
	goldAt := map[span]wordRef{}
	goldSents := map[span]bool{}
	nGold := 0
	for i, s := range g.Sentences {
		goldSents[span{s.Start, s.End}] = true
		for j, t := range s.Tokens {
			goldAt[span{t.Start, t.End}] = wordRef{i, j + 1}
			nGold++
		}
	}
	nSys, sentMatch := 0, 0
	metrics := map[string]int{}
	for i, s := range sys.Sentences {
		if goldSents[span{s.Start, s.End}] {
			sentMatch++
		}
		for _, t := range s.Tokens {
			nSys++
			ref, ok := goldAt[span{t.Start, t.End}]
			if !ok {
				continue
			}
			metrics["Words"]++
			scoreWord(metrics, g, sys, i, t, ref, goldAt)
		}
	}
	var b strings.Builder
	order := []string{"UPOS", "XPOS", "LEMMA", "UAS", "LAS", "LAS (full labels)"}
	if segmentation {
		order = append([]string{"Words"}, order...)
		fmt.Fprintf(&b, "%-18s %6.2f%%\n", "Sentences", 100*prf{sentMatch, len(g.Sentences), len(sys.Sentences)}.f1())
	}
	for _, k := range order {
		fmt.Fprintf(&b, "%-18s %6.2f%%\n", k, 100*prf{metrics[k], nGold, nSys}.f1())
	}
	fmt.Fprintf(&b, "%-18s %d gold, %d predicted\n", "words", nGold, nSys)
	return b.String()
}

// scoreWord counts the matches of one aligned word.
func scoreWord(metrics map[string]int, g, sys *dyad.Document, si int, t dyad.Token, ref wordRef, goldAt map[span]wordRef) {
	gt := g.Sentences[ref.sent].Tokens[ref.id-1]
	add := func(k string, ok bool) {
		if ok {
			metrics[k]++
		}
	}
	add("UPOS", t.UPOS == gt.UPOS)
	add("XPOS", t.XPOS == gt.XPOS)
	add("LEMMA", t.Lemma == gt.Lemma)
	headOK := t.Head == 0 && gt.Head == 0
	if t.Head > 0 {
		h := sys.Sentences[si].Tokens[t.Head-1]
		hr, ok := goldAt[span{h.Start, h.End}]
		headOK = ok && hr.sent == ref.sent && hr.id == gt.Head
	}
	add("UAS", headOK)
	add("LAS", headOK && universalRel(t.Rel) == universalRel(gt.Rel))
	add("LAS (full labels)", headOK && t.Rel == gt.Rel)
}

func universalRel(r string) string {
	r, _, _ = strings.Cut(r, ":")
	return r
}

package text

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// PRF counts matches of predicted against gold spans.
type PRF struct {
	Gold, Pred, Match int
}

// Precision is Match/Pred.
func (p PRF) Precision() float64 { return ratio(p.Match, p.Pred) }

// Recall is Match/Gold.
func (p PRF) Recall() float64 { return ratio(p.Match, p.Gold) }

// F1 is the harmonic mean of precision and recall.
func (p PRF) F1() float64 {
	if p.Gold+p.Pred == 0 {
		return 0
	}
	return 2 * float64(p.Match) / float64(p.Gold+p.Pred)
}

func (p PRF) String() string {
	return fmt.Sprintf("P %.2f%% R %.2f%% F1 %.2f%% (gold %d, pred %d, match %d)",
		100*p.Precision(), 100*p.Recall(), 100*p.F1(), p.Gold, p.Pred, p.Match)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Score counts the spans of pred that equal a span of gold. Both must be
// sorted by Start and free of duplicates.
func Score(gold, pred []Span) PRF {
	p := PRF{Gold: len(gold), Pred: len(pred)}
	for i, j := 0, 0; i < len(gold) && j < len(pred); {
		switch g, q := gold[i], pred[j]; {
		case g == q:
			p.Match++
			i++
			j++
		case g.Start < q.Start || g.Start == q.Start && g.End < q.End:
			i++
		default:
			j++
		}
	}
	return p
}

// Gold is a tokenized and split reference text rebuilt from CoNLL-U.
type Gold struct {
	Text       string
	Paragraphs []Span // byte spans; "# newpar" and "# newdoc" start one
	Sentences  []Span // byte spans from a sentence's first to last token
	Tokens     []Span // byte spans of surface tokens (a multiword token is one)
	Unaligned  int    // tokens whose form was not found in "# text"
}

// ReadGold rebuilds raw text from a CoNLL-U file: sentences of a paragraph
// are joined by one space, paragraphs by a blank line. Token spans come from
// aligning each surface form with the sentence's "# text" line.
func ReadGold(r io.Reader) (*Gold, error) {
	gr := goldReader{g: &Gold{}, newPar: true}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<24)
	for sc.Scan() {
		gr.line(sc.Text())
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("text: reading CoNLL-U: %w", err)
	}
	gr.flush()
	g := gr.g
	g.Text = gr.b.String()
	if len(g.Sentences) > 0 {
		g.Paragraphs = append(g.Paragraphs, Span{gr.parStart, len(g.Text)})
	}
	return g, nil
}

// goldReader holds the state of ReadGold between lines.
type goldReader struct {
	g        *Gold
	b        strings.Builder
	sent     string   // "# text" of the current sentence
	forms    []string // its surface forms so far
	skipTo   int      // last word id covered by a multiword token
	newPar   bool     // the current sentence opens a paragraph
	parStart int      // byte offset where the current paragraph starts
}

func (gr *goldReader) line(line string) {
	switch {
	case strings.HasPrefix(line, "# newdoc"), strings.HasPrefix(line, "# newpar"):
		gr.newPar = true
	case strings.HasPrefix(line, "# text ="):
		gr.sent = strings.TrimSpace(strings.TrimPrefix(line, "# text ="))
	case line == "":
		gr.flush()
	case line[0] != '#':
		gr.forms, gr.skipTo = surfaceForm(line, gr.forms, gr.skipTo)
	}
}

// flush ends the current sentence, if any, and appends it to the text.
func (gr *goldReader) flush() {
	if gr.sent == "" {
		return
	}
	g := gr.g
	if gr.newPar && len(g.Sentences) > 0 {
		g.Paragraphs = append(g.Paragraphs, Span{gr.parStart, gr.b.Len()})
	}
	switch {
	case gr.b.Len() > 0 && gr.newPar:
		gr.b.WriteString("\n\n")
	case gr.b.Len() > 0:
		gr.b.WriteByte(' ')
	}
	if gr.newPar {
		gr.parStart = gr.b.Len()
	}
	g.addSentence(gr.b.Len(), gr.sent, gr.forms)
	gr.b.WriteString(gr.sent)
	gr.sent, gr.forms, gr.newPar = "", gr.forms[:0], false
}

// surfaceForm appends the surface form of a CoNLL-U word line to forms:
// a range line "3-4" gives one form and hides words 3 and 4; empty nodes
// are skipped.
func surfaceForm(line string, forms []string, skipTo int) ([]string, int) {
	cols := strings.SplitN(line, "\t", 3)
	if len(cols) < 2 || strings.Contains(cols[0], ".") {
		return forms, skipTo
	}
	if a, b, ok := strings.Cut(cols[0], "-"); ok {
		var lo, hi int
		fmt.Sscan(a, &lo)
		fmt.Sscan(b, &hi)
		return append(forms, cols[1]), hi
	}
	var id int
	fmt.Sscan(cols[0], &id)
	if id <= skipTo {
		return forms, skipTo
	}
	return append(forms, cols[1]), 0
}

// addSentence aligns forms with sent, which starts at base in the text.
func (g *Gold) addSentence(base int, sent string, forms []string) {
	pos, first, last := 0, -1, 0
	for _, f := range forms {
		k := strings.Index(sent[pos:], f)
		if k < 0 || strings.TrimSpace(sent[pos:pos+k]) != "" {
			g.Unaligned++
			continue
		}
		s := pos + k
		pos = s + len(f)
		if first < 0 {
			first = s
		}
		last = pos
		g.Tokens = append(g.Tokens, Span{base + s, base + pos})
	}
	if first < 0 {
		first, last = 0, len(sent)
	}
	g.Sentences = append(g.Sentences, Span{base + first, base + last})
}

// Result is the score of a tokenizer on a Gold text.
type Result struct {
	Tokens    PRF // surface tokens: clitics split by the tokenizer count with their host
	Sentences PRF
	Unaligned int // gold tokens that could not be placed in the text
}

// Evaluate tokenizes and splits each paragraph of g as one block, the way
// Splitter does, and scores tokens and sentences by exact span.
func (t *Tokenizer) Evaluate(g *Gold) Result {
	var toks, sents []Span
	var items []item
	for _, p := range g.Paragraphs {
		text := g.Text[p.Start:p.End]
		items = lex(text, t.rules, items[:0])
		toks = surface(items, p.Start, toks)
		for _, sp := range t.sentences(text, items) {
			sents = append(sents, Span{p.Start + items[sp.Start].start, p.Start + items[sp.End-1].end})
		}
	}
	return Result{Tokens: Score(g.Tokens, toks), Sentences: Score(g.Sentences, sents), Unaligned: g.Unaligned}
}

// surface appends the byte spans of items with each clitic joined to the
// word before it, which is how CoNLL-U writes a multiword token ("don't").
func surface(items []item, base int, out []Span) []Span {
	for i, it := range items {
		if i > 0 && it.kind == itemClitic && it.start == items[i-1].end && len(out) > 0 {
			out[len(out)-1].End = base + it.end
			continue
		}
		out = append(out, Span{base + it.start, base + it.end})
	}
	return out
}

// EvaluateCoNLLU reads a CoNLL-U treebank from r and scores t on it.
func (t *Tokenizer) EvaluateCoNLLU(r io.Reader) (Result, error) {
	g, err := ReadGold(r)
	if err != nil {
		return Result{}, err
	}
	return t.Evaluate(g), nil
}

package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/conllu"
	"github.com/dyad-events/dyad/internal/parse"
	"github.com/dyad-events/dyad/internal/tag"
	"github.com/dyad-events/dyad/internal/text"
)

// analyzer is the NLP part of the pipeline: tokenizer, tagger and parser.
type analyzer struct {
	split  *text.Splitter
	tagger *tag.Tagger
	parser *parse.Parser
}

// modelFlags name model files replacing the built-in ones.
type modelFlags struct {
	tagger, parser string
}

func (mf *modelFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&mf.tagger, "tagger-model", "", "tagger model file (default: the built-in model)")
	fs.StringVar(&mf.parser, "parser-model", "", "parser model file (default: the built-in model)")
}

func newAnalyzer(mf modelFlags) (*analyzer, error) {
	tm, err := loadTagger(mf.tagger)
	if err != nil {
		return nil, err
	}
	pm, err := parse.Default()
	if mf.parser != "" {
		pm, err = parse.LoadFile(mf.parser)
	}
	if err != nil {
		return nil, err
	}
	return &analyzer{split: text.NewSplitter(), tagger: tag.New(tm), parser: parse.New(pm)}, nil
}

func loadTagger(path string) (*tag.Model, error) {
	if path == "" {
		return tag.Default()
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return tag.Load(f)
}

// textDocument makes a document of raw text with one body block per
// non-empty line, since lines are paragraphs in the plain-text news dyad
// reads; sentences never cross a line.
func textDocument(src string) *dyad.Document {
	d := &dyad.Document{Text: src}
	for start := 0; start < len(src); {
		end := strings.IndexByte(src[start:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += start
		}
		if strings.TrimSpace(src[start:end]) != "" {
			d.Blocks = append(d.Blocks, dyad.Block{Kind: dyad.BlockBody, Text: src[start:end], Start: start, End: end})
		}
		start = end + 1
	}
	return d
}

// analyzeText splits, tags and parses raw text.
func (a *analyzer) analyzeText(ctx context.Context, src string) (*dyad.Document, error) {
	d := textDocument(src)
	if err := (dyad.Chain{a.split, a.tagger, a.parser}).Process(ctx, d); err != nil {
		return nil, err
	}
	return d, nil
}

// analyzeConllu keeps the words and sentences of ss and predicts tags,
// lemmas, features and the tree of each.
func (a *analyzer) analyzeConllu(ctx context.Context, ss []conllu.Sentence) (*dyad.Document, error) {
	d := &dyad.Document{}
	for i := range ss {
		s := conllu.ToDyad(&ss[i])
		for j := range s.Tokens {
			t := &s.Tokens[j]
			t.Lemma, t.UPOS, t.XPOS, t.Feats, t.Head, t.Rel = "", "", "", "", -1, ""
		}
		d.Sentences = append(d.Sentences, s)
	}
	if err := (dyad.Chain{a.tagger, a.parser}).Process(ctx, d); err != nil {
		return nil, err
	}
	return d, nil
}

func cmdParse(ctx context.Context, m *Main, args []string) error {
	fs := m.flagSet("parse", "parse [--input text|conllu] PATH...\n\n"+
		"Writes CoNLL-U with UPOS, XPOS, LEMMA, FEATS, HEAD, DEPREL and each word's byte\n"+
		"offsets as TokenRange=start:end in MISC (into the file for text input, into the\n"+
		"sentence's text for CoNLL-U input, whose words and sentences are kept). PATH - is\n"+
		"standard input.")
	input := fs.String("input", "text", "input format: text or conllu")
	var mf modelFlags
	mf.register(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *input != "text" && *input != "conllu" {
		return fmt.Errorf("%w: unknown --input %q (want text or conllu)", errUsage, *input)
	}
	if fs.NArg() == 0 {
		return fmt.Errorf("%w: no PATH given (use - for standard input)", errUsage)
	}
	a, err := newAnalyzer(mf)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(m.Stdout)
	for _, path := range fs.Args() {
		if err := a.parseFile(ctx, m, w, path, *input); err != nil {
			return err
		}
	}
	return w.Flush()
}

func (a *analyzer) parseFile(ctx context.Context, m *Main, w io.Writer, path, input string) error {
	data, err := readInput(m, path)
	if err != nil {
		return err
	}
	var d *dyad.Document
	var given []conllu.Sentence
	if input == "conllu" {
		if given, err = conllu.ReadAll(strings.NewReader(string(data))); err != nil {
			return fmt.Errorf("parse: %s: %w", path, err)
		}
		d, err = a.analyzeConllu(ctx, given)
	} else {
		d, err = a.analyzeText(ctx, string(data))
	}
	if err != nil {
		return err
	}
	return writeConllu(w, d, given)
}

func readInput(m *Main, path string) ([]byte, error) {
	if path == "-" {
		return io.ReadAll(m.Stdin)
	}
	return os.ReadFile(path)
}

// writeConllu writes the sentences of d; given, when not nil, supplies the
// comments of each sentence (sent_id, text) to keep.
func writeConllu(w io.Writer, d *dyad.Document, given []conllu.Sentence) error {
	for i := range d.Sentences {
		s := conllu.FromDyad(&d.Sentences[i])
		if given != nil {
			s.Comments = given[i].Comments
		}
		for j, t := range d.Sentences[i].Tokens {
			rng := "TokenRange=" + strconv.Itoa(t.Start) + ":" + strconv.Itoa(t.End)
			s.Words[j].Misc = joinMisc(s.Words[j].Misc, rng)
		}
		if err := conllu.Write(w, &s); err != nil {
			return err
		}
	}
	return nil
}

func joinMisc(misc, item string) string {
	if misc == "" {
		return item
	}
	return misc + "|" + item
}

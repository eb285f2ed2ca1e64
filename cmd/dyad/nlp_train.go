package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/conllu"
	"github.com/dyad-events/dyad/internal/parse"
	"github.com/dyad-events/dyad/internal/shared"
	"github.com/dyad-events/dyad/internal/tag"
)

// trainFlags are the flags of `dyad train`.
type trainFlags struct {
	treebank string
	out      string
	folds    int
	epochs   int
	// foldEpochs is the training passes of each jackknife tagger; fewer
	// than the real tagger's keeps training time down, at the cost of
	// slightly noisier training tags.
	foldEpochs int
	// tagged caches the jackknifed training sentences as CoNLL-U: read
	// when the file exists, written after jackknifing otherwise.
	tagged string
	// tagger is the tagger model tagging dev when only the parser is
	// trained; empty means the built-in one.
	tagger string
	// goldCopy adds the gold-tagged training set to the jackknifed one:
	// the parser sees every tree twice, with clean and with noisy tags.
	goldCopy bool
}

func cmdTrain(ctx context.Context, m *Main, args []string) error {
	var f trainFlags
	fs := m.flagSet("train", "train [flags] [tagger|parser|all]\n\n"+
		"Rebuilds the NLP models from a UD treebank, deterministically.")
	fs.StringVar(&f.treebank, "treebank", "", "directory with *-ud-train.conllu and *-ud-dev.conllu (default ../shared's UD English EWT)")
	fs.StringVar(&f.out, "out", "", "directory for the model files (default: the packages' data directories, to be committed)")
	fs.IntVar(&f.folds, "folds", 4, "train the parser on tags predicted by this many jackknifed taggers (0: gold tags)")
	fs.IntVar(&f.epochs, "parser-epochs", 14, "parser training epochs")
	fs.BoolVar(&f.goldCopy, "gold-copy", true, "with --folds, also train the parser on the training set with gold tags")
	fs.IntVar(&f.foldEpochs, "fold-epochs", 8, "training passes of each jackknife tagger")
	fs.StringVar(&f.tagger, "tagger-model", "", "tagger model tagging dev when only the parser is trained (default: the built-in one)")
	fs.StringVar(&f.tagged, "tagged", "", "CoNLL-U file caching the jackknifed training set: read if it exists, else written")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	what := "all"
	if fs.NArg() > 1 {
		return fmt.Errorf("%w: at most one of tagger, parser, all", errUsage)
	}
	if fs.NArg() == 1 {
		what = fs.Arg(0)
	}
	if what != "all" && what != "tagger" && what != "parser" {
		return fmt.Errorf("%w: unknown model %q (want tagger, parser or all)", errUsage, what)
	}
	train, dev, err := f.readTreebank()
	if err != nil {
		return err
	}
	var tm *tag.Model
	if what == "parser" {
		tm, err = loadTagger(f.tagger)
	} else {
		tm, err = f.trainTagger(m, train, dev)
	}
	if err != nil || what == "tagger" {
		return err
	}
	return f.trainParser(m, train, dev, tm)
}

// readTreebank reads the train and dev parts of the treebank.
func (f *trainFlags) readTreebank() (train, dev []conllu.Sentence, err error) {
	dir := f.treebank
	if dir == "" {
		if dir, err = shared.Path("data", "treebank", "ud-english-ewt"); err != nil {
			return nil, nil, err
		}
	}
	read := func(part string) ([]conllu.Sentence, error) {
		paths, _ := filepath.Glob(filepath.Join(dir, "*-ud-"+part+".conllu"))
		if len(paths) != 1 {
			return nil, fmt.Errorf("%w: want one *-ud-%s.conllu in %s, found %d", errUsage, part, dir, len(paths))
		}
		return conllu.ReadFile(paths[0])
	}
	if train, err = read("train"); err != nil {
		return nil, nil, err
	}
	dev, err = read("dev")
	return train, dev, err
}

// outPath returns where a model file goes: --out, or the package's data
// directory found from the module root.
func (f *trainFlags) outPath(pkg, rel string) (string, error) {
	if f.out != "" {
		return filepath.Join(f.out, filepath.Base(rel)), nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return filepath.Join(d, "internal", pkg, rel), nil
		}
		if filepath.Dir(d) == d {
			return "", fmt.Errorf("%w: not inside the dyad source tree; give --out", errUsage)
		}
	}
}

type saver interface{ Save(w io.Writer) error }

func saveModel(path string, s saver) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	out, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := s.Save(out); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

func (f *trainFlags) trainTagger(m *Main, train, dev []conllu.Sentence) (*tag.Model, error) {
	start := time.Now()
	tm, err := tag.Train(train, dev, tag.TrainConfig{Log: m.Stderr})
	if err != nil {
		return nil, err
	}
	path, err := f.outPath("tag", tag.DefaultFile)
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(m.Stderr, "train: tagger trained in %s: %+v\n", time.Since(start).Round(time.Second), tm.Evaluate(dev))
	return tm, saveModel(path, tm)
}

// trainParser trains the parser; tm tags the dev set, so that the epoch
// kept is the one that parses best with the tags it will really get.
func (f *trainFlags) trainParser(m *Main, train, dev []conllu.Sentence, tm *tag.Model) error {
	start := time.Now()
	trainToks, err := f.parserTrainingTags(m, train)
	if err != nil {
		return err
	}
	devToks := tokens(dev, tm)
	pm, err := parse.Train(trainToks, devToks, parse.Config{Epochs: f.epochs, Log: m.Stderr})
	if err != nil {
		return err
	}
	fmt.Fprintf(m.Stderr, "train: parser trained in %s: dev (predicted tags) %s\n",
		time.Since(start).Round(time.Second), parse.Evaluate(pm, devToks))
	path, err := f.outPath("parse", parse.DefaultPath)
	if err != nil {
		return err
	}
	return saveModel(path, pm)
}

// parserTrainingTags returns the training sentences with the tags the
// parser will see at run time: each fold is tagged by a tagger trained on
// the other folds (jackknifing), so the parser learns to live with tagging
// mistakes. With no folds the gold tags are kept.
func (f *trainFlags) parserTrainingTags(m *Main, train []conllu.Sentence) ([][]dyad.Token, error) {
	if f.folds < 2 {
		return tokens(train, nil), nil
	}
	if f.tagged != "" {
		if cached, err := conllu.ReadFile(f.tagged); err == nil {
			fmt.Fprintf(m.Stderr, "train: jackknifed tags read from %s\n", f.tagged)
			return f.withGold(tokens(cached, nil), train), nil
		}
	}
	out, err := f.jackknife(m, train)
	if err == nil && f.tagged != "" {
		err = writeTokens(f.tagged, out)
	}
	return f.withGold(out, train), err
}

// withGold appends the gold-tagged training set when --gold-copy is set.
func (f *trainFlags) withGold(tagged [][]dyad.Token, train []conllu.Sentence) [][]dyad.Token {
	if !f.goldCopy {
		return tagged
	}
	return append(tagged, tokens(train, nil)...)
}

// writeTokens writes sentences as CoNLL-U.
func writeTokens(path string, ss [][]dyad.Token) error {
	w, err := os.Create(path)
	if err != nil {
		return err
	}
	for _, s := range ss {
		cs := conllu.Sentence{Words: conllu.FromTokens(s)}
		if err := conllu.Write(w, &cs); err != nil {
			w.Close()
			return err
		}
	}
	return w.Close()
}

// jackknife tags each fold of train with a tagger trained on the others.
func (f *trainFlags) jackknife(m *Main, train []conllu.Sentence) ([][]dyad.Token, error) {
	out := make([][]dyad.Token, len(train))
	for k := range f.folds {
		var rest, held []conllu.Sentence
		var idx []int
		for i := range train {
			if i%f.folds == k {
				held, idx = append(held, train[i]), append(idx, i)
			} else {
				rest = append(rest, train[i])
			}
		}
		tm, err := tag.Train(rest, nil, tag.TrainConfig{Epochs: f.foldEpochs})
		if err != nil {
			return nil, err
		}
		toks := tokens(held, tm)
		for j, i := range idx {
			out[i] = toks[j]
		}
		fmt.Fprintf(m.Stderr, "train: jackknife fold %d/%d tagged\n", k+1, f.folds)
	}
	return out, nil
}

// tokens converts sentences to tokens keeping the gold tree; when tm is
// not nil, it replaces the gold tags, lemmas and features by its own.
func tokens(ss []conllu.Sentence, tm *tag.Model) [][]dyad.Token {
	out := make([][]dyad.Token, len(ss))
	for i := range ss {
		out[i] = conllu.ToDyad(&ss[i]).Tokens
		if tm != nil {
			tm.TagTokens(out[i])
		}
	}
	return out
}

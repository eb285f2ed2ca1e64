package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/clean"
	"github.com/dyad-events/dyad/internal/petrarch"
	"github.com/dyad-events/dyad/internal/shared"
	"github.com/dyad-events/dyad/internal/surface"
	"github.com/dyad-events/dyad/internal/tag"
	"github.com/dyad-events/dyad/internal/text"
	"github.com/dyad-events/dyad/internal/validate"
)

func cmdValidate(ctx context.Context, m *Main, args []string) error {
	fs := m.flagSet("validate", "validate petrarch FILE.xml | tabari FILE.project\n\nCodes a peer's validation suite with the dictionaries it names and prints one line per record.")
	var df dictFlags
	df.register(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 2 {
		return fmt.Errorf("%w: want petrarch FILE.xml or tabari FILE.project", errUsage)
	}
	suite, err := readSuite(fs.Arg(0), fs.Arg(1))
	if err != nil {
		return err
	}
	rs, err := runSuite(ctx, suite, &df)
	if err != nil {
		return err
	}
	_, failed, err := validate.Report(m.Stdout, rs)
	if err == nil && suite.NotTests > 0 {
		_, err = fmt.Fprintf(m.Stdout, "%d records are not tests (the suite marks them so)\n", suite.NotTests)
	}
	if err == nil && failed > 0 {
		err = errFailed
	}
	return err
}

// errFailed makes dyad exit non-zero when some records fail.
var errFailed = errors.New("some records failed")

func readSuite(kind, path string) (*validate.Suite, error) {
	switch kind {
	case "tabari":
		return validate.ReadTabari(path)
	case "petrarch":
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		s, err := validate.ReadPetrarch(f)
		if err != nil {
			return nil, err
		}
		resolvePetrarch(s, filepath.Dir(path))
		return s, nil
	}
	return nil, fmt.Errorf("%w: unknown suite %q (want petrarch or tabari)", errUsage, kind)
}

// resolvePetrarch finds the dictionaries a PETRARCH suite names next to it
// or in the sibling "dictionaries" directory, PETRARCH's layout.
func resolvePetrarch(s *validate.Suite, dir string) {
	for _, list := range []*[]string{&s.Verbs, &s.Actors, &s.Agents, &s.Discards} {
		for i, name := range *list {
			for _, d := range []string{dir, filepath.Join(dir, "..", "dictionaries")} {
				if p := filepath.Join(d, name); fileExists(p) {
					(*list)[i] = p
					break
				}
			}
		}
	}
}

func fileExists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir()
}

// runSuite loads the suite's dictionaries (plus any given by flags) and
// codes every record with the surface coder. dyad's built-in lexicons
// are not used: the suites' actors are fictional.
func runSuite(ctx context.Context, s *validate.Suite, df *dictFlags) ([]validate.Result, error) {
	d, err := df.load()
	if err != nil {
		return nil, err
	}
	if err := loadSuiteDicts(d, s); err != nil {
		return nil, err
	}
	base := surface.New(d).WithOptions(s.Options)
	tm, err := tag.Default()
	if err != nil {
		return nil, err
	}
	chain := dyad.Chain{clean.New(), text.NewSplitter(), tag.New(tm), base}
	var prev story
	return s.Run(func(r *validate.Record) ([]surface.Triple, error) {
		// TABARI options persist from record to record, as in a run.
		last := len(chain) - 1
		cur := chain[last].(*surface.Coder)
		cur = cur.WithOptions(validate.ApplyTabari(cur.Options(), r.Options))
		chain[last] = cur
		return prev.code(ctx, chain, r, cur.Options().Forward)
	})
}

// story remembers the record before, so that with TABARI's FORWARD a
// record is coded after the previous sentence of its story.
type story struct {
	id, text  string
	sentences int // how many sentences text split into
}

// code codes r, after the previous record's text when forwarding within
// one story, and keeps only r's own events.
func (p *story) code(ctx context.Context, chain dyad.Chain, r *validate.Record, forward bool) ([]surface.Triple, error) {
	doc := &dyad.Document{ID: r.ID, Text: r.Text, Date: r.Date}
	skip := 0
	if forward && validate.SameStory(p.id, r.ID) {
		doc.Text, skip = p.text+"\n\n"+r.Text, p.sentences
	}
	if err := chain.Process(ctx, doc); err != nil {
		return nil, err
	}
	*p = story{id: r.ID, text: r.Text, sentences: len(doc.Sentences) - skip}
	var out []surface.Triple
	for _, e := range doc.Events {
		if e.Sentence >= skip {
			out = append(out, surface.Triple{Source: e.Source.Code, Target: e.Target.Code, Code: e.CAMEO})
		}
	}
	return out, nil
}

func loadSuiteDicts(d *petrarch.Dict, s *validate.Suite) error {
	for _, set := range []struct {
		files []string
		kind  petrarch.Kind
	}{
		{s.Verbs, petrarch.KindVerbs}, {s.Actors, petrarch.KindActors},
		{s.Agents, petrarch.KindAgents}, {s.Discards, petrarch.KindDiscards},
	} {
		for _, p := range set.files {
			if err := d.LoadFile(p, set.kind); err != nil {
				return err
			}
		}
	}
	return nil
}

// evalPetrarch runs `dyad validate petrarch` on the suite in ../shared.
func evalPetrarch(ctx context.Context, m *Main, args []string) error {
	p, err := shared.Path("peers", "petrarch2", "text", "PETR.UnitTest.records.xml")
	if err != nil {
		return err
	}
	return cmdValidate(ctx, m, append(args, "petrarch", p))
}

// evalTabari runs `dyad validate tabari` on the suite in ../shared.
func evalTabari(ctx context.Context, m *Main, args []string) error {
	p, err := shared.Path("peers", "tabari", "Validate.project")
	if err != nil {
		return err
	}
	return cmdValidate(ctx, m, append(args, "tabari", p))
}

package validate

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/dyad-events/dyad/internal/surface"
	"github.com/dyad-events/dyad/internal/tabari"
)

// tabariStop is the ID of the record that ends TABARI's standard suite.
const tabariStop = "FINAL-01"

// ReadTabari reads a TABARI .project file and the text file it names.
// A record marked {+++} is one TABARI finds too complex to code, so it is
// a test that expects no event. Records without expectations (options,
// notes) are not tests: they are left out and counted in Suite.NotTests.
// Dictionary paths are made relative to the project's directory.
func ReadTabari(projectPath string) (*Suite, error) {
	f, err := os.Open(projectPath)
	if err != nil {
		return nil, fmt.Errorf("validate: %w", err)
	}
	defer f.Close()
	p, err := tabari.ReadProject(f, projectPath)
	if err != nil {
		return nil, err
	}
	dir := filepath.Dir(projectPath)
	rel := func(key string) []string {
		if v := p.File(key); v != "" {
			return []string{filepath.Join(dir, v)}
		}
		return nil
	}
	s := &Suite{Verbs: rel("verbsfile"), Actors: rel("actorsfile"), Agents: rel("agentsfile"), Options: tabariOptions()}
	if opts := rel("optionsfile"); opts != nil {
		if s.Options, err = optionsFile(opts[0], s.Options); err != nil {
			return nil, err
		}
	}
	text := rel("textfile")
	if text == nil {
		return nil, fmt.Errorf("validate: %s: no <textfile>", projectPath)
	}
	tf, err := os.Open(text[0])
	if err != nil {
		return nil, fmt.Errorf("validate: %w", err)
	}
	defer tf.Close()
	recs, err := tabari.ReadRecords(tf, text[0], tabariStop)
	if err != nil {
		return nil, err
	}
	var pending []string
	for _, r := range recs {
		pending = append(pending, r.Options...)
		if r.Skip && !r.Complex {
			s.NotTests++
			continue
		}
		rec := fromTabari(r)
		rec.Options, pending = pending, nil
		s.Records = append(s.Records, rec)
	}
	return s, nil
}

func fromTabari(r tabari.Record) Record {
	rec := Record{ID: r.ID, Date: r.Date, Text: r.Text, Discard: r.Discard}
	if r.Complex {
		// Events listed beside {+++} say what would be coded with the
		// complexity filter off; TABARI itself codes none.
		return rec
	}
	for _, e := range r.Events {
		rec.Want = append(rec.Want, surface.Triple{Source: e.Source, Target: e.Target, Code: e.Code})
	}
	return rec
}

// optionsFile applies a TABARI .options file to o.
func optionsFile(path string, o surface.Options) (surface.Options, error) {
	f, err := os.Open(path)
	if err != nil {
		return o, fmt.Errorf("validate: %w", err)
	}
	defer f.Close()
	opts, err := tabari.ReadOptions(f, path)
	if err != nil {
		return o, err
	}
	cmds := make([]string, len(opts))
	for i, x := range opts {
		cmds[i] = x.Command + ": " + x.Value
	}
	return ApplyTabari(o, cmds), nil
}

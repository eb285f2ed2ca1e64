package main

import (
	"context"
	"flag"
	"fmt"
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/export"
	"github.com/dyad-events/dyad/internal/store"
)

// filterFlags adds the event filters shared by export (and later, others).
func filterFlags(fs *flag.FlagSet, f *store.Filter, dyadArg *string) {
	fs.StringVar(&f.From, "from", "", "events on or after this date (YYYY-MM-DD)")
	fs.StringVar(&f.To, "to", "", "events on or before this date (YYYY-MM-DD)")
	fs.StringVar(&f.Actor, "actor", "", "actor code prefix, as source or target (USA matches USAGOV)")
	fs.StringVar(dyadArg, "dyad", "", "SOURCE:TARGET code prefixes, like USA:MEX")
	fs.StringVar(&f.CAMEO, "cameo", "", "CAMEO code prefix (04, 043)")
	fs.IntVar(&f.QuadClass, "quad", 0, "QuadClass 1-4 (0 for any)")
	fs.Func("modality", "only events of this modality (asserted, negated, hypothetical, future, proposed, reported)", func(s string) error {
		f.Modality = dyad.Modality(s)
		return nil
	})
	fs.StringVar(&f.Publisher, "source", "", "only events reported by this news source (Document.Source), exact")
}

func cmdExport(ctx context.Context, m *Main, args []string) error {
	var f store.Filter
	var dyadArg string
	fs := m.flagSet("export", "export [flags]\n\nWrite the merged events of the database to standard output.")
	db := dbFlag(fs)
	format := fs.String("format", "csv", "output format: "+strings.Join(export.Formats(), ", "))
	filterFlags(fs, &f, &dyadArg)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: export takes no arguments", errUsage)
	}
	if err := setDyad(&f, dyadArg); err != nil {
		return err
	}
	if f.QuadClass < 0 || f.QuadClass > 4 {
		return fmt.Errorf("%w: --quad %d: want 1-4", errUsage, f.QuadClass)
	}
	w, err := export.New(m.Stdout, *format)
	if err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	s, err := openExisting(ctx, *db)
	if err != nil {
		return err
	}
	defer s.Close()
	err = s.EachEvent(ctx, f, func(e store.Event) error { return w.Write(&e) })
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	return err
}

func setDyad(f *store.Filter, arg string) error {
	if arg == "" {
		return nil
	}
	src, tgt, err := store.ParseDyad(arg)
	if err != nil {
		return fmt.Errorf("%w: --dyad: %v", errUsage, err)
	}
	f.Source, f.Target = src, tgt
	return nil
}

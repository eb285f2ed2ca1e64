package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/read"
	"github.com/dyad-events/dyad/internal/store"
)

// cmdDemo codes the bundled examples into a temporary database and serves
// the UI over it.
func cmdDemo(ctx context.Context, m *Main, args []string) error {
	fs := m.flagSet("demo", "demo [--examples DIR] [--addr HOST:PORT] [--date YYYY-MM-DD]\n\nCodes the example articles into a temporary database and serves the UI, printing its URL.")
	dir := fs.String("examples", "examples", "directory of example articles")
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	date := fs.String("date", "", "publication date for examples that lack one")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	meta, err := codeFlags{date: *date}.defaults()
	if err != nil {
		return err
	}
	if _, err := os.Stat(*dir); err != nil {
		return fmt.Errorf("%w: demo: %v (run from the dyad source tree or give --examples)", errUsage, err)
	}
	tmp, err := os.MkdirTemp("", "dyad-demo-")
	if err != nil {
		return fmt.Errorf("demo: %w", err)
	}
	defer os.RemoveAll(tmp)
	db, err := store.Open(ctx, filepath.Join(tmp, "demo.db"), store.Options{})
	if err != nil {
		return err
	}
	defer db.Close()
	chain, err := pipeline(Config{})
	if err != nil {
		return err
	}
	n, err := codeInto(ctx, db, chain, *dir, meta)
	if err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "dyad: coded %d example documents into %s\n", n, tmp)
	return m.serve(ctx, db, chain, *addr)
}

// codeInto reads every document under dir, codes it and stores it,
// returning how many were stored.
func codeInto(ctx context.Context, db *store.DB, chain dyad.Chain, dir string, meta defaults) (int, error) {
	var docs []*dyad.Document
	err := read.New(read.Config{}, nil).Read(ctx, dir, func(d *dyad.Document) error {
		meta.apply(d, len(docs))
		if d.ID == "" {
			d.ID = contentID(d)
		}
		process(ctx, chain, d)
		docs = append(docs, d)
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("demo: %w", err)
	}
	rs, err := db.PutDocuments(ctx, docs)
	if err != nil {
		return 0, err
	}
	n := 0
	for _, r := range rs {
		if r.Status == store.Inserted {
			n++
		}
	}
	return n, nil
}

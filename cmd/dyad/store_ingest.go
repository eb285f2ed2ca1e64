package main

import (
	"context"
	"flag"
	"fmt"
	"os"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/store"
)

// dbFlag adds the --db flag every store command takes.
func dbFlag(fs *flag.FlagSet) *string {
	return fs.String("db", "dyad.db", "event database (SQLite file; created if missing)")
}

func cmdIngest(ctx context.Context, m *Main, args []string) error {
	var f codeFlags
	fs := m.flagSet("ingest", "ingest [flags] PATH...\n\nCode documents and store them, their analysis and their events in the database.\nDocuments already stored (same URL, or same text) are skipped, so a re-run resumes.")
	var df dictFlags
	df.register(fs)
	db := dbFlag(fs)
	batch := fs.Int("batch", store.DefaultBatch, "documents per transaction: a crash loses at most the batch in flight")
	f.registerBatch(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return fmt.Errorf("%w: no PATH given (use - for standard input)", errUsage)
	}
	meta, err := f.defaults()
	if err != nil {
		return err
	}
	s, err := store.Open(ctx, *db, store.Options{})
	if err != nil {
		return err
	}
	defer s.Close()
	chain, err := df.pipeline(Config{Workers: f.workers})
	if err != nil {
		return err
	}
	out := &storeSink{ctx: ctx, db: s, size: max(*batch, 1)}
	sum, err := m.runDocs(ctx, fs.Args(), f, meta, chain, out.stored, out)
	if err != nil {
		return err
	}
	if !f.quiet {
		fmt.Fprintf(m.Stderr, "%s; stored %d (%d near-copies), already there %d, event mentions %d\n",
			sum.String(), out.inserted, out.copies, out.exists, out.events)
	}
	if sum.failed > 0 {
		return errSomeFailed
	}
	return nil
}

// storeSink writes documents to the database a batch per transaction.
type storeSink struct {
	ctx  context.Context
	db   *store.DB
	size int
	buf  []*dyad.Document

	inserted, copies, exists, events int
}

// stored reports whether a document with d's URL is in the database
// already, so the pipeline need not code it again. Lookup errors count as
// not stored: PutDocuments will decide.
func (s *storeSink) stored(d *dyad.Document) bool {
	ok, err := s.db.HasURL(s.ctx, d.URL)
	return err == nil && ok
}

func (s *storeSink) put(d *dyad.Document) error {
	s.buf = append(s.buf, d)
	if len(s.buf) < s.size {
		return nil
	}
	return s.flush()
}

func (s *storeSink) flush() error {
	if len(s.buf) == 0 {
		return nil
	}
	rs, err := s.db.PutDocuments(s.ctx, s.buf)
	s.buf = s.buf[:0]
	if err != nil {
		return err
	}
	for _, r := range rs {
		s.count(r)
	}
	return nil
}

func (s *storeSink) count(r store.PutResult) {
	switch r.Status {
	case store.Inserted:
		s.inserted++
		s.events += r.Events
		if r.DupOf != 0 {
			s.copies++
		}
	case store.Exists:
		s.exists++
	}
}

// openExisting opens a database that must exist already: reading
// commands should not create an empty file by mistake.
func openExisting(ctx context.Context, path string) (*store.DB, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("%w: --db: %w", errUsage, err)
	}
	return store.Open(ctx, path, store.Options{})
}

package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"sync"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/queue"
	"github.com/dyad-events/dyad/internal/store"
)

func cmdSink(ctx context.Context, m *Main, args []string) error {
	var qf queueFlags
	fset := m.flagSet("sink", "sink --db FILE | --out FILE [flags]\n\nStores coded documents from the results stream.")
	qf.register(fset)
	out := fset.String("out", "", "append coded documents to this JSON-lines file, once per document id")
	dbPath := fset.String("db", "", "store coded documents in this event database (as dyad ingest does), once per document")
	untilIdle := fset.Bool("until-idle", false, "exit once the queue is empty (batch runs)")
	metricsAddr := fset.String("metrics-addr", "", "serve Prometheus metrics at http://ADDR/metrics")
	if err := parseFlags(fset, args); err != nil {
		return err
	}
	if (*out == "") == (*dbPath == "") {
		return fmt.Errorf("%w: give one of --db or --out", errUsage)
	}
	sink, err := openSink(ctx, *dbPath, *out)
	if err != nil {
		return err
	}
	defer sink.Close()
	q, err := qf.open(ctx)
	if err != nil {
		return err
	}
	defer q.Close()
	log := m.logger()
	met := queue.NewMetrics()
	serveMetrics(ctx, *metricsAddr, met, log)
	log.Info("sink started", "nats", qf.url, "out", *out, "db", *dbPath)
	return q.Drain(ctx, sink, queue.SinkConfig{Log: log, Metrics: met, Until: untilFunc(ctx, q, *untilIdle, true)})
}

// closingSink is a queue.Sink that must be closed.
type closingSink interface {
	queue.Sink
	Close() error
}

// openSink opens the event database at dbPath, or else the JSON-lines file
// at out.
func openSink(ctx context.Context, dbPath, out string) (closingSink, error) {
	if dbPath == "" {
		return openJSONLSink(out)
	}
	db, err := store.Open(ctx, dbPath, store.Options{})
	if err != nil {
		return nil, err
	}
	return queueStore{db}, nil
}

// queueStore puts documents into the event database; PutDocument is
// idempotent, so a redelivered result is stored once.
type queueStore struct{ db *store.DB }

func (s queueStore) Put(ctx context.Context, d *dyad.Document) error {
	_, err := s.db.PutDocument(ctx, d)
	return err
}

func (s queueStore) Close() error { return s.db.Close() }

// jsonlSink appends each document to a file once: ids already in the file
// are skipped, so a redelivered result is not written twice.
type jsonlSink struct {
	mu   sync.Mutex
	f    *os.File
	w    *bufio.Writer
	seen map[string]bool
}

func openJSONLSink(path string) (*jsonlSink, error) {
	s := &jsonlSink{seen: map[string]bool{}}
	if err := s.load(path); err != nil {
		return nil, err
	}
	f, err := os.OpenFile(path, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		return nil, fmt.Errorf("sink: %w", err)
	}
	s.f, s.w = f, bufio.NewWriter(f)
	return s, nil
}

// load remembers the ids already written to path.
func (s *jsonlSink) load(path string) error {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("sink: %w", err)
	}
	defer f.Close()
	dec := json.NewDecoder(bufio.NewReader(f))
	for {
		var d struct{ ID string }
		if err := dec.Decode(&d); err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			return fmt.Errorf("sink: %s: %w", path, err)
		}
		s.seen[d.ID] = true
	}
}

// Put writes d unless its id was written before, and flushes so a result
// acknowledged to the queue is on disk.
func (s *jsonlSink) Put(_ context.Context, d *dyad.Document) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.seen[d.ID] {
		return nil
	}
	normalize(d)
	b, err := json.Marshal(d)
	if err != nil {
		return fmt.Errorf("sink: %w", err)
	}
	s.w.Write(append(b, '\n'))
	if err := s.w.Flush(); err != nil {
		return fmt.Errorf("sink: %w", err)
	}
	s.seen[d.ID] = true
	return nil
}

// Close flushes and closes the file.
func (s *jsonlSink) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return errors.Join(s.w.Flush(), s.f.Close())
}

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
)

func cmdSink(ctx context.Context, m *Main, args []string) error {
	var qf queueFlags
	fset := m.flagSet("sink", "sink --out FILE [flags]\n\nStores coded documents from the results stream.")
	qf.register(fset)
	out := fset.String("out", "", "append coded documents to this JSON-lines file, once per document id (required)")
	untilIdle := fset.Bool("until-idle", false, "exit once the queue is empty (batch runs)")
	metricsAddr := fset.String("metrics-addr", "", "serve Prometheus metrics at http://ADDR/metrics")
	if err := parseFlags(fset, args); err != nil {
		return err
	}
	if *out == "" {
		return fmt.Errorf("%w: --out is required", errUsage)
	}
	sink, err := openJSONLSink(*out)
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
	log.Info("sink started", "nats", qf.url, "out", *out)
	return q.Drain(ctx, sink, queue.SinkConfig{Log: log, Metrics: met, Until: untilFunc(ctx, q, *untilIdle, true)})
}

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

package main

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"sync"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/read"
)

// job is one document on its way through the pipeline; seq keeps output in
// input order while workers run in parallel.
type job struct {
	seq int
	doc *dyad.Document
}

// runBatch reads every input, runs chain on each document with f.workers
// workers, and writes results in input order.
func (m *Main) runBatch(ctx context.Context, inputs []string, f codeFlags, meta defaults, chain dyad.Chain) error {
	bw := bufio.NewWriterSize(m.Stdout, 1<<16)
	out := &jsonSink{bw: bw, w: newWriter(bw, f.docs)}
	sum, err := m.runDocs(ctx, inputs, f, meta, chain, nil, out)
	if err != nil {
		return err
	}
	if !f.quiet {
		fmt.Fprintln(m.Stderr, sum.String())
	}
	if sum.failed > 0 {
		return errSomeFailed
	}
	return nil
}

// sink receives processed documents in input order.
type sink interface {
	put(d *dyad.Document) error
	flush() error
}

// jsonSink is the sink of `dyad code`: JSON lines on standard output.
type jsonSink struct {
	bw *bufio.Writer
	w  *writer
}

func (j *jsonSink) put(d *dyad.Document) error { return j.w.write(d) }
func (j *jsonSink) flush() error               { return j.bw.Flush() }

// runDocs reads every input, runs chain on each document with f.workers
// workers (except those skip says are done already), and hands them to
// out in input order.
func (m *Main) runDocs(ctx context.Context, inputs []string, f codeFlags, meta defaults, chain dyad.Chain, skip func(*dyad.Document) bool, out sink) (*summary, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	prog := m.newProgress(ctx, inputs, f.quiet)
	rd := read.New(f.readConfig(prog.addBytes), m.Stdin)

	in := make(chan job, 2*f.workers)
	done := make(chan job, 2*f.workers)
	var readErr error
	go func() {
		defer close(in)
		readErr = readAll(ctx, rd, inputs, meta, in)
	}()
	var wg sync.WaitGroup
	for range max(f.workers, 1) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range in {
				if skip == nil || !skip(j.doc) {
					process(ctx, chain, j.doc)
				}
				done <- j
			}
		}()
	}
	go func() { wg.Wait(); close(done) }()

	sum, writeErr := m.writeOrdered(done, out, prog)
	if writeErr != nil {
		cancel()
		for range done { // let workers finish
		}
	}
	prog.wait()
	return sum, errors.Join(writeErr, readErr)
}

// readConfig is the reader's configuration from the flags.
func (f codeFlags) readConfig(onBytes func(int64)) read.Config {
	return read.Config{
		MaxItemBytes:  int64(f.maxMB) << 20,
		MaxFetchBytes: int64(f.maxFetchMB) << 20,
		FetchTimeout:  f.fetchTimeout,
		OnBytes:       onBytes,
	}
}

// readAll sends every document of every input to in, numbered in order.
func readAll(ctx context.Context, rd *read.Reader, inputs []string, meta defaults, in chan<- job) error {
	seq := 0
	for _, input := range inputs {
		err := rd.Read(ctx, input, func(d *dyad.Document) error {
			meta.apply(d, seq)
			select {
			case in <- job{seq, d}:
				seq++
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// process runs chain on d unless reading failed. A stage error is recorded
// on the document: one bad article never stops the batch.
func process(ctx context.Context, chain dyad.Chain, d *dyad.Document) {
	if d.Failed() {
		return
	}
	defer func() {
		if r := recover(); r != nil {
			d.AddError("pipeline", dyad.ReasonInternal, "stage panicked: %v", r)
		}
	}()
	if err := chain.Process(ctx, d); err != nil {
		d.AddError("pipeline", dyad.ReasonInternal, "%v", err)
	}
}

// writeOrdered hands jobs to out in seq order as they arrive.
func (m *Main) writeOrdered(done <-chan job, out sink, prog *progress) (*summary, error) {
	sum := &summary{reasons: map[string]int{}}
	pending := map[int]*dyad.Document{}
	next := 0
	for j := range done {
		pending[j.seq] = j.doc
		for d, ok := pending[next]; ok; d, ok = pending[next] {
			delete(pending, next)
			next++
			normalize(d)
			sum.add(d)
			prog.addDoc()
			if err := out.put(d); err != nil {
				return sum, fmt.Errorf("write: %w", err)
			}
		}
	}
	if err := out.flush(); err != nil {
		return sum, fmt.Errorf("write: %w", err)
	}
	return sum, nil
}

// normalize makes empty lists encode as [] rather than null, so consumers
// need not test for both.
func normalize(d *dyad.Document) {
	if d.Blocks == nil {
		d.Blocks = []dyad.Block{}
	}
	if d.Sentences == nil {
		d.Sentences = []dyad.Sentence{}
	}
	if d.Errors == nil {
		d.Errors = []dyad.Error{}
	}
}

// contentID names a document by its URL, or else its text, so the same item
// gets the same id on every run.
func contentID(d *dyad.Document) string {
	key := d.URL
	if key == "" {
		key = d.Text
	}
	if key == "" {
		key = d.Origin
	}
	h := sha256.Sum256([]byte(key))
	return hex.EncodeToString(h[:8])
}

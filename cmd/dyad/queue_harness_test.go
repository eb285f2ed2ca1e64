package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/queue"
	"github.com/dyad-events/dyad/internal/read"
)

// testChain loads the pipeline once for all queue tests and benchmarks.
var testChain = sync.OnceValues(func() (dyad.Chain, error) { return pipeline(Config{Workers: 1}) })

func chainFor(tb testing.TB) dyad.Chain {
	tb.Helper()
	c, err := testChain()
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// readDocs reads every document under paths as `dyad code` would, ids
// included.
func readDocs(tb testing.TB, paths ...string) []*dyad.Document {
	tb.Helper()
	rd := read.New(read.Config{}, nil)
	var docs []*dyad.Document
	for _, p := range paths {
		err := rd.Read(context.Background(), p, func(d *dyad.Document) error {
			defaults{}.apply(d, len(docs))
			docs = append(docs, d)
			return nil
		})
		if err != nil {
			tb.Fatal(err)
		}
	}
	return docs
}

// clone copies d deeply enough for the pipeline to fill the copy.
func clone(d *dyad.Document) *dyad.Document {
	c := *d
	return &c
}

// singleProcess codes docs in this process: what the queue must match.
func singleProcess(tb testing.TB, docs []*dyad.Document) map[string]string {
	chain := chainFor(tb)
	out := map[string]string{}
	for _, d := range docs {
		c := clone(d)
		process(context.Background(), chain, c)
		out[c.ID] = eventsJSON(tb, c)
	}
	return out
}

func eventsJSON(tb testing.TB, d *dyad.Document) string {
	b, err := json.Marshal(d.Events)
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// countSink is an idempotent in-memory store keyed by document id that
// also counts every Put, duplicates included.
type countSink struct {
	mu   sync.Mutex
	docs map[string]*dyad.Document
	puts int
}

func (s *countSink) Put(_ context.Context, d *dyad.Document) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.docs[d.ID] = d
	s.puts++
	return nil
}

func (s *countSink) len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.docs)
}

// hangOnce wraps a stage: the n-th document it starts closes started and
// then blocks until its worker's context is cancelled, as a crash would.
type hangOnce struct {
	dyad.Stage
	mu      sync.Mutex
	n       int
	started chan struct{}
}

func (h *hangOnce) Process(ctx context.Context, d *dyad.Document) error {
	h.mu.Lock()
	h.n--
	hang := h.n == 0
	h.mu.Unlock()
	if !hang {
		return h.Stage.Process(ctx, d)
	}
	close(h.started)
	<-ctx.Done()
	return ctx.Err()
}

// cluster is an embedded server with a sink and some workers, each on its
// own connection as separate processes would be.
type cluster struct {
	tb      testing.TB
	q       *queue.Queue
	cfg     queue.Config
	sink    *countSink
	met     *queue.Metrics // shared by the workers
	cancels []context.CancelFunc
	wg      sync.WaitGroup
}

// newCluster starts a server, and a sink unless noSink.
func newCluster(tb testing.TB, cfg queue.Config, noSink bool) *cluster {
	tb.Helper()
	q, err := queue.Open(context.Background(), queue.EmbeddedPrefix+tb.TempDir(), cfg)
	if err != nil {
		tb.Fatal(err)
	}
	c := &cluster{tb: tb, q: q, cfg: cfg, sink: &countSink{docs: map[string]*dyad.Document{}}, met: queue.NewMetrics()}
	tb.Cleanup(c.stop)
	if noSink {
		return c
	}
	c.start(func(ctx context.Context, conn *queue.Queue) { _ = conn.Drain(ctx, c.sink, queue.SinkConfig{}) })
	return c
}

// start runs fn on a new connection until stop; it returns fn's cancel.
// Every connection uses the same Config, since opening a queue updates the
// shared consumers to its own settings.
func (c *cluster) start(fn func(context.Context, *queue.Queue)) context.CancelFunc {
	conn, err := queue.Open(context.Background(), c.q.ClientURL(), c.cfg)
	if err != nil {
		c.tb.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	c.cancels = append(c.cancels, cancel)
	c.wg.Go(func() { fn(ctx, conn); conn.Close() })
	return cancel
}

func (c *cluster) worker(stage dyad.Stage) context.CancelFunc {
	return c.start(func(ctx context.Context, conn *queue.Queue) {
		_ = conn.Work(ctx, stage, queue.WorkerConfig{Slots: 1, Metrics: c.met})
	})
}

func (c *cluster) submit(docs []*dyad.Document) {
	for _, d := range docs {
		if _, err := c.q.Submit(context.Background(), d); err != nil {
			c.tb.Fatal(err)
		}
	}
}

func (c *cluster) publishResult(d *dyad.Document) {
	if err := c.q.PublishResult(context.Background(), d); err != nil {
		c.tb.Fatal(err)
	}
}

// wait blocks until the sink holds n documents.
func (c *cluster) wait(n int, patience time.Duration) {
	deadline := time.Now().Add(patience)
	for c.sink.len() < n {
		if time.Now().After(deadline) {
			c.tb.Fatalf("sink holds %d of %d documents after %v", c.sink.len(), n, patience)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// waitCoded blocks until the workers have published and acknowledged n
// documents. It reads their counters in this process: asking the server
// for the results stream's size every few milliseconds would add its own
// cost to what the benchmarks measure.
func (c *cluster) waitCoded(n int, patience time.Duration) {
	const coded = `dyad_worker_documents_total{outcome="coded"}`
	deadline := time.Now().Add(patience)
	for int(c.met.Value(coded)) < n {
		if time.Now().After(deadline) {
			c.tb.Fatalf("%g of %d documents coded after %v", c.met.Value(coded), n, patience)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func (c *cluster) stop() {
	for _, cancel := range c.cancels {
		cancel()
	}
	c.wg.Wait()
	c.q.Close()
}

// compare checks the sink holds exactly the documents of want, each with
// the events of the single-process run.
func (c *cluster) compare(want map[string]string) {
	c.tb.Helper()
	var bad []string
	for id, ev := range want {
		d, ok := c.sink.docs[id]
		switch {
		case !ok:
			bad = append(bad, id+": missing")
		case eventsJSON(c.tb, d) != ev:
			bad = append(bad, fmt.Sprintf("%s: events differ:\n got %s\nwant %s", id, eventsJSON(c.tb, d), ev))
		}
	}
	for id := range c.sink.docs {
		if _, ok := want[id]; !ok {
			bad = append(bad, id+": not submitted")
		}
	}
	sort.Strings(bad)
	for _, b := range bad {
		c.tb.Error(b)
	}
}

// writeCorpus writes texts as files in a temp dir and returns the dir.
func writeCorpus(tb testing.TB, texts []string) string {
	dir := tb.TempDir()
	for i, t := range texts {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("story%02d.txt", i)), []byte(t), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	return dir
}

package queue

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dyad-events/dyad"
)

// testConfig keeps redelivery quick so a killed worker's document comes
// back within a second.
func testConfig() Config {
	return Config{AckWait: time.Second, MaxTries: 3, MaxMsgBytes: 4 << 10}
}

// openEmbedded starts a server in a temp dir on a free port.
func openEmbedded(t testing.TB, cfg Config) *Queue {
	t.Helper()
	q, err := Open(context.Background(), EmbeddedPrefix+t.TempDir(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { q.Close() })
	return q
}

// dial opens a second connection to q's server, as another process would.
func dial(t testing.TB, q *Queue) *Queue {
	t.Helper()
	c, err := Open(context.Background(), q.ClientURL(), q.cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// memSink is an idempotent in-memory store keyed by document id.
type memSink struct {
	mu   sync.Mutex
	docs map[string]*dyad.Document
	puts int
}

func newMemSink() *memSink { return &memSink{docs: map[string]*dyad.Document{}} }

func (s *memSink) Put(_ context.Context, d *dyad.Document) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.docs[d.ID] = d
	s.puts++
	return nil
}

func (s *memSink) len() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.docs)
}

// lineCoder stands in for the pipeline: one event per line that says
// someone met someone, and an error for a line that says POISON.
type lineCoder struct{ delay time.Duration }

func (c lineCoder) Process(ctx context.Context, d *dyad.Document) error {
	select {
	case <-time.After(c.delay):
	case <-ctx.Done():
		return ctx.Err()
	}
	for i, line := range strings.Split(d.Text, "\n") {
		if strings.Contains(line, "POISON") {
			return errors.New("lineCoder: cannot read this line")
		}
		if who, whom, ok := strings.Cut(line, " met "); ok {
			d.Events = append(d.Events, dyad.Event{
				ID: fmt.Sprintf("%s-%d", d.ID, i), Doc: d.ID, Sentence: i, CAMEO: "040", Root: "04",
				Source: dyad.Actor{Name: who}, Target: dyad.Actor{Name: strings.TrimSuffix(whom, ".")},
			})
		}
	}
	return nil
}

// corpus writes n small documents; every third one is long enough to
// travel through the object store under testConfig.
func corpus(n int) []*dyad.Document {
	var docs []*dyad.Document
	for i := range n {
		text := fmt.Sprintf("Minister %d met the envoy of region %d.\nTalks went on late.", i, i%7)
		if i%3 == 0 {
			text += strings.Repeat("\nDelegates from harbour towns waited outside the hall.", 100)
		}
		docs = append(docs, &dyad.Document{ID: fmt.Sprintf("doc-%03d", i), Text: text})
	}
	return docs
}

// waitFor polls cond until it holds or the test's patience runs out.
func waitFor(t testing.TB, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

//go:build eval

package main

import (
	"testing"
	"time"

	"github.com/dyad-events/dyad/internal/queue"
	"github.com/dyad-events/dyad/internal/shared"
)

// TestQueueBBC codes all 2,225 BBC stories with three workers, one killed
// mid-document, and checks the sink holds each story once with the events
// of a single-process run.
func TestQueueBBC(t *testing.T) {
	docs := readDocs(t, shared.TestPath(t, "data", "news", "bbc-news-2225", "bbc"))
	if len(docs) < 2225 {
		t.Fatalf("read %d documents, want 2225", len(docs))
	}
	start := time.Now()
	want := singleProcess(t, docs)
	t.Logf("single process: %d documents in %v", len(docs), time.Since(start).Round(time.Millisecond))
	start = time.Now()
	c := newCluster(t, queue.Config{AckWait: 5 * time.Second}, false)
	c.submit(docs)
	victim := &hangOnce{Stage: chainFor(t), n: 200, started: make(chan struct{})}
	kill := c.worker(victim)
	c.worker(chainFor(t))
	c.worker(chainFor(t))
	<-victim.started
	kill()
	c.wait(len(want), 10*time.Minute)
	t.Logf("queue, 3 workers, one killed: %d documents in %v, %d puts", len(want), time.Since(start).Round(time.Millisecond), c.sink.puts)
	c.compare(want)
}

package main

import (
	"context"
	"fmt"
	"syscall"
	"testing"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/queue"
	"github.com/dyad-events/dyad/internal/shared"
)

// benchDocs are the first n BBC politics stories; benchmarks skip without
// ../shared.
func benchDocs(b *testing.B, n int) []*dyad.Document {
	dir := shared.TestPath(b, "data", "news", "bbc-news-2225", "bbc", "politics")
	docs := readDocs(b, dir)
	return docs[:min(n, len(docs))]
}

// BenchmarkSingleProcess codes the corpus in one goroutine: the baseline
// for the queue's overhead.
func BenchmarkSingleProcess(b *testing.B) {
	docs := benchDocs(b, 100)
	chain := chainFor(b)
	start, cpu0 := time.Now(), cpuTime()
	n := 0
	for b.Loop() {
		for _, d := range docs {
			process(context.Background(), chain, clone(d))
			n++
		}
	}
	report(b, n, start, cpu0)
}

// BenchmarkQueue codes the corpus through an embedded JetStream server
// with 1, 2 and 4 single-slot workers, submitting included. It stops at
// the results stream: the sink runs on its own machine and has its own
// benchmark.
func BenchmarkQueue(b *testing.B) {
	for _, workers := range []int{1, 2, 4} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			docs := benchDocs(b, 100)
			c := newCluster(b, queue.Config{}, true)
			for range workers {
				c.worker(chainFor(b))
			}
			start, cpu0 := time.Now(), cpuTime()
			n := 0
			for b.Loop() {
				for _, d := range docs {
					d := clone(d)
					d.ID = fmt.Sprintf("%s-%d", d.ID, n) // a fresh id, or the queue drops it as a duplicate
					n++
					c.submit([]*dyad.Document{d})
				}
				c.waitCoded(n, 10*time.Minute)
			}
			// The share of the run a worker spent not coding: waiting for
			// a document, or for its last result to be published.
			busy := c.met.Value("dyad_worker_busy_seconds_total")
			b.ReportMetric(100*(1-busy/time.Since(start).Seconds()/float64(workers)), "worker-idle-%")
			report(b, n, start, cpu0)
		})
	}
}

// report gives throughput and CPU per document; on a shared machine the
// CPU figure is the steadier measure of the queue's overhead.
func report(b *testing.B, n int, start time.Time, cpu0 time.Duration) {
	b.ReportMetric(float64(n)/time.Since(start).Seconds(), "docs/s")
	b.ReportMetric(float64((cpuTime()-cpu0).Microseconds())/1000/float64(n), "cpu-ms/doc")
}

// cpuTime is the user and system time this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkSink stores coded results from the results stream in memory:
// decoding dominates, so this is the sink's ceiling before the store.
func BenchmarkSink(b *testing.B) {
	docs := benchDocs(b, 100)
	chain := chainFor(b)
	for _, d := range docs {
		process(context.Background(), chain, d)
	}
	c := newCluster(b, queue.Config{}, false)
	start, cpu0 := time.Now(), cpuTime()
	n := 0
	for b.Loop() {
		for _, d := range docs {
			d := clone(d)
			d.ID = fmt.Sprintf("%s-%d", d.ID, n)
			n++
			c.publishResult(d)
		}
		c.wait(n, 10*time.Minute)
	}
	report(b, n, start, cpu0)
}

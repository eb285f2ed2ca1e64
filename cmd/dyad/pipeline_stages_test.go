//go:build eval && linux

package main

import (
	"context"
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"
	"unsafe"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/shared"
)

// timedStage runs a stage and adds up the CPU time its thread spends in
// it: on a loaded machine wall time mostly measures the other processes.
type timedStage struct {
	name  string
	stage dyad.Stage
	spent time.Duration
}

func (t *timedStage) Process(ctx context.Context, d *dyad.Document) error {
	start := threadCPU()
	err := t.stage.Process(ctx, d)
	t.spent += threadCPU() - start
	return err
}

// threadCPU is the CPU time of the calling OS thread; the benchmark locks
// its goroutine to one thread so that this is the pipeline's time.
func threadCPU() time.Duration {
	const clockThreadCPUTime = 3 // CLOCK_THREAD_CPUTIME_ID
	var ts syscall.Timespec
	syscall.Syscall(syscall.SYS_CLOCK_GETTIME, clockThreadCPUTime, uintptr(unsafe.Pointer(&ts)), 0)
	return time.Duration(ts.Nano())
}

// stageName is a short name for s: its package and type.
func stageName(s dyad.Stage) string {
	n := fmt.Sprintf("%T", s)
	n = strings.TrimPrefix(n, "*")
	if i := strings.IndexByte(n, '.'); i >= 0 && n[:i] != "main" {
		return n[:i]
	}
	return n
}

// newsDocs are the first n BBC stories of every section and the first n
// Reuters stories: the corpus the end-to-end speed target is set on.
func newsDocs(b *testing.B, n int) []*dyad.Document {
	bbc := shared.TestPath(b, "data", "news", "bbc-news-2225", "bbc")
	reuters := shared.TestPath(b, "data", "news", "reuters-21578", "reut2-000.sgm")
	var docs []*dyad.Document
	for _, section := range []string{"business", "entertainment", "politics", "sport", "tech"} {
		ds := readDocs(b, filepath.Join(bbc, section))
		docs = append(docs, ds[:min(n, len(ds))]...)
	}
	ds := readDocs(b, reuters)
	return append(docs, ds[:min(n, len(ds))]...)
}

// BenchmarkPipelineStages codes BBC and Reuters stories end to end and
// reports each stage's cost in µs per sentence. Run with -cpu 1 for the
// per-core figure.
func BenchmarkPipelineStages(b *testing.B) {
	docs := newsDocs(b, 40)
	chain, err := pipeline(Config{Workers: 1})
	if err != nil {
		b.Fatal(err)
	}
	timed := make([]*timedStage, len(chain))
	var wrapped dyad.Chain
	for i, s := range chain {
		timed[i] = &timedStage{name: stageName(s), stage: s}
		wrapped = append(wrapped, timed[i])
	}
	ctx := context.Background()
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	sentences := 0
	var cpu time.Duration
	for b.Loop() {
		for _, d := range docs {
			c := clone(d)
			process(ctx, wrapped, c)
			sentences += len(c.Sentences)
		}
	}
	for _, t := range timed {
		cpu += t.spent
		b.ReportMetric(float64(t.spent.Microseconds())/float64(sentences), t.name+"-µs/sent")
	}
	b.ReportMetric(float64(sentences)/b.Elapsed().Seconds(), "sentences/s")
	b.ReportMetric(float64(sentences)/cpu.Seconds(), "sentences/cpu-s")
}

// BenchmarkStagesAfterParse runs the stages after the parser (times,
// places, mentions, quotes, events) on stories tagged and parsed once, so
// that a profile of them is not drowned by the tagger and parser.
func BenchmarkStagesAfterParse(b *testing.B) {
	docs := newsDocs(b, 40)
	chain, err := pipeline(Config{Workers: 1})
	if err != nil {
		b.Fatal(err)
	}
	split := parserIndex(b, chain) + 1
	ctx := context.Background()
	sentences := 0
	for i, d := range docs {
		docs[i] = clone(d)
		process(ctx, chain[:split], docs[i])
		sentences += len(docs[i].Sentences)
	}
	rest := chain[split:]
	timed := make([]*timedStage, len(rest))
	var wrapped dyad.Chain
	for i, s := range rest {
		timed[i] = &timedStage{name: stageName(s), stage: s}
		wrapped = append(wrapped, timed[i])
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	n := 0
	for b.Loop() {
		for _, d := range docs {
			process(ctx, wrapped, parsedCopy(d))
		}
		n += sentences
	}
	for _, t := range timed {
		b.ReportMetric(float64(t.spent.Microseconds())/float64(n), t.name+"-µs/sent")
	}
}

// parserIndex is where the dependency parser stands in chain.
func parserIndex(b *testing.B, chain dyad.Chain) int {
	for i, s := range chain {
		if stageName(s) == "parse" {
			return i
		}
	}
	b.Fatal("no parser in the pipeline")
	return 0
}

// parsedCopy copies a parsed document so that the later stages can fill
// the copy and change its tokens without touching d.
func parsedCopy(d *dyad.Document) *dyad.Document {
	c := *d
	c.Blocks = append([]dyad.Block(nil), d.Blocks...)
	c.Errors = append([]dyad.Error(nil), d.Errors...)
	c.Sentences = make([]dyad.Sentence, len(d.Sentences))
	for i, s := range d.Sentences {
		s.Tokens = append([]dyad.Token(nil), s.Tokens...)
		c.Sentences[i] = s
	}
	return &c
}

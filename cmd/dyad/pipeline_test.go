package main

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/quote"
	"github.com/dyad-events/dyad/internal/when"
	"github.com/dyad-events/dyad/internal/where"
)

// exampleTexts reads the bundled plain-text examples.
func exampleTexts(tb testing.TB) []string {
	tb.Helper()
	files, err := filepath.Glob(filepath.Join("..", "..", "examples", "text", "*.txt"))
	if err != nil || len(files) == 0 {
		tb.Fatalf("no examples: %v", err)
	}
	var out []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, string(b))
	}
	return out
}

// contextStage reports whether s is one of the context stages: quotes,
// times and places. References are resolved in the mention stage, which
// also finds the actors the coder cannot do without, so it stays.
func contextStage(s dyad.Stage) bool {
	switch s.(type) {
	case *quote.Finder, *when.Finder, *where.Finder:
		return true
	}
	return false
}

// benchChain codes the examples with chain, reporting sentences per second.
func benchChain(b *testing.B, chain dyad.Chain) {
	texts := exampleTexts(b)
	ctx := context.Background()
	sentences := 0
	for b.Loop() {
		for _, t := range texts {
			d := &dyad.Document{ID: "bench", Text: t}
			if err := chain.Process(ctx, d); err != nil {
				b.Fatal(err)
			}
			sentences += len(d.Sentences)
		}
	}
	b.ReportMetric(float64(sentences)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkPipeline is text to events end to end; BenchmarkPipelineNoContext
// drops the context stages (quotes, times, places) so that their share of
// the time can be read off the two.
func BenchmarkPipeline(b *testing.B) {
	chain, err := pipeline(Config{})
	if err != nil {
		b.Fatal(err)
	}
	benchChain(b, chain)
}

func BenchmarkPipelineNoContext(b *testing.B) {
	chain, err := pipeline(Config{})
	if err != nil {
		b.Fatal(err)
	}
	var bare dyad.Chain
	for _, s := range chain {
		if !contextStage(s) {
			bare = append(bare, s)
		}
	}
	benchChain(b, bare)
}

func TestContextStagesInPipeline(t *testing.T) {
	chain, err := pipeline(Config{})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, s := range chain {
		if contextStage(s) {
			n++
		}
	}
	if n != 3 {
		t.Errorf("%d context stages in the pipeline, want 3 (quote, when, where)", n)
	}
}

//go:build eval

package read

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/clean"
	"github.com/dyad-events/dyad/internal/shared"
)

// corpusStats counts what reading a corpus gave.
type corpusStats struct {
	docs, fatal, repaired, dated, titled int
	bytes                                int64
}

func readCorpus(tb testing.TB, inputs []string, each func(*dyad.Document)) corpusStats {
	tb.Helper()
	var st corpusStats
	r := New(Config{OnBytes: func(n int64) { st.bytes += n }}, nil)
	for _, in := range inputs {
		err := r.Read(context.Background(), in, func(d *dyad.Document) error {
			st.count(d)
			if each != nil {
				each(d)
			}
			return nil
		})
		if err != nil {
			tb.Fatal(err)
		}
	}
	return st
}

func (st *corpusStats) count(d *dyad.Document) {
	st.docs++
	if d.Failed() {
		st.fatal++
	}
	if len(d.Errors) > 0 && !d.Failed() {
		st.repaired++
	}
	if !d.Date.IsZero() {
		st.dated++
	}
	if d.Title != "" {
		st.titled++
	}
}

func reutersFiles(tb testing.TB) []string {
	dir := shared.TestPath(tb, "data", "news", "reuters-21578")
	files, err := filepath.Glob(filepath.Join(dir, "reut2-*.sgm"))
	if err != nil || len(files) == 0 {
		tb.Skipf("no reut2-*.sgm in %s", dir)
	}
	return files
}

// TestEvalReuters: every story of the collection becomes a Document with
// its NEWID and date; 20,841 have a headline (the rest are tables without
// <TITLE>). One record (NEWID 12793) is genuinely empty and is reported so.
func TestEvalReuters(t *testing.T) {
	st := readCorpus(t, reutersFiles(t), nil)
	t.Logf("reuters: %+v", st)
	if st.docs != 21578 || st.fatal > 1 || st.dated < 21578 || st.titled < 20800 {
		t.Errorf("reuters: %+v; want 21578 docs, at most 1 failed, all dated, >= 20800 titled", st)
	}
}

// TestEvalBBC: 2,225 articles plus the corpus's two readme files, all read.
func TestEvalBBC(t *testing.T) {
	st := readCorpus(t, []string{shared.TestPath(t, "data", "news", "bbc-news-2225")}, nil)
	t.Logf("bbc: %+v", st)
	if st.docs < 2225 || st.fatal != 0 || st.repaired > 1 {
		t.Errorf("bbc: %+v; want >= 2225 docs, none failed, at most 1 repaired", st)
	}
}

// TestEvalPetrarch: the peer's unit-test records, one Document per
// <Sentence>, each with its id and date.
func TestEvalPetrarch(t *testing.T) {
	p := shared.TestPath(t, "peers", "petrarch2", "text", "PETR.UnitTest.records.xml")
	ids := 0
	st := readCorpus(t, []string{p}, func(d *dyad.Document) {
		if d.ID != "" {
			ids++
		}
	})
	t.Logf("petrarch: %+v", st)
	if st.docs != 284 || st.fatal != 0 || st.dated != 284 || ids != 284 {
		t.Errorf("petrarch: %+v, %d ids; want 284 sentences, all with id and date", st, ids)
	}
}

// BenchmarkEvalReadClean reads and cleans both news corpora on one core;
// the target is 50 MB/s.
func BenchmarkEvalReadClean(b *testing.B) {
	inputs := append(reutersFiles(b), shared.TestPath(b, "data", "news", "bbc-news-2225"))
	c := clean.New()
	ctx := context.Background()
	st := readCorpus(b, inputs, nil)
	b.SetBytes(st.bytes)
	cpu0, loops := cpuTime(), 0
	for b.Loop() {
		loops++
		readCorpus(b, inputs, func(d *dyad.Document) {
			if !d.Failed() {
				_ = c.Process(ctx, d)
			}
		})
	}
	reportCPU(b, st.bytes*int64(loops), cpuTime()-cpu0)
}

// reportCPU reports MB per CPU-second: throughput per core, whatever else
// the machine is running.
func reportCPU(b *testing.B, n int64, cpu time.Duration) {
	if cpu > 0 {
		b.ReportMetric(float64(n)/1e6/cpu.Seconds(), "MB/cpu-s")
	}
}

// BenchmarkEvalRead is reading alone, for comparison.
func BenchmarkEvalRead(b *testing.B) {
	inputs := append(reutersFiles(b), shared.TestPath(b, "data", "news", "bbc-news-2225"))
	st := readCorpus(b, inputs, nil)
	b.SetBytes(st.bytes)
	cpu0, loops := cpuTime(), 0
	for b.Loop() {
		loops++
		readCorpus(b, inputs, nil)
	}
	reportCPU(b, st.bytes*int64(loops), cpuTime()-cpu0)
}

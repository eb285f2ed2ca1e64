package store

import (
	"context"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/dyad-events/dyad"
)

// BenchmarkPutDocuments stores already-coded documents (8 sentences, 3
// events each) in batches of DefaultBatch, as `dyad ingest` does, and of
// 50, the size this benchmark used before.
func BenchmarkPutDocuments(b *testing.B) {
	for _, size := range []int{50, DefaultBatch} {
		b.Run(fmt.Sprintf("batch=%d", size), func(b *testing.B) { benchmarkPut(b, size) })
	}
}

func benchmarkPut(b *testing.B, size int) {
	s := openTest(b)
	r := rand.New(rand.NewPCG(1, 2))
	ctx := context.Background()
	n := 0
	var gen time.Duration // making the synthetic documents is not storing them
	cpu := cpuTime()
	for b.Loop() {
		b.StopTimer()
		g := cpuTime()
		batch := make([]*dyad.Document, size)
		for i := range batch {
			batch[i] = synthDoc(r, n)
			n++
		}
		gen += cpuTime() - g
		b.StartTimer()
		if _, err := s.PutDocuments(ctx, batch); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "docs/s")
	if used := cpuTime() - cpu - gen; used > 0 {
		// docs per CPU-second: what one free core would sustain.
		b.ReportMetric(float64(n)/used.Seconds(), "docs/cpu-s")
	}
}

// largeEvents is the size of the synthetic database of BenchmarkLarge.
const largeEvents = 1_000_000

// fillEvents writes n synthetic merged events straight into the events
// table: the query benchmarks measure reads, not merging.
func fillEvents(b *testing.B, s *DB, n int) {
	ctx := context.Background()
	tx, err := s.SQL().BeginTx(ctx, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer tx.Rollback()
	st, err := tx.PrepareContext(ctx, statements["event"])
	if err != nil {
		b.Fatal(err)
	}
	sectors := []string{"", "GOV", "MIL", "REB", "CVL"}
	r := rand.New(rand.NewPCG(3, 4))
	code := func() string {
		return synthActors[r.IntN(len(synthActors))] + sectors[r.IntN(len(sectors))]
	}
	for range n {
		cameo := synthCAMEO[r.IntN(len(synthCAMEO))]
		d := int64(16436 + r.IntN(11*365)) // 2015..2025
		_, err := st.ExecContext(ctx, nil, code(), code(), "", "", "", "", cameo[:2], cameo, 1+r.IntN(4),
			float64(r.IntN(21)-10), "", "", "asserted", true, dayString(d), "day", d, d, d, "", nil, "", "", "", "")
		if err != nil {
			b.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
	if _, err := s.SQL().ExecContext(ctx, "ANALYZE"); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkLarge runs filtered event queries and a weekly dyad series on a
// database of a million events. Building it takes a while; -short skips it.
func BenchmarkLarge(b *testing.B) {
	if testing.Short() {
		b.Skip("builds a million-event database")
	}
	s, err := Open(context.Background(), filepath.Join(b.TempDir(), "large.db"), Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	start := time.Now()
	fillEvents(b, s, largeEvents)
	b.Logf("built %d events in %v", largeEvents, time.Since(start))
	filters := map[string]Filter{
		"actor+quad+year":   {Actor: "USA", QuadClass: 4, From: "2020-01-01", To: "2020-12-31"},
		"dyad+cameo":        {Source: "USA", Target: "MEX", CAMEO: "19"},
		"cameo+month":       {CAMEO: "042", From: "2023-05-01", To: "2023-05-31", Sort: SortConflict},
		"rare, no matches":  {Source: "USAREB", Target: "MEXCVL", CAMEO: "0", QuadClass: 2, Modality: dyad.Negated},
		"everything, page5": {Offset: 400},
	}
	for name, f := range filters {
		b.Run("events/"+name, func(b *testing.B) {
			timed(b, func() error { _, err := s.Events(context.Background(), f); return err })
		})
	}
	for _, iv := range []Interval{Week, Month} {
		b.Run(fmt.Sprintf("series/USA:MEX/%s", iv), func(b *testing.B) {
			timed(b, func() error { _, err := s.Series(context.Background(), "USA", "MEX", iv); return err })
		})
	}
}

// timed runs fn in b.Loop and reports its median and 99th percentile.
func timed(b *testing.B, fn func() error) {
	var ds []time.Duration
	for b.Loop() {
		t := time.Now()
		if err := fn(); err != nil {
			b.Fatal(err)
		}
		ds = append(ds, time.Since(t))
	}
	slices.Sort(ds)
	b.ReportMetric(float64(ds[len(ds)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(ds[len(ds)*99/100].Microseconds())/1000, "p99-ms")
}

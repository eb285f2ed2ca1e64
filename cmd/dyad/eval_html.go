package main

import (
	"context"
	"fmt"
	"path/filepath"
	"runtime"
	"time"

	"github.com/dyad-events/dyad/internal/html"
	"github.com/dyad-events/dyad/internal/html/htmleval"
	"github.com/dyad-events/dyad/internal/shared"
)

// evalHTML scores article extraction: body precision/recall/F1 on the
// article-extraction benchmark and metadata on Readability's news pages.
func evalHTML(ctx context.Context, m *Main, args []string) error {
	fs := m.flagSet("eval html", "eval html [--dir DIR] [-v]")
	dir := fs.String("dir", "", "directory holding article-extraction-benchmark/ and readability-test-pages-news/ (default: shared data/html)")
	verbose := fs.Bool("v", false, "print per-page F1 and metadata misses")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *dir == "" {
		d, err := shared.Path("data", "html")
		if err != nil {
			return err
		}
		*dir = d
	}
	ex, err := html.New(html.Options{})
	if err != nil {
		return err
	}
	if err := evalBenchmark(ctx, m, ex, filepath.Join(*dir, "article-extraction-benchmark"), *verbose); err != nil {
		return err
	}
	return evalNews(ctx, m, ex, filepath.Join(*dir, "readability-test-pages-news", "test", "test-pages"), *verbose)
}

func evalBenchmark(ctx context.Context, m *Main, ex *html.Extractor, dir string, verbose bool) error {
	pages, err := htmleval.LoadBenchmark(dir)
	if err != nil {
		return err
	}
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	r, err := htmleval.RunBenchmark(ctx, ex, pages)
	if err != nil {
		return err
	}
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	if verbose {
		for i, p := range pages {
			c := r.PerPage[i]
			fmt.Fprintf(m.Stdout, "%.3f P=%.3f R=%.3f %s %s\n", c.F1(), c.Precision(), c.Recall(), p.ID[:12], p.URL)
		}
	}
	var mb float64
	for _, p := range pages {
		mb += float64(len(p.HTML)) / 1e6
	}
	secs := r.Elapsed.Seconds()
	fmt.Fprintf(m.Stdout, "article-extraction-benchmark: %d pages  body blocks:       F1 %.3f  precision %.3f  recall %.3f  exact %.3f\n",
		r.Pages, r.F1, r.Precision, r.Recall, r.Accuracy)
	w := r.WithPosts
	fmt.Fprintf(m.Stdout, "article-extraction-benchmark: %d pages  body + post blocks: F1 %.3f  precision %.3f  recall %.3f  exact %.3f\n",
		w.Pages, w.F1, w.Precision, w.Recall, w.Accuracy)
	fmt.Fprintf(m.Stdout, "speed: %.0f pages/s, %.1f MB/s wall time on one goroutine (%s); allocated %.0f MB\n",
		float64(r.Pages)/secs, mb/secs, r.Elapsed.Round(time.Millisecond), float64(after.TotalAlloc-before.TotalAlloc)/1e6)
	if cpu := r.CPU.Seconds(); cpu > 0 {
		fmt.Fprintf(m.Stdout, "speed: %.0f pages/s, %.1f MB/s per CPU-second (%s CPU, GC included)\n",
			float64(r.Pages)/cpu, mb/cpu, r.CPU.Round(time.Millisecond))
	}
	return nil
}

func evalNews(ctx context.Context, m *Main, ex *html.Extractor, dir string, verbose bool) error {
	pages, err := htmleval.LoadNews(dir)
	if err != nil {
		return err
	}
	r, err := htmleval.RunNews(ctx, ex, pages)
	if err != nil {
		return err
	}
	if verbose {
		for _, s := range r.Misses {
			fmt.Fprintln(m.Stdout, "miss", s)
		}
	}
	fmt.Fprintf(m.Stdout, "readability-test-pages-news: %d pages  title %d/%d (%.3f)  byline %d/%d (%.3f)  date %d/%d (%.3f)\n",
		r.Pages, r.Title, r.Pages, ratio(r.Title, r.Pages), r.Byline, r.BylinePages, ratio(r.Byline, r.BylinePages),
		r.Date, r.DatePages, ratio(r.Date, r.DatePages))
	fmt.Fprintf(m.Stdout, "readability-test-pages-news: %d pages  body vs Readability's output: F1 %.3f  precision %.3f  recall %.3f\n",
		r.Body.Pages, r.Body.F1, r.Body.Precision, r.Body.Recall)
	return nil
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

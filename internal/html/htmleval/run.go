package htmleval

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/html"
)

// Extract runs the extractor on one page of markup and returns the
// resulting document.
func Extract(ctx context.Context, ex *html.Extractor, url, markup string) (*dyad.Document, error) {
	d := &dyad.Document{Format: "html", URL: url, HTML: markup}
	if err := ex.Process(ctx, d); err != nil {
		return nil, fmt.Errorf("htmleval: %w", err)
	}
	return d, nil
}

// Body joins the body blocks of d, the text scored against the gold body;
// with posts, the embedded posts are included where they stand, as the
// gold bodies of the benchmark include them.
func Body(d *dyad.Document, posts bool) string {
	var parts []string
	for _, b := range d.Blocks {
		if b.Kind == dyad.BlockBody || posts && b.Kind == dyad.BlockPost {
			parts = append(parts, b.Text)
		}
	}
	return strings.Join(parts, "\n")
}

// BenchResult is the benchmark's score plus the time extraction took.
type BenchResult struct {
	Summary           // body blocks only
	WithPosts Summary // body and post blocks
	PerPage   []Counts
	Elapsed   time.Duration // wall time spent extracting
	CPU       time.Duration // CPU time spent extracting, GC included (0 when unknown)
}

// RunBenchmark extracts every page and scores its body.
func RunBenchmark(ctx context.Context, ex *html.Extractor, pages []Page) (r BenchResult, err error) {
	exact := make([]bool, 0, len(pages))
	var withPosts []Counts
	var exactPosts []bool
	for _, p := range pages {
		start, cpu := time.Now(), cpuTime()
		d, err := Extract(ctx, ex, p.URL, p.HTML)
		r.CPU += cpuTime() - cpu
		r.Elapsed += time.Since(start)
		if err != nil {
			return r, err
		}
		body, all := Body(d, false), Body(d, true)
		r.PerPage = append(r.PerPage, Match(p.Gold, body))
		exact = append(exact, Exact(p.Gold, body))
		withPosts = append(withPosts, Match(p.Gold, all))
		exactPosts = append(exactPosts, Exact(p.Gold, all))
	}
	r.Summary = Summarize(r.PerPage, exact)
	r.WithPosts = Summarize(withPosts, exactPosts)
	return r, nil
}

// NewsResult counts correct metadata on Readability's news pages. Dates are
// scored only on pages whose expected metadata has one.
type NewsResult struct {
	Body                                               Summary // body text against Readability's expected article
	Pages, Title, Byline, BylinePages, Date, DatePages int
	Misses                                             []string // "page: field got X want Y"
}

// RunNews extracts every page and compares title, byline and date with the
// expected metadata.
func RunNews(ctx context.Context, ex *html.Extractor, pages []NewsPage) (NewsResult, error) {
	var r NewsResult
	var body []Counts
	var exact []bool
	for _, p := range pages {
		d, err := Extract(ctx, ex, "", p.HTML)
		if err != nil {
			return r, err
		}
		r.Pages++
		got := Body(d, false)
		c := Match(p.Gold, got)
		body = append(body, c)
		if c.F1() < 0.8 {
			r.Misses = append(r.Misses, fmt.Sprintf("%s: body F1 %.3f P %.3f R %.3f", p.Name, c.F1(), c.Precision(), c.Recall()))
		}
		exact = append(exact, Exact(p.Gold, got))
		r.check(p.Name, "title", d.Title, p.Title, &r.Title, sameText(d.Title, p.Title))
		if p.Byline != "" {
			r.BylinePages++
			r.check(p.Name, "byline", d.Byline, p.Byline, &r.Byline, sameByline(d.Byline, p.Byline))
		}
		if want, ok := parseWant(p.Published); ok {
			r.DatePages++
			r.check(p.Name, "date", d.Date.Format(time.RFC3339), p.Published, &r.Date, sameTime(d.Date, want))
		}
	}
	r.Body = Summarize(body, exact)
	return r, nil
}

func (r *NewsResult) check(page, field, got, want string, n *int, ok bool) {
	if ok {
		*n++
		return
	}
	r.Misses = append(r.Misses, fmt.Sprintf("%s: %s got %q want %q", page, field, got, want))
}

func sameText(a, b string) bool {
	return strings.Join(strings.Fields(a), " ") == strings.Join(strings.Fields(b), " ")
}

// sameByline compares author lines ignoring case, spacing and a leading
// "By".
func sameByline(a, b string) bool {
	norm := func(s string) string {
		s = strings.ToLower(strings.Join(strings.Fields(s), " "))
		return strings.TrimPrefix(s, "by ")
	}
	return norm(a) == norm(b)
}

// parseWant reads an expected publication time; forms without a zone are
// read as UTC wall-clock times.
func parseWant(s string) (time.Time, bool) {
	for _, l := range []string{time.RFC3339, "2006-01-02T15:04", "2006-01-02 15:04:05.000000", "2006-01-02 15:04:05"} {
		if t, err := time.Parse(l, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// sameTime accepts the same instant, or the same wall-clock time when the
// expected value had no zone.
func sameTime(got, want time.Time) bool {
	if got.Equal(want) {
		return true
	}
	return got.Format("2006-01-02T15:04:05") == want.Format("2006-01-02T15:04:05")
}

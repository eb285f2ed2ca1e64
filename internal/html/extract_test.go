package html

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden.json from the extractor's output")

// extractString runs a default Extractor on markup.
func extractString(t testing.TB, markup string) *dyad.Document {
	t.Helper()
	ex, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := &dyad.Document{Format: "html", HTML: markup}
	if err := ex.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	return d
}

// golden is what the golden files record of a Document.
type golden struct {
	Title    string       `json:"title"`
	Byline   string       `json:"byline"`
	Date     time.Time    `json:"date"`
	URL      string       `json:"url"`
	SiteName string       `json:"site_name"`
	Blocks   []dyad.Block `json:"blocks"`
}

func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.html")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			markup, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			d := extractString(t, string(markup))
			got := golden{d.Title, d.Byline, d.Date, d.URL, d.SiteName, d.Blocks}
			path := strings.TrimSuffix(f, ".html") + ".golden.json"
			if *update {
				b, _ := json.MarshalIndent(got, "", "  ")
				if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			var want golden
			if err := json.Unmarshal(raw, &want); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("extraction changed (-want +got):\n%s", diff)
			}
		})
	}
}

// checkBlocks asserts the invariants every extraction keeps.
func checkBlocks(t testing.TB, d *dyad.Document) {
	t.Helper()
	prev := -2
	for i, b := range d.Blocks {
		if b.Start < 0 || b.End > len(d.Text) || b.Start > b.End {
			t.Fatalf("block %d: bad span [%d,%d) of %d", i, b.Start, b.End, len(d.Text))
		}
		if b.Text != d.Text[b.Start:b.End] {
			t.Fatalf("block %d: Text %q != Text[%d:%d] %q", i, b.Text, b.Start, b.End, d.Text[b.Start:b.End])
		}
		if b.Start != prev+2 || (i > 0 && d.Text[prev:b.Start] != "\n\n") {
			t.Fatalf("block %d: not separated from the previous one by a blank line", i)
		}
		if (b.Kind == dyad.BlockTitle) != (i == 0 && d.Title != "") {
			t.Fatalf("block %d: kind %s; only the first block is the title", i, b.Kind)
		}
		prev = b.End
	}
	if d.HTML != "" {
		t.Fatal("HTML not cleared")
	}
}

func TestChromeRemoved(t *testing.T) {
	markup, err := os.ReadFile("testdata/article.html")
	if err != nil {
		t.Fatal(err)
	}
	d := extractString(t, string(markup))
	checkBlocks(t, d)
	for _, chrome := range []string{
		"cookies", "Accept all", "Sport", "Share on", "Port strike: what we know", "morning briefing",
		"Reader one wrote", "Copyright", "not text", "color: #333", "dataLayer", "Correspondent",
	} {
		if strings.Contains(d.Text, chrome) {
			t.Errorf("chrome %q left in text:\n%s", chrome, d.Text)
		}
	}
	for _, body := range []string{
		"Negotiators for the dock workers' union", "Ships diverted to northern ports",
		"Forty-one vessels were waiting", "Talks are due to resume at nine",
	} {
		if !strings.Contains(d.Text, body) {
			t.Errorf("body %q missing from text:\n%s", body, d.Text)
		}
	}
	if n := strings.Count(d.Text, "Harbour talks resume after week of strikes"); n != 1 {
		t.Errorf("headline appears %d times, want once (title block only)", n)
	}
}

func TestParagraphs(t *testing.T) {
	tests := []struct {
		name, markup string
		want         []string
	}{
		{"headings and list items are paragraphs",
			`<div><h2>Overview of the plan</h2><p>The plan, agreed on Monday, covers three years of spending, two new bridges and one ferry line.</p><ul><li>First item of the list</li><li>Second item of the list</li></ul></div>`,
			[]string{"Overview of the plan", "The plan, agreed on Monday, covers three years of spending, two new bridges and one ferry line.", "First item of the list", "Second item of the list"}},
		{"double br splits, single br joins",
			`<div class="post">First line of the first paragraph, which goes on for a while,<br>and its second line.<br><br>The second paragraph, also long enough to count as prose here.</div>`,
			[]string{"First line of the first paragraph, which goes on for a while, and its second line.", "The second paragraph, also long enough to count as prose here."}},
		{"inline markup runs together",
			`<p>The <b>council</b> voted <a href="/x">seven to two</a> in favour, with <em>one</em> abstention, on a long evening.</p>`,
			[]string{"The council voted seven to two in favour, with one abstention, on a long evening."}},
		{"link-only paragraphs and list items dropped",
			`<div><p>The ministry published the figures on Thursday, a day later than planned, after a delay at the printers.</p><p><a href="/other">Ministry delays figures again</a></p><ul><li><a href="/x">Earlier: the spring figures</a></li></ul><p>Officials said the <a href="/r">full report</a> would follow next week, with regional tables.</p></div>`,
			[]string{"The ministry published the figures on Thursday, a day later than planned, after a delay at the printers.", "Officials said the full report would follow next week, with regional tables."}},
		{"entities decoded and spaces folded",
			"<p>Caf&eacute; owners &amp; traders   met\n\tthe mayor&#8217;s office, again, on Tuesday morning.</p>",
			[]string{"Café owners & traders met the mayor’s office, again, on Tuesday morning."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := extractString(t, "<html><body>"+tt.markup+"</body></html>")
			checkBlocks(t, d)
			var got []string
			for _, b := range d.Blocks {
				if b.Kind == dyad.BlockBody {
					got = append(got, b.Text)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("paragraphs (-want +got):\n%s", diff)
			}
		})
	}
}

func TestNoHTML(t *testing.T) {
	ex, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := &dyad.Document{Text: "plain text", Format: "text"}
	if err := ex.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if d.Text != "plain text" || d.Blocks != nil || len(d.Errors) != 0 {
		t.Errorf("document without HTML changed: %+v", d)
	}
}

func TestEmptyPage(t *testing.T) {
	d := extractString(t, "<html><body><nav><a href=/>Home</a></nav></body></html>")
	if len(d.Blocks) != 0 || len(d.Errors) != 1 || d.Errors[0].Reason != dyad.ReasonEmpty {
		t.Errorf("got blocks %v errors %v, want no blocks and one empty error", d.Blocks, d.Errors)
	}
}

func TestRules(t *testing.T) {
	page := `<html><body><div class="story"><p>The committee met on Tuesday, and again on Wednesday, to discuss the budget.</p><div class="promo-box"><p>Subscribe today, and get three months of unlimited reading for free.</p></div></div></body></html>`
	tests := []struct {
		name, rules string
		wantPromo   bool
		wantErr     bool
	}{
		{"default rules drop promo", "", false, false},
		{"own rules keep it", "drop nav\nnegative sidebar\n", true, false},
		{"bad kind", "remove nav\n", false, true},
		{"missing value", "drop\n", false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var opts Options
			if tt.rules != "" {
				opts.Rules = strings.NewReader(tt.rules)
			}
			ex, err := New(opts)
			if (err != nil) != tt.wantErr {
				t.Fatalf("New: err %v, want error %v", err, tt.wantErr)
			}
			if err != nil {
				return
			}
			d := &dyad.Document{HTML: page}
			if err := ex.Process(context.Background(), d); err != nil {
				t.Fatal(err)
			}
			if got := strings.Contains(d.Text, "Subscribe today"); got != tt.wantPromo {
				t.Errorf("promo kept = %v, want %v\n%s", got, tt.wantPromo, d.Text)
			}
		})
	}
}

func BenchmarkExtractFixtures(b *testing.B) {
	var pages []string
	files, _ := filepath.Glob("testdata/*.html")
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, string(raw))
	}
	ex, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	for b.Loop() {
		for _, p := range pages {
			d := &dyad.Document{HTML: p}
			if err := ex.Process(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// TestArticleBody checks that schema.org's itemprop=articleBody outweighs a
// chrome-like class name on the same element.
func TestArticleBody(t *testing.T) {
	d := extractString(t, `<html><body><div class="share-buttons-parent" itemprop="articleBody">
<p>The harvest began two weeks early this year, after a dry and unusually warm spring across the valley.</p>
<p>Growers said the grapes were smaller but sweeter, and expected a good if modest vintage, with lower volumes.</p>
</div></body></html>`)
	if !strings.Contains(d.Text, "harvest began two weeks early") || !strings.Contains(d.Text, "modest vintage") {
		t.Errorf("article body lost:\n%s", d.Text)
	}
}

// TestRetryRelaxed checks the second pass: when class names remove nearly
// everything (a page wrapped in class="has-sidebar"), extraction is
// retried on element names alone.
func TestRetryRelaxed(t *testing.T) {
	d := extractString(t, `<html><body><div class="layout-with-sidebar"><nav><a href="/">Home</a></nav>
<p>The ferry service to the outer islands will resume on Monday, the operator said, after repairs to the main vessel's engine were completed ahead of schedule.</p>
<p>Islanders had relied on a smaller boat for three weeks, with sailings cut to two a day and cargo limited to food, fuel and medicine.</p>
</div></body></html>`)
	if !strings.Contains(d.Text, "ferry service to the outer islands") || strings.Contains(d.Text, "Home") {
		t.Errorf("relaxed pass text:\n%s", d.Text)
	}
}

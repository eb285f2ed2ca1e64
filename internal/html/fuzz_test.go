package html

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

// FuzzExtract checks that no input makes the extractor panic or break the
// block invariants.
func FuzzExtract(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.html")
	for _, p := range files {
		if raw, err := os.ReadFile(p); err == nil {
			f.Add(string(raw))
		}
	}
	for _, s := range []string{
		"", "<", "<p>", "</p></div></body>", "<table><td>x<td>y</table>", "<script>", "<svg><svg></svg>",
		`<script type="application/ld+json">[[[[[[[[[[`, "<li><li><dd><dt><option>", "<br><br><br>text",
		`<blockquote class="twitter-tweet">&mdash; (@)</blockquote>`, "<title>a | b</title><h1></h1>",
	} {
		f.Add(s)
	}
	ex, err := New(Options{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, markup string) {
		d := &dyad.Document{HTML: markup}
		if err := ex.Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		if markup != "" {
			checkBlocks(t, d)
		}
	})
}

// TestDeepNesting checks that pathological nesting neither overflows the
// stack nor loses the text.
func TestDeepNesting(t *testing.T) {
	markup := strings.Repeat("<div>", 100000) + "<p>Deep inside the page there is still a paragraph of text, with commas, to find.</p>"
	d := extractString(t, markup)
	checkBlocks(t, d)
	if len(d.Blocks) == 0 {
		t.Fatal("text lost")
	}
}

//go:build eval

package clean

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/shared"
)

// TestGoldBodiesStayBody runs the cleaner on the 181 gold article bodies of
// the article-extraction benchmark. Those texts are what a good extractor
// keeps, so lines the cleaner drops (boilerplate, byline) are mostly false
// positives; the ceiling sits just above the rate measured. Datelines,
// posts and titles are analysed kinds and are not counted as drops.
func TestGoldBodiesStayBody(t *testing.T) {
	path := shared.TestPath(t, "data", "html", "article-extraction-benchmark", "ground-truth.json")
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var gold map[string]struct {
		ArticleBody string `json:"articleBody"`
	}
	if err := json.Unmarshal(raw, &gold); err != nil {
		t.Fatal(err)
	}
	c := New()
	blocks, dropped := 0, 0
	for _, g := range gold {
		d := &dyad.Document{Text: g.ArticleBody}
		run(t, c, d)
		for _, b := range d.Blocks {
			blocks++
			if !b.Kind.Analysed() {
				dropped++
			}
		}
	}
	rate := float64(dropped) / float64(blocks)
	t.Logf("%d articles, %d blocks: dropped %d (%.4f)", len(gold), blocks, dropped, rate)
	if rate > 0.02 {
		t.Errorf("dropped rate %.4f above ceiling 0.02", rate)
	}
}

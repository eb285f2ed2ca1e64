package main

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/dyad-events/dyad/internal/html"
	"github.com/dyad-events/dyad/internal/html/htmleval"
)

func main() {
	pages, _ := htmleval.LoadBenchmark("/work/shared/data/html/article-extraction-benchmark")
	ex, _ := html.New(html.Options{})
	for _, p := range pages {
		if !strings.HasPrefix(p.ID, os.Args[1]) {
			continue
		}
		d, _ := htmleval.Extract(context.Background(), ex, p.URL, p.HTML)
		if len(os.Args) > 2 {
			os.WriteFile("/tmp/page.html", []byte(p.HTML), 0o644)
		}
		fmt.Println("=== GOLD")
		fmt.Println(p.Gold)
		fmt.Println("=== OURS", d.Title, d.Date, d.Byline)
		for _, b := range d.Blocks {
			fmt.Printf("[%s] %s\n", b.Kind, b.Text)
		}
	}
}

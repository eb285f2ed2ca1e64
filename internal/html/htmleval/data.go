package htmleval

import (
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	xhtml "golang.org/x/net/html"
)

// Page is one page of the article-extraction benchmark.
type Page struct {
	ID   string
	URL  string
	HTML string
	Gold string // the gold article body
}

// LoadBenchmark reads the benchmark in dir (holding ground-truth.json and
// html/ID.html.gz), pages sorted by id.
func LoadBenchmark(dir string) ([]Page, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, fmt.Errorf("htmleval: %w", err)
	}
	var gt map[string]struct {
		ArticleBody string `json:"articleBody"`
		URL         string `json:"url"`
	}
	if err := json.Unmarshal(raw, &gt); err != nil {
		return nil, fmt.Errorf("htmleval: ground truth: %w", err)
	}
	var pages []Page
	for id, g := range gt {
		html, err := readGzip(filepath.Join(dir, "html", id+".html.gz"))
		if err != nil {
			return nil, err
		}
		pages = append(pages, Page{ID: id, URL: g.URL, HTML: html, Gold: g.ArticleBody})
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].ID < pages[j].ID })
	return pages, nil
}

func readGzip(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", fmt.Errorf("htmleval: %w", err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return "", fmt.Errorf("htmleval: %s: %w", path, err)
	}
	b, err := io.ReadAll(z)
	if err != nil {
		return "", fmt.Errorf("htmleval: %s: %w", path, err)
	}
	return string(b), nil
}

// NewsPage is one of Readability's test pages with its expected metadata.
type NewsPage struct {
	Name      string
	HTML      string
	Title     string
	Byline    string
	Published string // as given; "" when the page has none
	Gold      string // text of expected.html, Readability's article
}

// LoadNews reads every test-pages/NAME/{source.html,expected-metadata.json}
// below dir.
func LoadNews(dir string) ([]NewsPage, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("htmleval: %w", err)
	}
	var pages []NewsPage
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		p, err := loadNewsPage(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		p.Name = e.Name()
		pages = append(pages, p)
	}
	return pages, nil
}

func loadNewsPage(dir string) (NewsPage, error) {
	html, err := os.ReadFile(filepath.Join(dir, "source.html"))
	if err != nil {
		return NewsPage{}, fmt.Errorf("htmleval: %w", err)
	}
	raw, err := os.ReadFile(filepath.Join(dir, "expected-metadata.json"))
	if err != nil {
		return NewsPage{}, fmt.Errorf("htmleval: %w", err)
	}
	var md struct {
		Title         string `json:"title"`
		Byline        string `json:"byline"`
		PublishedTime string `json:"publishedTime"`
	}
	if err := json.Unmarshal(raw, &md); err != nil {
		return NewsPage{}, fmt.Errorf("htmleval: %s: %w", dir, err)
	}
	expected, err := os.ReadFile(filepath.Join(dir, "expected.html"))
	if err != nil {
		return NewsPage{}, fmt.Errorf("htmleval: %w", err)
	}
	return NewsPage{
		HTML: string(html), Title: strings.TrimSpace(md.Title), Byline: md.Byline,
		Published: md.PublishedTime, Gold: markupText(string(expected)),
	}, nil
}

// markupText returns the text of every text node of markup, one per line.
func markupText(markup string) string {
	z := xhtml.NewTokenizer(strings.NewReader(markup))
	var b strings.Builder
	for {
		switch z.Next() {
		case xhtml.ErrorToken:
			return b.String()
		case xhtml.TextToken:
			b.Write(z.Text())
			b.WriteByte('\n')
		}
	}
}

package html

import (
	"context"
	"testing"
	"time"

	"github.com/dyad-events/dyad"
)

// body is enough article text for a page to have content.
const body = `<body><article><p>The river authority opened the sluice gates on Sunday evening, lowering the level of the reservoir by half a metre overnight.</p></article></body>`

func TestLang(t *testing.T) {
	d := extractString(t, `<html lang="pt-BR"><head></head>`+body+`</html>`)
	if d.Lang != "pt-BR" {
		t.Errorf("lang %q, want pt-BR", d.Lang)
	}
}

func TestMetadata(t *testing.T) {
	utc := func(y int, m time.Month, d, h, min int) time.Time { return time.Date(y, m, d, h, min, 0, 0, time.UTC) }
	tests := []struct {
		name, head, body string
		title, byline    string
		date             time.Time
		url, site        string
	}{
		{name: "og tags",
			head:  `<meta property="og:title" content="Gates opened at reservoir"><meta property="og:site_name" content="Valley Post"><meta property="og:url" content="https://valley.example/a/1"><meta property="article:published_time" content="2025-04-06T20:15:00Z">`,
			title: "Gates opened at reservoir", date: utc(2025, 4, 6, 20, 15), url: "https://valley.example/a/1", site: "Valley Post"},
		{name: "title minus site suffix",
			head:  `<title>Gates opened at reservoir | Valley Post</title><meta property="og:site_name" content="Valley Post">`,
			title: "Gates opened at reservoir", site: "Valley Post"},
		{name: "title minus short suffix without site name",
			head:  `<title>Gates opened at the reservoir on Sunday - Valley Post</title>`,
			title: "Gates opened at the reservoir on Sunday"},
		{name: "title from h1 when it is part of <title>",
			head: `<title>Valley Post: News: Gates opened at reservoir</title>`, body: `<h1>Gates opened at reservoir</h1>`,
			title: "Gates opened at reservoir"},
		{name: "h1 when there is no title",
			body:  `<h1>Gates opened at reservoir</h1>`,
			title: "Gates opened at reservoir"},
		{name: "JSON-LD over meta",
			head:  `<meta property="og:title" content="Meta headline"><script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"LD headline","datePublished":"2025-04-06T21:00:00+02:00","author":{"@type":"Person","name":"Ines Roth"},"publisher":{"@type":"Organization","name":"Valley Post"},"mainEntityOfPage":{"@id":"https://valley.example/a/2"}}</script>`,
			title: "LD headline", byline: "Ines Roth", date: time.Date(2025, 4, 6, 21, 0, 0, 0, time.FixedZone("", 7200)), url: "https://valley.example/a/2", site: "Valley Post"},
		{name: "JSON-LD graph, list of types, CDATA",
			head: `<script type="application/ld+json">//<![CDATA[
{"@graph":[{"@type":"WebPage"},{"@type":["Article","ReportageNewsArticle"],"headline":"Graph headline","author":[{"name":"A. One"},{"name":"B. Two"}]}]}
//]]></script>`,
			title: "Graph headline", byline: "A. One, B. Two"},
		{name: "broken JSON-LD is skipped",
			head:  `<script type="application/ld+json">{"@type":"NewsArticle","headline":</script><meta property="og:title" content="Fallback title">`,
			title: "Fallback title"},
		{name: "meta author, but not a profile URL",
			head:   `<meta property="article:author" content="https://social.example/someone"><meta name="author" content="Karl Weiss">`,
			byline: "Karl Weiss"},
		{name: "rel=author in the page",
			body:   `<p class="meta">By <a rel="author" href="/k">Karl Weiss</a></p>`,
			byline: "Karl Weiss"},
		{name: "byline class with By",
			body:   `<div class="article-byline">By Karl Weiss</div>`,
			byline: "Karl Weiss"},
		{name: "itemprop author name",
			body:   `<span itemprop="author" itemscope><span itemprop="name">Karl Weiss</span><span>Staff writer</span></span>`,
			byline: "Karl Weiss"},
		{name: "authorization is not a byline",
			body: `<div id="authorization"><a href="/login">Sign in</a></div>`},
		{name: "meta date forms",
			head: `<meta name="pubdate" content="2025-04-06">`, date: utc(2025, 4, 6, 0, 0)},
		{name: "DC date",
			head: `<meta name="DC.date.issued" content="2025-04-06T08:00:00+00:00">`, date: utc(2025, 4, 6, 8, 0)},
		{name: "itemprop datePublished",
			body: `<span itemprop="datePublished" content="2025-04-06T08:00:00Z">6 April</span>`, date: utc(2025, 4, 6, 8, 0)},
		{name: "time pubdate over first time",
			body: `<time datetime="2025-04-07T10:00:00Z">updated</time><time pubdate datetime="2025-04-06T08:00:00Z">6 April</time>`, date: utc(2025, 4, 6, 8, 0)},
		{name: "canonical over og:url",
			head: `<link rel="canonical" href="https://valley.example/a/3"><meta property="og:url" content="https://valley.example/a/3?amp">`, url: "https://valley.example/a/3"},
		{name: "unparsable date ignored",
			head: `<meta property="article:published_time" content="last Tuesday">`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := extractString(t, "<html><head>"+tt.head+"</head><body>"+tt.body+body+"</html>")
			if d.Title != tt.title {
				t.Errorf("title %q, want %q", d.Title, tt.title)
			}
			if d.Byline != tt.byline {
				t.Errorf("byline %q, want %q", d.Byline, tt.byline)
			}
			if !d.Date.Equal(tt.date) {
				t.Errorf("date %v, want %v", d.Date, tt.date)
			}
			if d.URL != tt.url {
				t.Errorf("url %q, want %q", d.URL, tt.url)
			}
			if d.SiteName != tt.site || d.Source != tt.site {
				t.Errorf("site %q source %q, want %q", d.SiteName, d.Source, tt.site)
			}
		})
	}
}

// TestContainerMetadata checks what the container knew: kept unless empty,
// except the date, where the page's own wins.
func TestContainerMetadata(t *testing.T) {
	ex, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	feedDate := time.Date(2025, 4, 7, 0, 0, 0, 0, time.UTC)
	d := &dyad.Document{
		URL: "https://feed.example/item", Title: "Feed title", Source: "Wire", Date: feedDate,
		HTML: `<html><head><meta property="og:title" content="Page title"><meta property="og:url" content="https://valley.example/x"><meta property="og:site_name" content="Valley Post"><meta property="article:published_time" content="2025-04-06T20:15:00Z"></head>` + body + `</html>`,
	}
	if err := ex.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if d.URL != "https://feed.example/item" || d.Title != "Feed title" || d.Source != "Wire" || d.SiteName != "Valley Post" {
		t.Errorf("container fields overwritten: %+v", d)
	}
	if want := time.Date(2025, 4, 6, 20, 15, 0, 0, time.UTC); !d.Date.Equal(want) {
		t.Errorf("date %v, want the page's %v", d.Date, want)
	}
	if d.Blocks[0].Kind != dyad.BlockTitle || d.Blocks[0].Text != "Feed title" {
		t.Errorf("first block %+v, want the title", d.Blocks[0])
	}
}

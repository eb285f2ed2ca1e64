//go:build eval

package clean

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/read"
	"github.com/dyad-events/dyad/internal/shared"
)

// TestSeedAcceptance checks the acceptance on the seed article:
// exactly two posts with the given author, handle, date (and URL or text),
// the "You may also like" heading and its five headlines as boilerplate,
// and eleven body paragraphs whose text is unchanged lines of the article.
func TestSeedAcceptance(t *testing.T) {
	path := shared.TestPath(t, "seed", "article.txt")
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d := &dyad.Document{Text: string(raw)}
	run(t, New(), d)
	var posts, body, boiler []dyad.Block
	for _, b := range d.Blocks {
		switch b.Kind {
		case dyad.BlockPost:
			posts = append(posts, b)
		case dyad.BlockBody:
			body = append(body, b)
		case dyad.BlockBoilerplate:
			boiler = append(boiler, b)
		default:
			t.Errorf("unexpected %s block %q", b.Kind, b.Text)
		}
	}
	if len(posts) != 2 {
		t.Fatalf("%d posts, want 2: %q", len(posts), kinds(d))
	}
	wsj, anon := posts[0].Post, posts[1].Post
	if wsj.Author != "The Wall Street Journal" || wsj.Handle != "@WSJ" || !wsj.Date.Equal(time.Date(2025, 5, 2, 0, 0, 0, 0, time.UTC)) || wsj.URL != "https://t.co/GUYDPoRoDN" {
		t.Errorf("first post %+v", wsj)
	}
	if anon.Author != "Anonymous" || anon.Handle != "@YourAnonCentral" || !anon.Date.Equal(time.Date(2025, 5, 3, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("second post %+v", anon)
	}
	if !strings.Contains(posts[0].Text, "Exclusive: ") {
		t.Errorf("first post text %q lacks its text line", posts[0].Text)
	}
	if !strings.Contains(posts[1].Text, "Mexican President Sheinbaum confirms") || !strings.Contains(posts[1].Text, "The president said no to Trump") {
		t.Errorf("second post text %q lacks its lines", posts[1].Text)
	}
	if len(boiler) != 6 || boiler[0].Text != "You may also like" {
		t.Errorf("boilerplate %d blocks, want the heading and 5 headlines: %q", len(boiler), kinds(d))
	}
	if len(body) != 11 {
		t.Errorf("%d body blocks, want 11", len(body))
	}
	lines := map[string]bool{}
	for _, l := range strings.Split(d.Text, "\n") {
		lines[strings.TrimSpace(l)] = true
	}
	for _, b := range body {
		if !lines[b.Text] {
			t.Errorf("body block is not a whole article line: %q", b.Text)
		}
	}
}

// TestBBCNoFalsePositives runs the cleaner over the BBC corpus, whose files
// are a headline then plain paragraphs: every first line should be a title
// and everything else body. Floors sit just under what the rules achieve.
func TestBBCNoFalsePositives(t *testing.T) {
	docs := bbcTexts(t)
	c := New()
	titles, other, blocks := 0, 0, 0
	for _, text := range docs {
		d := &dyad.Document{Text: text}
		run(t, c, d)
		for i, b := range d.Blocks {
			blocks++
			switch {
			case i == 0 && b.Kind == dyad.BlockTitle:
				titles++
			case b.Kind != dyad.BlockBody:
				other++
				t.Logf("%s %s %q", b.Kind, b.Reason, b.Text)
			}
		}
	}
	titleRate := float64(titles) / float64(len(docs))
	otherRate := float64(other) / float64(blocks)
	t.Logf("%d docs: titles %.4f, non-body among other blocks %.5f", len(docs), titleRate, otherRate)
	if titleRate < 0.995 {
		t.Errorf("title rate %.4f below floor 0.995", titleRate)
	}
	if otherRate > 0.001 {
		t.Errorf("non-body rate %.5f above ceiling 0.001", otherRate)
	}
}

// bbcTexts reads the BBC corpus, skipping when it is absent.
func bbcTexts(tb testing.TB) []string {
	dir := shared.TestPath(tb, "data", "news", "bbc-news-2225")
	files, err := filepath.Glob(filepath.Join(dir, "bbc", "*", "*.txt"))
	if err != nil || len(files) == 0 {
		tb.Skipf("no BBC files under %s", dir)
	}
	var texts []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	return texts
}

// BenchmarkBBC cleans the 2,225 BBC articles; MB/s counts their bytes.
func BenchmarkBBC(b *testing.B) {
	texts := bbcTexts(b)
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	benchTexts(b, texts, size)
}

// BenchmarkBBCReadClean reads the BBC corpus with package read and cleans
// every document, the path "dyad code dir/" takes before later stages.
func BenchmarkBBCReadClean(b *testing.B) {
	benchRead(b, New())
}

// BenchmarkBBCRead reads the BBC corpus alone, to show what reading costs.
func BenchmarkBBCRead(b *testing.B) {
	benchRead(b, nil)
}

func benchRead(b *testing.B, c *Cleaner) {
	dir := filepath.Join(shared.TestPath(b, "data", "news", "bbc-news-2225"), "bbc")
	size := dirSize(b, dir)
	r := read.New(read.Config{}, nil)
	ctx := context.Background()
	emit := func(d *dyad.Document) error {
		if c == nil {
			return nil
		}
		return c.Process(ctx, d)
	}
	b.SetBytes(size)
	n, cpu0 := 0, cpuTime()
	for b.Loop() {
		if err := r.Read(ctx, dir, emit); err != nil {
			b.Fatal(err)
		}
		n++
	}
	reportCPU(b, int64(n)*size, cpuTime()-cpu0)
}

// dirSize sums the sizes of the regular files under dir.
func dirSize(tb testing.TB, dir string) int64 {
	var size int64
	err := filepath.WalkDir(dir, func(_ string, e fs.DirEntry, err error) error {
		if err != nil || !e.Type().IsRegular() {
			return err
		}
		info, err := e.Info()
		if err == nil {
			size += info.Size()
		}
		return err
	})
	if err != nil {
		tb.Fatal(err)
	}
	return size
}

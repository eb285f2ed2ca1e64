//go:build eval

package clean

import (
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/shared"
)

// reutersStory is one Reuters-21578 story with its gold dateline place.
type reutersStory struct {
	text  string // title, then dateline and body as the wire printed them
	place string // the dateline's place up to its first comma
}

// reutersStories reads the Reuters-21578 SGML files, keeping stories with a
// title, a dateline and a body.
func reutersStories(tb testing.TB) []reutersStory {
	dir := shared.TestPath(tb, "data", "news", "reuters-21578")
	files, _ := filepath.Glob(filepath.Join(dir, "reut2-*.sgm"))
	if len(files) == 0 {
		tb.Skipf("no SGML files under %s", dir)
	}
	field := func(name string) *regexp.Regexp {
		return regexp.MustCompile(`(?s)<` + name + `>(.*?)</` + name + `>`)
	}
	story, title, dateline, body := field("TEXT[^>]*"), field("TITLE"), field("DATELINE"), field("BODY")
	var out []reutersStory
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		for _, m := range story.FindAllStringSubmatch(string(raw), -1) {
			t, dl, b := title.FindStringSubmatch(m[1]), dateline.FindStringSubmatch(m[1]), body.FindStringSubmatch(m[1])
			if t == nil || dl == nil || b == nil {
				continue
			}
			place, _, _ := strings.Cut(strings.TrimSpace(dl[1]), ",")
			place = strings.TrimRight(place, " -")
			text := html.UnescapeString(t[1] + "\n" + strings.TrimSpace(dl[1]) + " " + b[1])
			out = append(out, reutersStory{text: text, place: strings.TrimSpace(html.UnescapeString(place))})
		}
	}
	return out
}

// TestReutersDatelines measures how often the cleaner finds the wire
// dateline of a Reuters-21578 story and gets its place right, and how often
// the all-capitals headline above it becomes the title.
func TestReutersDatelines(t *testing.T) {
	stories := reutersStories(t)
	c := New()
	found, right, titles, shown := 0, 0, 0, 0
	for _, s := range stories {
		d := &dyad.Document{Text: s.text}
		run(t, c, d)
		if d.Blocks[0].Kind == dyad.BlockTitle {
			titles++
		}
		i := indexKind(d, dyad.BlockDateline)
		if i < 0 {
			if os.Getenv("SHOWMISS") != "" {
				t.Logf("miss %q", s.text[:min(len(s.text), 120)])
			}
			continue
		}
		found++
		place, _, _ := strings.Cut(d.Blocks[i].Place, ",")
		if place == s.place {
			right++
		} else if shown++; shown <= 20 {
			t.Logf("place %q, gold %q", d.Blocks[i].Place, s.place)
		}
	}
	n := float64(len(stories))
	t.Logf("%d stories: dateline found %.4f, place right %.4f, title %.4f", len(stories), float64(found)/n, float64(right)/n, float64(titles)/n)
	floors := []struct {
		name      string
		got, want float64
	}{
		{"dateline found", float64(found) / n, 0.985},
		{"place right", float64(right) / n, 0.985},
		{"title", float64(titles) / n, 0.995},
	}
	for _, f := range floors {
		if f.got < f.want {
			t.Errorf("%s %.4f below floor %.4f", f.name, f.got, f.want)
		}
	}
}

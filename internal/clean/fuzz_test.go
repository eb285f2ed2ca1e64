package clean

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

// FuzzProcess checks that whatever the text, blocks are ordered,
// non-overlapping spans of it and cover every non-space byte.
func FuzzProcess(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "examples", "text", "*.txt"))
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(string(b))
		}
	}
	f.Add("Title\n— A (@b) May 2, 2025\npic.twitter.com/x\n— C (@d) May 3, 2025")
	f.Add("LONDON (AP) —\n\nYou may also like\n\n\n")
	f.Add("a\nb c d,\ne f g\n    h")
	c := New()
	f.Fuzz(func(t *testing.T, text string) {
		d := &dyad.Document{Text: text}
		run(t, c, d)
		covered := make([]bool, len(text))
		for _, b := range d.Blocks {
			for i := b.Start; i < b.End; i++ {
				covered[i] = true
			}
		}
		for i, ok := range covered {
			if !ok && !isSpace(text[i]) {
				t.Fatalf("byte %d (%q) in no block; blocks %q", i, text[i], kinds(d))
			}
		}
	})
}

// FuzzParseRule checks that parsing any line either fails or yields a rule
// with its fields filled.
func FuzzParseRule(f *testing.F) {
	for _, s := range []string{"ad boilerplate is Advertisement", "x signature regexp (?P<handle>@\\w+)$", "# c", "d date layout Jan 2, 2006"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		r, ok, err := ParseRule(line)
		if err != nil || !ok {
			return
		}
		if r.ID == "" || r.Kind == "" || r.Match == "" || strings.TrimSpace(r.Pattern) == "" {
			t.Fatalf("rule with empty field from %q: %+v", line, r)
		}
		var g bigrams
		p := newProbe(line, "", &g)
		r.matches(&p)
	})
}

// FuzzProcessBlocks checks the same invariants when HTML extraction already
// made a title block and a body block, cut at a fuzzed offset.
func FuzzProcessBlocks(f *testing.F) {
	f.Add("Headline\nBy Ana Ruiz\nLIMA (AP) — Text.\nAdvertisement", uint16(9))
	f.Add("T\nx pic.twitter.com/a\n— A (@b) May 2, 2025", uint16(2))
	c := New()
	f.Fuzz(func(t *testing.T, text string, cut uint16) {
		if len(text) == 0 {
			return
		}
		k := int(cut) % len(text)
		d := &dyad.Document{Text: text, Blocks: []dyad.Block{
			{Kind: dyad.BlockTitle, Start: 0, End: k, Text: text[:k]},
			{Kind: dyad.BlockBody, Start: k, End: len(text), Text: text[k:]},
		}}
		run(t, c, d)
		if d.Blocks[0].Kind != dyad.BlockTitle || d.Blocks[0].End != k {
			t.Fatalf("title block not kept: %+v", d.Blocks[0])
		}
	})
}

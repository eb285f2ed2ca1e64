package read

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata golden files from the current output")

// goldenDoc is what the golden file records of a Document: its JSON form
// plus the start of the markup, which JSON leaves out.
type goldenDoc struct {
	Doc  json.RawMessage `json:"doc"`
	HTML string          `json:"html_start,omitempty"`
}

// TestExamplesGolden compares every field read from examples/ with
// testdata/examples.golden.jsonl; run with -update after a deliberate
// change and review the diff.
func TestExamplesGolden(t *testing.T) {
	root := filepath.Join("..", "..", "examples")
	docs := readPath(t, Config{}, root)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	for _, d := range docs {
		d.Origin = filepath.ToSlash(strings.TrimPrefix(d.Origin, root+string(filepath.Separator)))
		b, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		if err := enc.Encode(goldenDoc{Doc: b, HTML: prefix(d.HTML, 80)}); err != nil {
			t.Fatal(err)
		}
	}
	golden := filepath.Join("testdata", "examples.golden.jsonl")
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		got := strings.Split(buf.String(), "\n")
		for i, w := range strings.Split(string(want), "\n") {
			if i >= len(got) || got[i] != w {
				t.Fatalf("line %d differs from %s:\ngot  %.300s\nwant %.300s", i+1, golden, at(got, i), w)
			}
		}
		t.Fatalf("output has %d lines, golden file fewer", len(got))
	}
}

func prefix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n]
}

func at(lines []string, i int) string {
	if i < len(lines) {
		return lines[i]
	}
	return "(nothing)"
}

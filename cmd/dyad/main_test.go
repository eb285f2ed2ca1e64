package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

// run runs dyad with args and stdin, returning stdout, stderr and status.
func run(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	m := &Main{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb}
	code := m.Run(context.Background(), args)
	if err := m.Close(); err != nil {
		t.Fatal(err)
	}
	return out.String(), errb.String(), code
}

func decodeDocs(t *testing.T, s string) []dyad.Document {
	t.Helper()
	var docs []dyad.Document
	dec := json.NewDecoder(strings.NewReader(s))
	for dec.More() {
		var d dyad.Document
		if err := dec.Decode(&d); err != nil {
			t.Fatalf("bad JSON line: %v", err)
		}
		docs = append(docs, d)
	}
	return docs
}

func TestExitStatus(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	if err := os.WriteFile(good, []byte("Peru and Bolivia agreed on Tuesday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
		code int
		docs int
	}{
		{"no args", []string{}, exitUsage, 0},
		{"unknown command", []string{"nope"}, exitUsage, 0},
		{"no path", []string{"code"}, exitUsage, 0},
		{"bad flag", []string{"code", "--nope", good}, exitUsage, 0},
		{"bad date", []string{"code", "--date", "May 3", good}, exitUsage, 0},
		{"good file", []string{"code", "--docs", good}, exitOK, 1},
		{"missing file is a document with an error", []string{"code", "--docs", good, filepath.Join(dir, "missing")}, exitFailed, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, _, code := run(t, "", tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d", code, tt.code)
			}
			if n := len(decodeDocs(t, out)); n != tt.docs {
				t.Errorf("%d documents, want %d", n, tt.docs)
			}
		})
	}
}

func TestCodeStdinMetadata(t *testing.T) {
	out, _, code := run(t, "Peru and Bolivia agreed.\n", "code", "--docs", "--id", "x1", "--source", "Wire", "--date", "2025-05-03", "-")
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	docs := decodeDocs(t, out)
	if len(docs) != 1 {
		t.Fatalf("%d docs", len(docs))
	}
	d := docs[0]
	if d.ID != "x1" || d.Source != "Wire" || d.Date.Format("2006-01-02") != "2025-05-03" {
		t.Errorf("metadata not applied: id %q source %q date %v", d.ID, d.Source, d.Date)
	}
	if len(d.Blocks) == 0 || len(d.Sentences) == 0 {
		t.Errorf("pipeline did not run: %d blocks, %d sentences", len(d.Blocks), len(d.Sentences))
	}
}

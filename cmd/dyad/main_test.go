package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
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

// TestCodeBadInput runs bad input through `dyad code`: every item yields a
// document, unreadable ones carry their reason, the batch goes on, and the
// exit status and summary say that some failed.
func TestCodeBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	var zbuf bytes.Buffer
	zw := gzip.NewWriter(&zbuf)
	zw.Write([]byte(strings.Repeat("Envoys from Chile and Peru met again on Friday.\n", 50)))
	zw.Close()
	cut := zbuf.Bytes()[:zbuf.Len()-20]
	srv := httptest.NewServer(http.NotFoundHandler())
	defer srv.Close()

	tests := []struct {
		name    string
		args    []string
		code    int
		reasons []string // of each document, "" for none
		summary string
	}{
		{"binary", []string{write("logo.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00"))}, exitFailed, []string{"binary"}, "failed 1 (binary 1)"},
		{"empty", []string{write("empty.txt", nil)}, exitFailed, []string{"empty"}, "(empty 1)"},
		{"invalid utf-8 is repaired, not failed", []string{write("latin1.txt", []byte("Caf\xe9 owners in Lima protested.\n"))}, exitOK, []string{"invalid-utf8"}, "failed 0"},
		{"truncated gzip", []string{write("cut.txt.gz", cut)}, exitFailed, []string{"", "truncated"}, "(truncated 1)"},
		{"malformed json line", []string{write("x.jsonl", []byte("{\"text\":\"Peru and Chile met.\"}\n{oops\n{\"text\":\"Bolivia joined.\"}\n"))},
			exitFailed, []string{"", "malformed", ""}, "read 3, failed 1 (malformed 1)"},
		{"oversize", []string{"--max-item-mb", "1", write("big.txt", bytes.Repeat([]byte("a "), 1<<20))}, exitFailed, []string{"oversize"}, "(oversize 1)"},
		{"fetch failure", []string{srv.URL + "/gone"}, exitFailed, []string{"fetch"}, "(fetch 1)"},
		{"batch goes on after bad items", []string{write("logo2.txt", []byte("\x00\x01")), write("good.txt", []byte("Peru and Bolivia agreed.\n"))},
			exitFailed, []string{"binary", ""}, "read 2, failed 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, stderr, code := run(t, "", append([]string{"code", "--docs"}, tt.args...)...)
			if code != tt.code {
				t.Errorf("exit %d, want %d; stderr %s", code, tt.code, stderr)
			}
			docs := decodeDocs(t, out)
			if len(docs) != len(tt.reasons) {
				t.Fatalf("%d documents, want %d", len(docs), len(tt.reasons))
			}
			for i, d := range docs {
				got := ""
				if len(d.Errors) > 0 {
					got = d.Errors[0].Reason
				}
				if got != tt.reasons[i] {
					t.Errorf("doc %d: reason %q, want %q (%v)", i, got, tt.reasons[i], d.Errors)
				}
				if got == "" || got == "invalid-utf8" {
					if len(d.Blocks) == 0 {
						t.Errorf("doc %d: readable document was not processed", i)
					}
				}
			}
			if !strings.Contains(stderr, tt.summary) {
				t.Errorf("summary %q lacks %q", stderr, tt.summary)
			}
		})
	}
}

func TestCodeReaderFlags(t *testing.T) {
	for _, args := range [][]string{
		{"code", "--fetch-timeout", "soon", "-"},
		{"code", "--fetch-timeout", "0s", "-"},
		{"code", "--max-fetch-mb", "0", "-"},
	} {
		if _, _, code := run(t, "x", args...); code != exitUsage {
			t.Errorf("%v: exit %d, want %d", args, code, exitUsage)
		}
	}
}

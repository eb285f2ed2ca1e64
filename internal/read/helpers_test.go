package read

import (
	"bytes"
	"compress/gzip"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/dyad-events/dyad"
)

// want describes the Document expected; empty fields are not checked,
// except reasons: nil means "no errors at all".
type want struct {
	format, id, title, url, source, byline string
	date                                   string // RFC 3339, or a YYYY-MM-DD prefix
	text, html                             string // substrings of Text and HTML
	noHTML                                 bool   // HTML must be empty
	origin                                 string // suffix of Origin
	reasons                                []string
}

// readFile writes data to a file named name in a fresh directory and reads it.
func readFile(t testing.TB, cfg Config, name string, data []byte) []*dyad.Document {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return readPath(t, cfg, p)
}

func readPath(t testing.TB, cfg Config, input string) []*dyad.Document {
	t.Helper()
	var docs []*dyad.Document
	err := New(cfg, strings.NewReader("")).Read(context.Background(), input, func(d *dyad.Document) error {
		docs = append(docs, d)
		return nil
	})
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	return docs
}

// check compares docs with wants, one for one.
func check(t *testing.T, docs []*dyad.Document, wants []want) {
	t.Helper()
	if len(docs) != len(wants) {
		for _, d := range docs {
			t.Logf("got %s %q errors %v", d.Origin, short(d.Text+d.HTML), d.Errors)
		}
		t.Fatalf("%d documents, want %d", len(docs), len(wants))
	}
	for i, w := range wants {
		checkDoc(t, i, docs[i], w)
	}
}

func checkDoc(t *testing.T, i int, d *dyad.Document, w want) {
	t.Helper()
	fields := []struct{ name, got, want string }{
		{"format", d.Format, w.format}, {"id", d.ID, w.id}, {"title", d.Title, w.title},
		{"url", d.URL, w.url}, {"source", d.Source, w.source}, {"byline", d.Byline, w.byline},
	}
	for _, f := range fields {
		if f.want != "" && f.got != f.want {
			t.Errorf("doc %d: %s = %q, want %q", i, f.name, f.got, f.want)
		}
	}
	if w.date != "" && !strings.HasPrefix(d.Date.Format(time.RFC3339), w.date) {
		t.Errorf("doc %d: date = %v, want %s", i, d.Date, w.date)
	}
	if !strings.Contains(d.Text, w.text) {
		t.Errorf("doc %d: text %q lacks %q", i, short(d.Text), w.text)
	}
	if !strings.Contains(d.HTML, w.html) || w.noHTML && d.HTML != "" {
		t.Errorf("doc %d: html %q, want it to hold %q (noHTML %v)", i, short(d.HTML), w.html, w.noHTML)
	}
	if !strings.HasSuffix(d.Origin, w.origin) {
		t.Errorf("doc %d: origin %q, want suffix %q", i, d.Origin, w.origin)
	}
	if got := reasons(d); !slices.Equal(got, w.reasons) {
		t.Errorf("doc %d: reasons %v, want %v (%v)", i, got, w.reasons, d.Errors)
	}
}

func reasons(d *dyad.Document) []string {
	var out []string
	for _, e := range d.Errors {
		out = append(out, e.Reason)
	}
	return out
}

func short(s string) string {
	if len(s) > 120 {
		return s[:120] + "..."
	}
	return s
}

func gz(t testing.TB, parts ...string) []byte {
	t.Helper()
	var b bytes.Buffer
	for _, p := range parts { // one gzip member per part, as WARC writers do
		zw := gzip.NewWriter(&b)
		if _, err := zw.Write([]byte(p)); err != nil {
			t.Fatal(err)
		}
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
	}
	return b.Bytes()
}

// checkInvariants holds for any input: at least one Document, each with an
// origin, valid UTF-8, and a reason on every error.
func checkInvariants(t *testing.T, docs []*dyad.Document) {
	t.Helper()
	if len(docs) == 0 {
		t.Fatal("no documents: an input was lost")
	}
	for _, d := range docs {
		if d.Origin == "" {
			t.Error("document without origin")
		}
		if !utf8.ValidString(d.Text) || !utf8.ValidString(d.HTML) || !utf8.ValidString(d.Title) {
			t.Errorf("%s: invalid UTF-8 in output", d.Origin)
		}
		if d.Text == "" && d.HTML == "" && d.Title == "" && len(d.Errors) == 0 {
			t.Errorf("%s: empty document without an error", d.Origin)
		}
	}
}

// fuzzRead reads data as a stream named name and checks the invariants.
func fuzzRead(t *testing.T, name string, data []byte) {
	var docs []*dyad.Document
	r := New(Config{MaxItemBytes: 1 << 20}, nil)
	src := source{origin: "fuzz:" + name, name: name} // as for a real input, the origin is never empty
	err := r.readStream(context.Background(), src, bytes.NewReader(data), func(d *dyad.Document) error {
		docs = append(docs, d)
		return nil
	})
	if err != nil {
		t.Fatalf("readStream: %v", err)
	}
	checkInvariants(t, docs)
}

package read

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

const article = "Quito and Lima sign water pact\n\nThe governments of Ecuador and Peru signed an agreement on Monday to share the waters of the Zarumilla river, officials said.\n"

func TestReadText(t *testing.T) {
	tests := []struct {
		name string
		file string
		data string
		cfg  Config
		want []want
	}{
		{"plain", "a.txt", article, Config{}, []want{{format: "text", text: "Zarumilla river", noHTML: true, origin: "a.txt"}}},
		{"no extension", "story", article, Config{}, []want{{format: "text", text: "Quito and Lima"}}},
		{"utf-8 bom dropped", "b.txt", "\ufeffLima, 3 May", Config{}, []want{{format: "text", text: "Lima, 3 May"}}},
		{"utf-16 with bom", "c.txt", "\xff\xfeL\x00i\x00m\x00a\x00", Config{}, []want{{text: "Lima"}}},
		{"invalid utf-8 repaired", "d.txt", "Caf\xe9 talks resume", Config{}, []want{{text: "Caf\uFFFD talks", reasons: []string{dyad.ReasonInvalidUTF8}}}},
		{"empty", "e.txt", "", Config{}, []want{{reasons: []string{dyad.ReasonEmpty}}}},
		{"blank", "f.txt", " \n\t\n", Config{}, []want{{reasons: []string{dyad.ReasonEmpty}}}},
		{"binary nul", "g.txt", "ab\x00\x01\x02cd", Config{}, []want{{reasons: []string{dyad.ReasonBinary}}}},
		{"pdf", "h.txt", "%PDF-1.7\n%....", Config{}, []want{{reasons: []string{dyad.ReasonBinary}}}},
		{"starts like a bitmap", "i.txt", "BMW opens plant in Hungary\n", Config{}, []want{{text: "BMW opens"}}},
		{"oversize", "j.txt", strings.Repeat("x", 100), Config{MaxItemBytes: 50}, []want{{reasons: []string{dyad.ReasonOversize}}}},
		{"exactly the limit", "k.txt", strings.Repeat("x", 50), Config{MaxItemBytes: 50}, []want{{text: "xxx"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check(t, readFile(t, tt.cfg, tt.file, []byte(tt.data)), tt.want)
		})
	}
}

const page1252 = "<html><head><meta charset=\"windows-1252\"><title>Talks</title></head><body><p>\x93We agreed,\x94 the envoy said.</p></body></html>"

func TestReadHTML(t *testing.T) {
	tests := []struct {
		name, file, data string
		want             []want
	}{
		{"utf-8 page", "a.html", "<!DOCTYPE html><html><body><p>Envoys met in Geneva \u2014 again.</p></body></html>",
			[]want{{format: "html", html: "Geneva \u2014 again", text: ""}}},
		{"meta charset windows-1252", "b.html", page1252, []want{{format: "html", html: "\u201cWe agreed,\u201d"}}},
		{"mislabelled utf-8 kept", "c.html", "<html><head><meta charset=\"iso-8859-1\"></head><body>S\u00e3o Paulo</body></html>",
			[]want{{html: "S\u00e3o Paulo"}}},
		{"fragment by content", "d.txt", "<p>Troops withdrew.</p>", []want{{format: "html", html: "<p>Troops"}}},
		{"html by name", "e.htm", "Troops withdrew.", []want{{format: "html", html: "Troops"}}},
		{"empty page", "f.html", "", []want{{reasons: []string{dyad.ReasonEmpty}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs := readFile(t, Config{}, tt.file, []byte(tt.data))
			check(t, docs, tt.want)
			if len(docs) == 1 && docs[0].Text != "" {
				t.Errorf("reader extracted text %q; that is the html stage's work", docs[0].Text)
			}
		})
	}
}

func TestReadGzip(t *testing.T) {
	full := gz(t, article)
	tests := []struct {
		name, file string
		data       []byte
		want       []want
	}{
		{"text", "a.txt.gz", full, []want{{format: "text", text: "Zarumilla"}}},
		{"gzip without name hint", "blob", full, []want{{format: "text", text: "Zarumilla"}}},
		{"jsonl inside", "b.jsonl.gz", gz(t, `{"id":"1","text":"A"}`+"\n", `{"id":"2","text":"B"}`+"\n"),
			[]want{{id: "1", origin: "#line-1"}, {id: "2", origin: "#line-2"}}},
		{"truncated keeps what was read", "c.txt.gz", full[:len(full)-12],
			[]want{{text: "Quito"}, {reasons: []string{dyad.ReasonTruncated}}}},
		{"cut in the header", "d.gz", full[:5], []want{{reasons: []string{dyad.ReasonTruncated}}}},
		{"corrupt checksum", "e.gz", corruptCRC(full), []want{{text: "Quito"}, {reasons: []string{dyad.ReasonMalformed}}}},
		{"gzip nested too deep", "f.gz", gz(t, string(gz(t, string(gz(t, "x"))))), []want{{reasons: []string{dyad.ReasonMalformed}}}},
		{"empty gzip", "g.gz", gz(t, ""), []want{{reasons: []string{dyad.ReasonEmpty}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check(t, readFile(t, Config{}, tt.file, tt.data), tt.want)
		})
	}
}

func corruptCRC(b []byte) []byte {
	c := append([]byte(nil), b...)
	c[len(c)-8] ^= 0xff
	return c
}

func TestReadDir(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"b.txt":              "Second story.",
		"a/z.txt":            "First story.",
		"c.jsonl":            `{"text":"Third"}` + "\n" + `{"text":"Fourth"}`,
		".hidden.txt":        "never read",
		".git/objects/x.txt": "never read",
	}
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink(filepath.Join(dir, "b.txt"), filepath.Join(dir, "d-link.txt")); err != nil {
		t.Skipf("no symlinks here: %v", err)
	}
	if err := os.Symlink(dir, filepath.Join(dir, "e-loop")); err != nil {
		t.Fatal(err)
	}
	check(t, readPath(t, Config{}, dir), []want{
		{text: "First", origin: "z.txt"}, {text: "Second", origin: "b.txt"},
		{text: "Third", origin: "c.jsonl#line-1"}, {text: "Fourth", origin: "c.jsonl#line-2"},
		{text: "Second", origin: "d-link.txt"},
	})
}

func TestReadMissing(t *testing.T) {
	check(t, readPath(t, Config{}, filepath.Join(t.TempDir(), "nope.txt")), []want{{reasons: []string{dyad.ReasonIO}}})
}

func TestReadStdin(t *testing.T) {
	var docs []*dyad.Document
	r := New(Config{}, strings.NewReader(`{"id":"s1","text":"From a pipe"}`))
	err := r.Read(context.Background(), "-", func(d *dyad.Document) error { docs = append(docs, d); return nil })
	if err != nil {
		t.Fatal(err)
	}
	check(t, docs, []want{{id: "s1", text: "From a pipe", origin: "-#line-1"}})
}

func TestOnBytes(t *testing.T) {
	for _, tt := range []struct {
		name string
		data []byte
	}{{"a.txt", []byte(article)}, {"b.txt.gz", gz(t, article)}, {"c.bin", []byte("\x00\x01binary" + strings.Repeat("z", 9000))}} {
		t.Run(tt.name, func(t *testing.T) {
			var n int64
			readFile(t, Config{OnBytes: func(k int64) { n += k }}, tt.name, tt.data)
			if n != int64(len(tt.data)) {
				t.Errorf("OnBytes total %d, want %d", n, len(tt.data))
			}
		})
	}
}

func TestEmitErrorStops(t *testing.T) {
	p := filepath.Join(t.TempDir(), "x.jsonl")
	if err := os.WriteFile(p, []byte("{\"text\":\"a\"}\n{\"text\":\"b\"}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	calls := 0
	stop := context.Canceled
	err := New(Config{}, nil).Read(context.Background(), p, func(*dyad.Document) error { calls++; return stop })
	if err != stop || calls != 1 {
		t.Errorf("err %v after %d calls; want the emit error after 1", err, calls)
	}
}

func TestCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := New(Config{}, strings.NewReader("x")).Read(ctx, "-", func(*dyad.Document) error { return nil })
	if err == nil {
		t.Error("no error from a cancelled context")
	}
}

func TestReadEmptyPath(t *testing.T) {
	check(t, readPath(t, Config{}, ""), []want{{origin: "(empty path)", reasons: []string{dyad.ReasonIO}}})
}

package queue

import (
	"strings"
	"testing"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/google/go-cmp/cmp"
)

func TestEnvelopeKeepsHTML(t *testing.T) {
	tests := []struct {
		name string
		doc  dyad.Document
	}{
		{"text", dyad.Document{ID: "t1", Text: "Rain fell on the capital.", Date: time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)}},
		{"html", dyad.Document{ID: "h1", HTML: "<p>Talks <b>resumed</b> in Geneva.</p>", Format: "html"}},
		{"events", dyad.Document{ID: "e1", Events: []dyad.Event{{Doc: "e1", CAMEO: "042", Root: "04"}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := encode(&tt.doc)
			if err != nil {
				t.Fatal(err)
			}
			got, err := decode(b)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(&tt.doc, got); diff != "" {
				t.Errorf("round trip (-want +got):\n%s", diff)
			}
		})
	}
}

func TestKey(t *testing.T) {
	tests := []struct {
		name string
		doc  dyad.Document
		want string
	}{
		{"id first", dyad.Document{ID: "a", URL: "https://x.test/1"}, "a"},
		{"then url", dyad.Document{URL: "https://x.test/1"}, "https://x.test/1"},
		{"then content", dyad.Document{Text: "same"}, Key(&dyad.Document{Text: "same"})},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Key(&tt.doc); got != tt.want {
				t.Errorf("Key = %q, want %q", got, tt.want)
			}
		})
	}
	if Key(&dyad.Document{Text: "one"}) == Key(&dyad.Document{Text: "two"}) {
		t.Error("different texts share a key")
	}
}

func TestMetricsExposition(t *testing.T) {
	m := NewMetrics()
	m.Add(`dyad_x_total{outcome="a"}`, "things", 2)
	m.Add(`dyad_x_total{outcome="b"}`, "things", 1)
	m.Add(`dyad_x_total{outcome="a"}`, "things", 0.5)
	m.Set("dyad_y", "a gauge", 7)
	var b strings.Builder
	if _, err := m.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	want := `# HELP dyad_x_total things
# TYPE dyad_x_total counter
dyad_x_total{outcome="a"} 2.5
dyad_x_total{outcome="b"} 1
# HELP dyad_y a gauge
# TYPE dyad_y gauge
dyad_y 7
`
	if diff := cmp.Diff(want, b.String()); diff != "" {
		t.Errorf("exposition (-want +got):\n%s", diff)
	}
	for name, v := range map[string]float64{`dyad_x_total{outcome="a"}`: 2.5, "dyad_y": 7, "dyad_never": 0} {
		if got := m.Value(name); got != v {
			t.Errorf("Value(%s) = %g, want %g", name, got, v)
		}
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte(`{"doc":{"id":"a","text":"x"},"html":"<p>x</p>"}`))
	f.Add([]byte(`{"doc":null}`))
	f.Add([]byte(`{}`))
	f.Add([]byte(`[`))
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := decode(b)
		if err != nil {
			return
		}
		reencode(t, d)
	})
}

func BenchmarkEncodeDecode(b *testing.B) {
	d := &dyad.Document{ID: "b", Text: strings.Repeat("Ministers met in the capital. ", 200)}
	for b.Loop() {
		buf, err := encode(d)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := decode(buf); err != nil {
			b.Fatal(err)
		}
	}
}

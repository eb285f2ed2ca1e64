package queue

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// codedDoc is a small document as the pipeline leaves it: spans that point
// into the text, repeated tags, a quote, a place and an event.
func codedDoc() *dyad.Document {
	text := "Talks resumed in Geneva on Monday. The foreign minister said envoys would meet again."
	d := &dyad.Document{
		ID: "geneva-1", URL: "https://news.test/geneva", Title: "Talks resume", Format: "text",
		Date: time.Date(2025, 5, 5, 9, 30, 0, 0, time.FixedZone("", 2*3600)),
		Meta: map[string]any{"section": "world", "rank": 3.0},
		Text: text, Errors: []dyad.Error{},
	}
	d.Blocks = []dyad.Block{{Kind: dyad.BlockBody, Text: text, Start: 0, End: len(text), Reason: "paragraph"}}
	for _, s := range []string{"Talks resumed in Geneva on Monday.", "The foreign minister said envoys would meet again."} {
		start := strings.Index(text, s)
		d.Sentences = append(d.Sentences, dyad.Sentence{Start: start, End: start + len(s), Text: s, Tokens: tokensOf(text, start, start+len(s))})
	}
	minister := &dyad.Actor{Code: "CHEGOV", Name: "Switzerland", Country: "CHE", Sector: "GOV", Text: "The foreign minister", Known: true}
	d.Mentions = []dyad.Mention{{Sentence: 1, Start: 35, End: 55, Text: text[35:55], Kind: dyad.MentionRole, Head: 3, TokStart: 0, TokEnd: 3, Ref: -1, Actor: minister}}
	d.Quotes = []dyad.Quote{{Text: text[61:85], Start: 61, End: 85, Block: 0, Speaker: minister, Verb: "said", Parent: -1,
		SpeakerText: text[35:55], SpeakerStart: 35, SpeakerEnd: 55}}
	d.Times = []dyad.TimeRef{{Text: "Monday", Start: 27, End: 33, Value: "2025-05-05", Type: "DATE", Precision: dyad.PrecisionDay}}
	geneva := dyad.Place{Name: "Geneva", Text: "Geneva", Start: 17, End: 23, Kind: "city", Country: "CHE", Lat: 46.2, Lon: 6.15, Certainty: 0.9}
	d.Places = []dyad.Place{geneva}
	d.Events = []dyad.Event{{ID: "geneva-1-1", Doc: "geneva-1", Sentence: 1, Date: "2025-05-05", DatePrecision: dyad.PrecisionDay,
		Source: *minister, Target: dyad.Actor{Code: "---"}, CAMEO: "036", Root: "03", Goldstein: 4, QuadClass: 1,
		PLOVER: dyad.PLOVER{Type: "CONSULT"}, Modality: dyad.Future, Quote: 0, Speaker: minister, Place: &geneva,
		Text: d.Sentences[1].Text, Evidence: dyad.Evidence{Pattern: "p12", Words: []dyad.Span{{Role: "verb", Text: "meet", Start: 74, End: 78}}}}}
	return d
}

// tokensOf splits text[start:end] at spaces, a period ending its own token.
func tokensOf(text string, start, end int) []dyad.Token {
	var ts []dyad.Token
	for i := start; i < end; {
		j := i
		for j < end && text[j] != ' ' && text[j] != '.' {
			j++
		}
		if j == i {
			j++
		}
		ts = append(ts, dyad.Token{Form: text[i:j], Start: i, End: j, Lemma: strings.ToLower(text[i:j]),
			UPOS: "NOUN", XPOS: "NN", Head: 0, Rel: "dep", SpaceAfter: j < end && text[j] == ' '})
		for i = j; i < end && text[i] == ' '; i++ {
		}
	}
	return ts
}

// filled is a document with every field, however deep, set to a value
// of its own, so a field the codec forgets fails the round trip.
func filled() *dyad.Document {
	d := &dyad.Document{}
	n := 0
	fill(reflect.ValueOf(d).Elem(), &n)
	return d
}

func fill(v reflect.Value, n *int) {
	*n++
	switch v.Kind() {
	case reflect.String:
		v.SetString(fmt.Sprintf("s%d", *n))
	case reflect.Int:
		v.SetInt(int64(*n))
	case reflect.Float64:
		v.SetFloat(float64(*n) + 0.5)
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fill(v.Elem(), n)
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		fill(v.Index(0), n)
		fill(v.Index(1), n)
	case reflect.Map:
		v.Set(reflect.ValueOf(map[string]any{"k": fmt.Sprint(*n)}))
	case reflect.Struct:
		if v.Type() == reflect.TypeFor[time.Time]() {
			v.Set(reflect.ValueOf(time.Unix(int64(*n)*86400, 0).UTC()))
			return
		}
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fill(v.Field(i), n)
			}
		}
	}
}

func TestCodecRoundTrip(t *testing.T) {
	tests := []struct {
		name string
		doc  *dyad.Document
	}{
		{"coded", codedDoc()},
		{"every field", filled()},
		{"empty", &dyad.Document{}},
		{"html only", &dyad.Document{ID: "h1", HTML: "<p>Talks <b>resumed</b>.</p>", Format: "html"}},
		{"empty not nil", &dyad.Document{Blocks: []dyad.Block{}, Sentences: []dyad.Sentence{{Tokens: []dyad.Token{}}}, Errors: []dyad.Error{}}},
		{"invalid utf-8 kept", &dyad.Document{ID: "x", Text: "caf\xe9 au lait"}},
		{"span outside text", &dyad.Document{Text: "short", Blocks: []dyad.Block{{Text: "elsewhere", Start: 3, End: 90}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := encode(tt.doc)
			if err != nil {
				t.Fatal(err)
			}
			got, err := decode(b)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.doc, got); diff != "" {
				t.Errorf("round trip (-want +got):\n%s", diff)
			}
		})
	}
}

// TestCodecSmallerThanJSON guards the point of the format: spans travel as
// offsets, so a coded document is a fraction of its JSON.
func TestCodecSmallerThanJSON(t *testing.T) {
	d := codedDoc()
	b, err := encode(d)
	if err != nil {
		t.Fatal(err)
	}
	j, err := json.Marshal(envelope{Doc: d})
	if err != nil {
		t.Fatal(err)
	}
	if 3*len(b) > len(j) {
		t.Errorf("binary %d bytes, JSON %d: want under a third", len(b), len(j))
	}
}

func TestDecodeJSONEnvelope(t *testing.T) {
	d := codedDoc()
	d.HTML = "<p>x</p>"
	j, err := json.Marshal(envelope{Doc: d, HTML: d.HTML})
	if err != nil {
		t.Fatal(err)
	}
	got, err := decode(j)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(d, got); diff != "" {
		t.Errorf("JSON envelope (-want +got):\n%s", diff)
	}
}

func TestDecodeRejects(t *testing.T) {
	good, err := encode(codedDoc())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, want string
		b          []byte
	}{
		{"truncated", "queue: decode: at byte", good[:len(good)/2]},
		{"trailing", "left over", append(bytes.Clone(good), 0)},
		{"version", "wire version 9", []byte{wireMagic, 9}},
		{"reference", "string reference", []byte{wireMagic, wireVersion, 5<<2 | strRef}},
		{"span before text", "outside the text", []byte{wireMagic, wireVersion, strSpan}},
		{"huge slice", "elements", append([]byte{wireMagic, wireVersion}, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 0x7f)},
		{"bad varint", "bad varint", []byte{wireMagic, wireVersion, 0xff}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := decode(tt.b)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("decode = %v, want an error with %q", err, tt.want)
			}
		})
	}
}

// FuzzDecodeBinary checks the decoder never panics and that whatever it
// accepts survives another round trip unchanged.
func FuzzDecodeBinary(f *testing.F) {
	for _, d := range []*dyad.Document{codedDoc(), filled(), {}} {
		b, err := encode(d)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte{wireMagic, wireVersion})
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := decodeBinary(b)
		if err != nil {
			return
		}
		d2 := reencode(t, d)
		if diff := cmp.Diff(d, d2, cmpopts.EquateNaNs()); diff != "" {
			t.Fatalf("second round trip (-first +second):\n%s", diff)
		}
	})
}

// reencode encodes a decoded document and decodes it again, failing t
// when either step fails.
func reencode(t *testing.T, d *dyad.Document) *dyad.Document {
	t.Helper()
	again, err := encode(d)
	if err != nil {
		t.Fatalf("decoded document does not encode: %v", err)
	}
	d2, err := decode(again)
	if err != nil {
		t.Fatalf("re-encoded document does not decode: %v", err)
	}
	return d2
}

func BenchmarkCodec(b *testing.B) {
	d := codedDoc()
	for range 6 {
		d.Sentences = append(d.Sentences, d.Sentences...)
	}
	b.Run("binary", func(b *testing.B) {
		for b.Loop() {
			buf, err := encode(d)
			if err != nil {
				b.Fatal(err)
			}
			if _, err := decode(buf); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("json", func(b *testing.B) {
		for b.Loop() {
			buf, err := json.Marshal(envelope{Doc: d})
			if err != nil {
				b.Fatal(err)
			}
			if _, err := decodeJSON(buf); err != nil {
				b.Fatal(err)
			}
		}
	})
}

package store

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func latestVersion(t testing.TB) int {
	t.Helper()
	ms, err := pending()
	if err != nil {
		t.Fatal(err)
	}
	return ms[len(ms)-1].version
}

func TestSentenceBlob(t *testing.T) {
	text := "Peru's\tminister said \"no\". The Army Left."
	tests := []struct {
		name string
		ss   []dyad.Sentence
	}{
		{"tagged and parsed", []dyad.Sentence{{Start: 0, End: 26, Tokens: []dyad.Token{
			{Form: "Peru", Start: 0, End: 4, Lemma: "Peru", UPOS: "PROPN", XPOS: "NNP", Head: 3, Rel: "nsubj"},
			{Form: "'s", Start: 4, End: 6, Lemma: "'s", UPOS: "PART", XPOS: "POS", Head: 1, Rel: "case", SpaceAfter: true},
			{Form: "said", Start: 16, End: 20, Lemma: "say", UPOS: "VERB", XPOS: "VBD", Feats: "Mood=Ind|Tense=Past", Head: 0, Rel: "root", SpaceAfter: true},
		}}}},
		{"lemma is the lower-cased form", []dyad.Sentence{{Block: 1, Start: 27, End: 41, Tokens: []dyad.Token{
			{Form: "The", Start: 27, End: 30, Lemma: "the", UPOS: "DET", Head: 2, SpaceAfter: true},
			{Form: "Army", Start: 31, End: 35, Lemma: "army", UPOS: "NOUN", Head: 3, SpaceAfter: true},
		}}}},
		{"form differs from text", []dyad.Sentence{{Start: 21, End: 26, Tokens: []dyad.Token{{Form: `"`, Start: 21, End: 22, Lemma: `"`, Head: -1}}}}},
		{"empty form and lemma", []dyad.Sentence{{Start: 3, End: 3, Tokens: []dyad.Token{{Start: 3, End: 3, Head: -1}}}}},
		{"offsets out of order or range", []dyad.Sentence{{Start: 40, End: 10, Tokens: []dyad.Token{
			{Form: "x", Start: 90, End: 80, Head: -7}, {Form: "y", Start: -5, End: 2}}}}},
		{"no tokens", []dyad.Sentence{{Start: 0, End: 26}, {Block: 2, Start: 27, End: 41}}},
		{"no sentences", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for i := range tt.ss {
				tt.ss[i].Text = slice(text, tt.ss[i].Start, tt.ss[i].End)
			}
			got, err := decodeSentences(text, encodeSentences(text, tt.ss))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.ss, got); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
}

func TestSentenceBlobErrors(t *testing.T) {
	good := encodeSentences("Peru said no.", []dyad.Sentence{{End: 13, Tokens: []dyad.Token{{Form: "Peru", End: 4, UPOS: "PROPN"}}}})
	tests := map[string][]byte{
		"empty":            nil,
		"line form":        []byte("0\t4\t\t=\tPROPN\t\t\t0\t\t0\n"),
		"truncated":        good[:len(good)-2],
		"trailing bytes":   append(append([]byte{}, good...), 0),
		"string not seen":  {blobVersion, 1, 0, 0, 2, 1, 0, 0, 0, 8, 9, 9, 9, 0},
		"huge count":       {blobVersion, 0xff, 0xff, 0xff, 0xff, 0x0f},
		"string too long":  {blobVersion, 1, 0, 0, 2, 1, 0, 0, 0, 0, 50, 'a'},
		"varint too large": {blobVersion, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01},
	}
	for name, b := range tests {
		t.Run(name, func(t *testing.T) {
			if _, err := decodeSentences("Peru said no.", b); err == nil {
				t.Error("no error")
			}
		})
	}
}

func FuzzSentenceBlob(f *testing.F) {
	f.Add("Peru said no.", "said", "say", "VERB", 5, 9, 0, true, []byte{blobVersion, 0})
	f.Add("The army", "The", "the", "", 0, 3, -1, false, []byte{blobVersion, 1, 0, 0, 2, 1, 0, 0, 0, 8})
	f.Add("x", "", "", "", 0, 0, 1, true, []byte("0\t1"))
	f.Fuzz(func(t *testing.T, text, form, lemma, rel string, start, end, head int, space bool, raw []byte) {
		decodeSentences(text, raw) // must not panic
		ss := []dyad.Sentence{{Start: start, End: end, Text: slice(text, start, end), Tokens: []dyad.Token{
			{Form: form, Lemma: lemma, Rel: rel, Start: start, End: end, Head: head, SpaceAfter: space},
			{Form: lemma, Lemma: form, UPOS: rel, Start: end, End: start, Head: -head},
		}}}
		got, err := decodeSentences(text, encodeSentences(text, ss))
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(ss, got); diff != "" {
			t.Errorf("(-want +got)\n%s", diff)
		}
	})
}

// TestLegacyParts reads a document whose parts are in the tables of
// migration 0001, as every document stored before 0002 is.
func TestLegacyParts(t *testing.T) {
	s := openTest(t)
	d := doc("https://example.org/old", "Wire", "2025-05-05", story, ev("PER", "BOL", "057", "2025-05-05"))
	d.Sentences[0].Tokens = append(d.Sentences[0].Tokens, dyad.Token{Form: "from", Start: 10, End: 14,
		Lemma: "from", UPOS: "ADP", Head: 1, Rel: "case", SpaceAfter: true})
	d.Times = []dyad.TimeRef{{Text: "Monday", Start: 60, End: 66, Value: "2025-05-05", Type: "DATE", Precision: dyad.PrecisionDay}}
	d.Places = []dyad.Place{{Name: "La Paz", Text: "La Paz", Start: 50, End: 56, Kind: "city", Country: "BOL", Lat: -16.5, Lon: -68.15}}
	d.Quotes = []dyad.Quote{{Text: "frank", Start: 10, End: 15, Direct: true, Parent: -1}}
	id := put(t, s, d)[0].ID
	writeLegacyParts(t, s, id, d)
	got, err := s.Document(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(*d, got.Document, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("document changed (-put +got):\n%s", diff)
	}
}

// writeLegacyParts moves a document's parts to the tables of 0001.
func writeLegacyParts(t *testing.T, s *DB, id int64, d *dyad.Document) {
	t.Helper()
	b, m, q, tm, p := d.Blocks[0], d.Mentions[0], d.Quotes[0], d.Times[0], d.Places[0]
	stmts := [][]any{
		{`DELETE FROM doc_parts WHERE doc = ?`, id},
		{`INSERT INTO blocks (doc, idx, kind, start, end, reason) VALUES (?,0,?,?,?,?)`, id, b.Kind, b.Start, b.End, b.Reason},
		{`INSERT INTO mentions (doc, idx, sentence, start, end, text, kind, head, tok_start, tok_end, ref, actor_code, actor)
			VALUES (?,0,?,?,?,?,?,?,?,?,?,?,?)`, id, m.Sentence, m.Start, m.End, m.Text, m.Kind, m.Head, m.TokStart, m.TokEnd, m.Ref,
			m.Actor.Code, jsonText(m.Actor, "")},
		{`INSERT INTO quotes (doc, idx, start, end, quote) VALUES (?,0,?,?,?)`, id, q.Start, q.End, jsonText(q, "")},
		{`INSERT INTO times (doc, idx, text, start, end, value, type, precision) VALUES (?,0,?,?,?,?,?,?)`,
			id, tm.Text, tm.Start, tm.End, tm.Value, tm.Type, tm.Precision},
		{`INSERT INTO places (doc, idx, name, text, start, end, kind, country, lat, lon) VALUES (?,0,?,?,?,?,?,?,?,?)`,
			id, p.Name, p.Text, p.Start, p.End, p.Kind, p.Country, p.Lat, p.Lon},
	}
	for i, st := range d.Sentences {
		stmts = append(stmts, []any{`INSERT INTO sentences (doc, idx, block, start, end, tokens) VALUES (?,?,?,?,?,?)`,
			id, i, st.Block, st.Start, st.End, encodeTokens(d.Text, st.Tokens)})
	}
	for _, st := range stmts {
		if _, err := s.SQL().Exec(st[0].(string), st[1:]...); err != nil {
			t.Fatal(err)
		}
	}
}

// TestUpgradeTo0002 opens a database of schema 1 and finds it upgraded.
func TestUpgradeTo0002(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	s, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.SQL().Exec(`DROP TABLE doc_parts; PRAGMA user_version = 1`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if s, err = Open(ctx, path, Options{}); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if v, err := s.Version(ctx); err != nil || v < 2 {
		t.Fatalf("version %d, %v; want at least 2", v, err)
	}
	put(t, s, doc("https://example.org/new", "Wire", "2025-05-05", story))
	if n := count(t, s, "doc_parts"); n != 1 {
		t.Errorf("%d rows in doc_parts, want 1", n)
	}
}

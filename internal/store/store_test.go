package store

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestMigrationsApplyOnce(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "m.db")
	for range 2 {
		s, err := Open(ctx, path, Options{})
		if err != nil {
			t.Fatal(err)
		}
		v, err := s.Version(ctx)
		if want := latestVersion(t); err != nil || v != want {
			t.Errorf("version %d, %v; want %d", v, err, want)
		}
		var mode string
		s.SQL().QueryRow("PRAGMA journal_mode").Scan(&mode)
		if mode != "wal" {
			t.Errorf("journal_mode %q, want wal", mode)
		}
		s.Close()
	}
}

func TestIdempotentIngest(t *testing.T) {
	tests := []struct {
		name string
		url  string
	}{
		{"by URL", "https://example.org/news/1"},
		{"by content hash", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openTest(t)
			mk := func() *dyad.Document {
				return doc(tt.url, "Wire", "2025-05-05", story, ev("PER", "BOL", "057", "2025-05-05"))
			}
			first := put(t, s, mk())[0]
			again := put(t, s, mk(), mk())
			if first.Status != Inserted {
				t.Fatalf("first put %s", first.Status)
			}
			for _, r := range again {
				if r.Status != Exists || r.ID != first.ID {
					t.Errorf("second put %+v, want exists with id %d", r, first.ID)
				}
			}
			for table, want := range map[string]int{"documents": 1, "event_mentions": 1, "events": 1, "doc_parts": 1} {
				if n := count(t, s, table); n != want {
					t.Errorf("%s: %d rows, want %d", table, n, want)
				}
			}
		})
	}
}

func TestUnusableDocumentNotStored(t *testing.T) {
	s := openTest(t)
	d := doc("https://example.org/broken", "Wire", "", "")
	d.AddError("read", dyad.ReasonFetch, "connection refused")
	if r := put(t, s, d)[0]; r.Status != Unusable {
		t.Errorf("status %s, want unusable", r.Status)
	}
	if n := count(t, s, "documents"); n != 0 {
		t.Errorf("%d documents stored", n)
	}
}

// TestSyndicatedCopyMerges finds a copy in the batch of its original, and
// in a later one.
func TestSyndicatedCopyMerges(t *testing.T) {
	for _, split := range []int{3, 1} {
		t.Run(fmt.Sprintf("first batch of %d", split), func(t *testing.T) { testSyndicatedCopy(t, split) })
	}
}

func testSyndicatedCopy(t *testing.T, split int) {
	s := openTest(t)
	orig := doc("https://wire.example/peru-bolivia", "Wire", "2025-05-05", story, ev("PER", "BOL", "057", "2025-05-05"))
	// A partner site reprints the story with its own line at the end and
	// reports the event a day later.
	copyText := strings.ReplaceAll(story, "frank\nand", "frank and") + "\nReporting by our La Paz bureau."
	cp := doc("https://daily.example/2025/05/water-deal", "Daily Herald", "2025-05-06", copyText, ev("PER", "BOL", "057", "2025-05-06"))
	other := doc("https://other.example/x", "Other", "2025-05-05",
		"Chile and Argentina signed a fisheries accord in Santiago after two days of talks between ministers.",
		ev("PER", "BOL", "051", "2025-05-05"))
	docs := []*dyad.Document{orig, cp, other}
	rs := append(put(t, s, docs[:split]...), put(t, s, docs[split:]...)...)
	if rs[1].DupOf != rs[0].ID {
		t.Errorf("copy dup_of %d, want %d", rs[1].DupOf, rs[0].ID)
	}
	if rs[2].DupOf != 0 {
		t.Errorf("unrelated story marked copy of %d", rs[2].DupOf)
	}
	es := allEvents(t, s)
	if len(es) != 1 {
		t.Fatalf("%d events, want 1 (057 twice, 051 merges by root 05): %+v", len(es), es)
	}
	e := es[0]
	got := [4]int{e.NumMentions, e.NumArticles, e.NumSources, e.NumStories}
	if want := [4]int{3, 3, 3, 2}; got != want {
		t.Errorf("mentions, articles, sources, stories = %v, want %v", got, want)
	}
	if e.FirstSeen[:10] != "2025-05-05" || e.LastSeen[:10] != "2025-05-06" {
		t.Errorf("seen %s..%s", e.FirstSeen, e.LastSeen)
	}
	full, err := s.Event(context.Background(), e.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(full.Mentions) != 3 || full.Mentions[1].DupOf != rs[0].ID || full.Mentions[0].Event.Evidence.Pattern != "agree-1" {
		t.Errorf("mentions lost evidence or copy link: %+v", full.Mentions)
	}
}

func TestExactCopyUnderSecondURL(t *testing.T) {
	s := openTest(t)
	rs := put(t, s,
		doc("https://a.example/1", "A", "2025-05-05", story, ev("PER", "BOL", "057", "2025-05-05")),
		doc("https://b.example/1", "B", "2025-05-05", story, ev("PER", "BOL", "057", "2025-05-05")))
	if rs[1].Status != Inserted || rs[1].DupOf != rs[0].ID {
		t.Fatalf("second URL: %+v", rs[1])
	}
	e := allEvents(t, s)[0]
	if e.NumArticles != 2 || e.NumStories != 1 || e.NumSources != 2 {
		t.Errorf("articles %d stories %d sources %d, want 2 1 2", e.NumArticles, e.NumStories, e.NumSources)
	}
}

func TestDocumentRoundTrip(t *testing.T) {
	s := openTest(t)
	d := doc("https://example.org/rt", "Wire", "2025-05-05", story, ev("PER", "BOL", "057", "2025-05-05"))
	d.Meta = map[string]any{"section": "world"}
	d.Quotes = []dyad.Quote{{Text: "frank and constructive", Start: 10, End: 32, Direct: true, SpeakerMention: 0, Parent: -1, Speaker: &dyad.Actor{Code: "PER"}}}
	d.Times = []dyad.TimeRef{{Text: "Monday", Start: 60, End: 66, Value: "2025-05-05", Type: "DATE", Precision: dyad.PrecisionDay}}
	d.Places = []dyad.Place{{Name: "La Paz", Text: "La Paz", Start: 50, End: 56, Kind: "city", Country: "BOL", Lat: -16.5, Lon: -68.15}}
	d.Blocks[0].Post = &dyad.Post{Author: "Ministry", Platform: "twitter"}
	d.Errors = []dyad.Error{{Stage: "read", Reason: dyad.ReasonInvalidUTF8, Message: "repaired"}}
	id := put(t, s, d)[0].ID
	got, err := s.Document(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(*d, got.Document); diff != "" {
		t.Errorf("document changed (-put +got):\n%s", diff)
	}
	if _, err := s.Document(context.Background(), id+10); err == nil {
		t.Error("missing document: no error")
	}
}

func TestSearch(t *testing.T) {
	s := openTest(t)
	put(t, s, doc("https://example.org/s", "Wire", "2025-05-05", story))
	tests := []struct {
		q    string
		hits int
	}{
		{"Titicaca", 1},
		{"joint commission", 1},
		{"commission Santiago", 0},
		{`"unbalanced quote`, 0},
		{"Titicaca OR NEAR( * ^", 0}, // operators are words here, and "near" is not in the text
		{"'; DROP TABLE documents; --", 0},
		{"", 0},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			hits, err := s.Search(context.Background(), tt.q, 10)
			if err != nil {
				t.Fatal(err)
			}
			if len(hits) != tt.hits {
				t.Errorf("%d hits, want %d", len(hits), tt.hits)
			}
		})
	}
	if n := count(t, s, "documents"); n != 1 {
		t.Errorf("documents table has %d rows", n)
	}
}

// TestManyParts stores a document with many parts of each kind.
func TestManyParts(t *testing.T) {
	s := openTest(t)
	text := strings.Repeat("Peru and Bolivia signed a treaty.\n", 2*maxRows+3)
	d := doc("https://example.org/many", "Wire", "2025-05-05", text)
	for range 2*maxRows + 5 {
		d.Mentions = append(d.Mentions, d.Mentions[0])
		d.Times = append(d.Times, dyad.TimeRef{Text: "Monday", Value: "2025-05-05", Type: "DATE"})
	}
	id := put(t, s, d)[0].ID
	got, err := s.Document(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(*d, got.Document, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("document changed (-put +got):\n%s", diff)
	}
}

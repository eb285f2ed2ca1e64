package store

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dyad-events/dyad"
)

// story is an original test article about a border agreement.
const story = `Officials from Peru and Bolivia met in La Paz on Monday to discuss a shared
water project along Lake Titicaca. The two governments agreed to form a joint commission
that will report within six months. Bolivia's foreign minister said the deal would help
farmers on both sides of the border, while Peru's delegation praised the talks as frank
and constructive. Opposition lawmakers in Lima criticised the lack of public consultation.`

func openTest(t testing.TB) *DB {
	t.Helper()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "test.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// doc builds a coded document with one body block split into sentences at
// line ends, as the pipeline would leave it.
func doc(url, source, date, text string, evs ...dyad.Event) *dyad.Document {
	d := &dyad.Document{ID: fmt.Sprintf("t-%x", len(text)+len(url)), URL: url, Source: source, Text: text,
		Title: "Peru and Bolivia agree on water commission", Format: "text"}
	if date != "" {
		d.Date = day(date)
	}
	d.Blocks = []dyad.Block{{Kind: dyad.BlockBody, Text: text, Start: 0, End: len(text), Reason: "default"}}
	start := 0
	for i, line := range strings.SplitAfter(text, "\n") {
		if line == "" {
			continue
		}
		s := dyad.Sentence{Block: 0, Start: start, End: start + len(line), Text: line}
		s.Tokens = []dyad.Token{{Form: strings.Fields(line + " x")[0], Start: start, End: start + 1, Head: 0, SpaceAfter: true}}
		s.Tokens[0].End = start + len(s.Tokens[0].Form)
		d.Sentences = append(d.Sentences, s)
		if i == 0 && len(line) > 9 {
			d.Mentions = append(d.Mentions, dyad.Mention{Sentence: 0, Start: start, End: start + 9, Text: line[:9],
				Kind: dyad.MentionName, Ref: -1, Actor: &dyad.Actor{Code: "PER", Name: "Peru", Known: true}})
		}
		start += len(line)
	}
	for i := range evs {
		evs[i].Doc = d.ID
		evs[i].ID = fmt.Sprintf("%s-%d", d.ID, i)
	}
	d.Events = evs
	return d
}

// ev builds an asserted event from source to target with CAMEO code and date.
func ev(src, tgt, cameo, date string) dyad.Event {
	quad := map[byte]int{'0': 1, '1': 3}[cameo[0]]
	if quad == 0 {
		quad = 4
	}
	return dyad.Event{
		Date: date, DatePrecision: dyad.PrecisionDay, Source: dyad.Actor{Code: src, Name: src, Known: true},
		Target: dyad.Actor{Code: tgt, Name: tgt, Known: true}, CAMEO: cameo, Root: cameo[:2],
		Goldstein: 3.0, QuadClass: quad, Modality: dyad.Asserted, Quote: -1, Text: "The two governments agreed.",
		PLOVER:   dyad.PLOVER{Type: "AGREE"},
		Evidence: dyad.Evidence{Pattern: "agree-1", Words: []dyad.Span{{Role: "verb", Text: "agreed", Start: 10, End: 16}}},
	}
}

func put(t testing.TB, s *DB, docs ...*dyad.Document) []PutResult {
	t.Helper()
	rs, err := s.PutDocuments(context.Background(), docs)
	if err != nil {
		t.Fatal(err)
	}
	return rs
}

func count(t testing.TB, s *DB, table string) int {
	t.Helper()
	var n int
	if err := s.SQL().QueryRow("SELECT count(*) FROM " + table).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func allEvents(t testing.TB, s *DB) []Event {
	t.Helper()
	es, err := s.Events(context.Background(), Filter{Sort: SortOldest, Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	return es
}

package store

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/google/go-cmp/cmp"
)

func TestMergeRules(t *testing.T) {
	at := func(e dyad.Event, f func(*dyad.Event)) dyad.Event { f(&e); return e }
	base := ev("USA", "MEX", "042", "2025-05-03")
	lima := &dyad.Place{Name: "Lima", Country: "PER"}
	quito := &dyad.Place{Name: "Quito", Country: "ECU"}
	tests := []struct {
		name  string
		a, b  dyad.Event
		merge bool
	}{
		{"same everything", base, base, true},
		{"one day later", base, ev("USA", "MEX", "042", "2025-05-04"), true},
		{"three days later", base, ev("USA", "MEX", "042", "2025-05-06"), false},
		{"same root, other code", base, ev("USA", "MEX", "043", "2025-05-03"), true},
		{"other root", base, ev("USA", "MEX", "051", "2025-05-03"), false},
		{"other target", base, ev("USA", "CAN", "042", "2025-05-03"), false},
		{"reversed dyad", base, ev("MEX", "USA", "042", "2025-05-03"), false},
		{"month covers day", base, at(base, func(e *dyad.Event) { e.Date, e.DatePrecision = "2025-05", dyad.PrecisionMonth }), true},
		{"other month", base, at(base, func(e *dyad.Event) { e.Date, e.DatePrecision = "2025-07", dyad.PrecisionMonth }), false},
		{"ISO week covers day", base, at(base, func(e *dyad.Event) { e.Date, e.DatePrecision = "2025-W18", dyad.PrecisionWeek }), true},
		{"week after", base, at(base, func(e *dyad.Event) { e.Date = "2025-W20" }), false},
		{"year covers day", base, at(base, func(e *dyad.Event) { e.Date = "2025" }), true},
		{"both places known, same", at(base, func(e *dyad.Event) { e.Place = lima }), at(base, func(e *dyad.Event) { e.Place = lima }), true},
		{"both places known, different", at(base, func(e *dyad.Event) { e.Place = lima }), at(base, func(e *dyad.Event) { e.Place = quito }), false},
		{"one place unknown", at(base, func(e *dyad.Event) { e.Place = lima }), base, true},
		{"reported merges with asserted", base, at(base, func(e *dyad.Event) { e.Modality = dyad.Reported }), true},
		{"negated stays apart", base, at(base, func(e *dyad.Event) { e.Modality = dyad.Negated }), false},
		{"two negated merge", at(base, func(e *dyad.Event) { e.Modality = dyad.Negated }), at(base, func(e *dyad.Event) { e.Modality = dyad.Negated }), true},
		{"future and hypothetical apart", at(base, func(e *dyad.Event) { e.Modality = dyad.Future }), at(base, func(e *dyad.Event) { e.Modality = dyad.Hypothetical }), false},
		{"undated with dated", at(base, func(e *dyad.Event) { e.Date = "" }), base, false},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { testMerge(t, i, tt.a, tt.b, tt.merge) })
	}
}

// testMerge stores a and b in one batch, where b finds a among the
// batch's new events, and in two, where b finds it stored.
func testMerge(t *testing.T, i int, a, b dyad.Event, merge bool) {
	for _, split := range []int{2, 1} {
		t.Run(fmt.Sprintf("first batch of %d", split), func(t *testing.T) {
			s := openTest(t)
			// Documents without a publication date, so an undated event stays undated.
			docs := []*dyad.Document{doc(fmt.Sprintf("https://a.example/%d", i), "A", "", "First report.", a),
				doc(fmt.Sprintf("https://b.example/%d", i), "B", "", "Second, unrelated wording.", b)}
			put(t, s, docs[:split]...)
			put(t, s, docs[split:]...)
			want := 2
			if merge {
				want = 1
			}
			if n := len(allEvents(t, s)); n != want {
				t.Errorf("%d events, want %d", n, want)
			}
			if n := count(t, s, "event_mentions"); n != 2 {
				t.Errorf("%d mentions kept, want 2", n)
			}
		})
	}
}

func TestMergeNarrowsDate(t *testing.T) {
	for _, split := range []int{2, 1} {
		t.Run(fmt.Sprintf("first batch of %d", split), func(t *testing.T) {
			s := openTest(t)
			month := ev("USA", "MEX", "042", "2025-05")
			month.DatePrecision = dyad.PrecisionMonth
			day := ev("USA", "MEX", "042", "2025-05-20")
			day.Place = &dyad.Place{Name: "Lima", Country: "PER"}
			docs := []*dyad.Document{doc("https://a.example/n", "A", "", "One.", month), doc("https://b.example/n", "B", "", "Two.", day)}
			put(t, s, docs[:split]...)
			put(t, s, docs[split:]...)
			es := allEvents(t, s)
			if len(es) != 1 || es[0].Date != "2025-05-20" || es[0].DatePrecision != dyad.PrecisionDay {
				t.Fatalf("events %+v, want one dated 2025-05-20 at day precision", es)
			}
			if es[0].Place == nil || es[0].Place.Name != "Lima" {
				t.Errorf("place %+v, want Lima", es[0].Place)
			}
		})
	}
}

func TestUndatedFallsBackToPublication(t *testing.T) {
	s := openTest(t)
	e := ev("USA", "MEX", "042", "")
	e.DatePrecision = ""
	put(t, s, doc("https://a.example/p", "A", "2025-06-01", "One.", e))
	if es := allEvents(t, s); es[0].Date != "2025-06-01" {
		t.Errorf("date %q, want the publication day", es[0].Date)
	}
}

func TestFilters(t *testing.T) {
	s := openTest(t)
	neg := ev("USA", "MEX", "112", "2025-03-10")
	neg.Modality = dyad.Negated
	put(t, s,
		doc("https://a.example/f1", "Wire", "2025-01-05", "One story.", ev("USAGOV", "MEX", "042", "2025-01-05")),
		doc("https://a.example/f2", "Daily", "2025-02-05", "Two story.", ev("MEX", "USA", "190", "2025-02-05")),
		doc("https://a.example/f3", "O'Brien & Sons", "2025-03-10", "Three story.", neg, ev("CHN", "RUS", "036", "2025-03-10")),
		doc("https://a.example/f4", "Wire", "2025-04-01", "Four story.", ev("US%", "MEX", "042", "2025-04-01")))
	tests := []struct {
		name string
		f    Filter
		want int
	}{
		{"all", Filter{}, 5},
		{"actor prefix either side", Filter{Actor: "USA"}, 3},
		{"source prefix", Filter{Source: "USA"}, 2},
		{"longer than a country", Filter{Source: "USAG"}, 1},
		{"shorter than a country", Filter{Actor: "US"}, 4},
		{"non-ASCII prefix", Filter{Actor: "ÜSA"}, 0},
		{"dyad", Filter{Source: "USA", Target: "MEX"}, 2},
		{"cameo prefix", Filter{CAMEO: "04"}, 2},
		{"cameo code stays a string", Filter{CAMEO: "042"}, 2},
		{"quad class", Filter{QuadClass: 3}, 2},
		{"modality", Filter{Modality: dyad.Negated}, 1},
		{"date range", Filter{From: "2025-02-01", To: "2025-03-10"}, 3},
		{"publisher", Filter{Publisher: "Wire"}, 2},
		{"publisher with quote and ampersand", Filter{Publisher: "O'Brien & Sons"}, 2},
		{"percent is literal", Filter{Actor: "US%"}, 1},
		{"underscore is literal", Filter{Actor: "U_A"}, 0},
		{"injection attempt", Filter{Actor: "'; DROP TABLE events; --"}, 0},
		{"injection in publisher", Filter{Publisher: "x' OR '1'='1"}, 0},
		{"page", Filter{Limit: 2, Offset: 4}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			es, err := s.Events(context.Background(), tt.f)
			if err != nil {
				t.Fatal(err)
			}
			if len(es) != tt.want {
				t.Errorf("%d events, want %d: %+v", len(es), tt.want, es)
			}
		})
	}
	if n := count(t, s, "events"); n != 5 {
		t.Errorf("events table has %d rows after filtering", n)
	}
	for _, bad := range []Filter{{From: "2025/01/01"}, {Sort: "nope"}} {
		if _, err := s.Events(context.Background(), bad); err == nil {
			t.Errorf("%+v: no error", bad)
		}
	}
}

func TestSortOrders(t *testing.T) {
	s := openTest(t)
	put(t, s,
		doc("https://a.example/o1", "W", "", "One.", ev("USA", "MEX", "042", "2025-01-05")),
		doc("https://a.example/o2", "W", "", "Two.", ev("USA", "MEX", "190", "2025-02-05")),
		doc("https://a.example/o3", "W", "", "Three.", ev("USA", "MEX", "190", "2025-02-05")))
	tests := []struct {
		sort  Sort
		first string
	}{{SortNewest, "190"}, {SortOldest, "042"}, {SortMentions, "190"}}
	for _, tt := range tests {
		t.Run(string(tt.sort), func(t *testing.T) {
			es, err := s.Events(context.Background(), Filter{Sort: tt.sort})
			if err != nil || len(es) != 2 {
				t.Fatalf("%v, %d events", err, len(es))
			}
			if es[0].CAMEO != tt.first {
				t.Errorf("first %s, want %s", es[0].CAMEO, tt.first)
			}
		})
	}
}

func TestSeries(t *testing.T) {
	s := openTest(t)
	coop := ev("USA", "MEX", "042", "2025-05-05") // Monday
	fight := ev("USAMIL", "MEX", "190", "2025-05-11")
	fight.Goldstein, fight.QuadClass = -10, 4
	neg := ev("USA", "MEX", "190", "2025-05-06")
	neg.Modality = dyad.Negated
	put(t, s,
		doc("https://a.example/s1", "W", "", "One.", coop),
		doc("https://a.example/s2", "W", "", "Two.", fight, neg),
		doc("https://a.example/s3", "W", "", "Three.", ev("USA", "MEX", "042", "2025-05-12")),
		doc("https://a.example/s4", "W", "", "Four.", ev("MEX", "USA", "042", "2025-05-12")))
	weeks, err := s.Series(context.Background(), "USA", "MEX", Week)
	if err != nil {
		t.Fatal(err)
	}
	want := []Bucket{
		{Start: "2025-05-05", Events: 2, Quad: [4]int{1, 0, 0, 1}, GoldsteinSum: -7, GoldsteinMean: -3.5},
		{Start: "2025-05-12", Events: 1, Quad: [4]int{1, 0, 0, 0}, GoldsteinSum: 3, GoldsteinMean: 3},
	}
	if fmt.Sprint(weeks) != fmt.Sprint(want) {
		t.Errorf("weeks\n%v\nwant\n%v", weeks, want)
	}
	months, err := s.Series(context.Background(), "USA", "MEX", Month)
	if err != nil || len(months) != 1 || months[0].Start != "2025-05-01" || months[0].Events != 3 {
		t.Errorf("months %v, %v", months, err)
	}
	if _, err := s.Series(context.Background(), "USA", "MEX", "day"); err == nil {
		t.Error("unknown interval: no error")
	}
}

func TestActors(t *testing.T) {
	s := openTest(t)
	put(t, s, doc("https://a.example/a1", "W", "", "One.", ev("USA", "MEX", "042", "2025-01-05"), ev("USA", "CAN", "042", "2025-01-05")))
	as, err := s.Actors(context.Background())
	if err != nil || len(as) != 3 || as[0].Code != "USA" || as[0].Events != 2 {
		t.Errorf("actors %+v, %v", as, err)
	}
}

func TestParseDyad(t *testing.T) {
	for _, tt := range []struct {
		in       string
		src, tgt string
		ok       bool
	}{{"USA:MEX", "USA", "MEX", true}, {"USA", "", "", false}, {":MEX", "", "", false}, {"USAGOV:MEXREB", "USAGOV", "MEXREB", true}} {
		src, tgt, err := ParseDyad(tt.in)
		if (err == nil) != tt.ok || src != tt.src || tgt != tt.tgt {
			t.Errorf("ParseDyad(%q) = %q, %q, %v", tt.in, src, tgt, err)
		}
	}
}

// TestBatchSizeKeepsEvents stores crowded documents, whose mentions merge
// often, one at a time and in batches of 50. A mention finds its event
// stored in the first case and often new in its batch in the second; the
// events must come out the same.
func TestBatchSizeKeepsEvents(t *testing.T) {
	docs := crowdedDocs(150)
	var got [2][]Event
	for i, size := range []int{1, 50} {
		s := openTest(t)
		for j := 0; j < len(docs); j += size {
			put(t, s, docs[j:min(j+size, len(docs))]...)
		}
		got[i] = allEvents(t, s)
	}
	if len(got[0]) >= 3*len(docs)*2/3 {
		t.Errorf("%d events of %d mentions: too few merges to test", len(got[0]), 3*len(docs))
	}
	if diff := cmp.Diff(got[0], got[1]); diff != "" {
		t.Errorf("events differ (-one at a time +batches of 50):\n%s", diff)
	}
}

// crowdedDocs gives synthetic documents whose events share few actors,
// codes, days and places, in various precisions and modalities.
func crowdedDocs(n int) []*dyad.Document {
	r := rand.New(rand.NewPCG(5, 6))
	pick := func(xs ...string) string { return xs[r.IntN(len(xs))] }
	places := []*dyad.Place{nil, {Name: "Lima", Country: "PER"}, {Name: "Quito", Country: "ECU"}}
	docs := synthDocs(11, n)
	for _, d := range docs {
		for i := range d.Events {
			e := &d.Events[i]
			*e = ev(pick("USA", "MEX", "PER"), pick("USA", "MEX"), pick("042", "043", "051", "190"), pick(
				"2025-05-01", "2025-05-02", "2025-05-04", "2025-05-07", "2025-05", "2025-W19", ""))
			e.Modality = dyad.Modality(pick("asserted", "reported", "negated", "future"))
			e.Place = places[r.IntN(len(places))]
			e.ID, e.Doc = fmt.Sprintf("%s-%d", d.ID, i), d.ID
		}
	}
	return docs
}

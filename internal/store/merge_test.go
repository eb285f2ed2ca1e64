package store

import (
	"context"
	"fmt"
	"testing"

	"github.com/dyad-events/dyad"
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
		t.Run(tt.name, func(t *testing.T) {
			s := openTest(t)
			// Documents without a publication date, so an undated event stays undated.
			put(t, s, doc(fmt.Sprintf("https://a.example/%d", i), "A", "", "First report.", tt.a),
				doc(fmt.Sprintf("https://b.example/%d", i), "B", "", "Second, unrelated wording.", tt.b))
			want := 2
			if tt.merge {
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
	s := openTest(t)
	month := ev("USA", "MEX", "042", "2025-05")
	month.DatePrecision = dyad.PrecisionMonth
	put(t, s, doc("https://a.example/n", "A", "", "One.", month),
		doc("https://b.example/n", "B", "", "Two.", ev("USA", "MEX", "042", "2025-05-20")))
	es := allEvents(t, s)
	if len(es) != 1 || es[0].Date != "2025-05-20" || es[0].DatePrecision != dyad.PrecisionDay {
		t.Errorf("events %+v, want one dated 2025-05-20 at day precision", es)
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

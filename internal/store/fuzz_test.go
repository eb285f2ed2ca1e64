package store

import (
	"context"
	"testing"
	"time"
)

func FuzzDateSpan(f *testing.F) {
	for _, s := range []string{"2025-05-03", "2025-W18", "2025-W01", "2025-05", "2025", "", "2025-W99", "20x5", "2025-13"} {
		f.Add(s)
	}
	pub := time.Date(2025, 5, 3, 12, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		sp := dateSpan(s, time.Time{})
		if !sp.ok {
			if sp := dateSpan(s, pub); s == "" && !sp.ok {
				t.Error("empty date with publication date: undated")
			}
			return
		}
		if sp.hi < sp.lo || sp.width() > maxSpanDays {
			t.Errorf("%q: span %d..%d", s, sp.lo, sp.hi)
		}
	})
}

func FuzzSearchQuery(f *testing.F) {
	s := openTest(f)
	put(f, s, doc("https://a.example/fz", "W", "2025-05-05", story))
	for _, q := range []string{"Titicaca", `"a" OR b*`, "NEAR(a b)", "-x", "col:val", "^", "\x00", "'"} {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, q string) {
		if _, err := s.Search(context.Background(), q, 5); err != nil {
			t.Errorf("%q: %v", q, err)
		}
	})
}

func FuzzFilterActor(f *testing.F) {
	s := openTest(f)
	put(f, s, doc("https://a.example/ff", "W", "2025-05-05", story, ev("USA", "MEX", "042", "2025-05-05")))
	for _, q := range []string{"USA", "%", "_", "'", "\xff", "US\xff\xff", ""} {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, a string) {
		es, err := s.Events(context.Background(), Filter{Actor: a, CAMEO: a})
		if err != nil {
			t.Fatalf("%q: %v", a, err)
		}
		for _, e := range es {
			if len(e.CAMEO) < len(a) || e.CAMEO[:len(a)] != a {
				t.Errorf("%q matched cameo %q", a, e.CAMEO)
			}
		}
	})
}

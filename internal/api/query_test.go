package api

import (
	"net/url"
	"testing"
)

// FuzzParseFilter checks that any query either fails with a 400 or gives
// a filter whose values keep the shapes the store expects.
func FuzzParseFilter(f *testing.F) {
	for _, s := range []string{"", "actor=USA&limit=5", "dyad=USA:MEX&cameo=04", "from=2026-01-01&quad=2", "sort=goldstein&offset=10", "x=%zz"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, raw string) {
		q, err := url.ParseQuery(raw)
		if err != nil {
			return
		}
		flt, err := parseFilter(q)
		if err != nil {
			if _, ok := err.(*apiError); !ok {
				t.Fatalf("error %v is not a 400", err)
			}
			return
		}
		if flt.Limit < 1 || flt.Limit > maxLimit || flt.Offset < 0 || flt.Offset > maxOffset {
			t.Fatalf("page %d+%d out of range", flt.Offset, flt.Limit)
		}
		for _, c := range []string{flt.Actor, flt.Source, flt.Target} {
			if c != "" && !codeRE.MatchString(c) {
				t.Fatalf("code %q passed", c)
			}
		}
	})
}

func BenchmarkParseFilter(b *testing.B) {
	q, _ := url.ParseQuery("dyad=USA:MEX&from=2026-01-01&to=2026-03-31&cameo=04&quad=1&sort=date&limit=50")
	for b.Loop() {
		if _, err := parseFilter(q); err != nil {
			b.Fatal(err)
		}
	}
}

//go:build eval

package main

import (
	"context"
	"testing"

	"github.com/dyad-events/dyad/internal/shared"
)

// TestValidateSuites codes both peers' validation suites with their own
// dictionaries and fails when fewer records pass than were measured.
func TestValidateSuites(t *testing.T) {
	for _, tc := range []struct {
		kind  string
		path  []string
		floor float64 // share of records passing, as measured minus a margin
	}{
		{"petrarch", []string{"peers", "petrarch2", "text", "PETR.UnitTest.records.xml"}, 0.83},
		{"tabari", []string{"peers", "tabari", "Validate.project"}, 0.90},
	} {
		t.Run(tc.kind, func(t *testing.T) {
			path := shared.TestPath(t, tc.path...)
			s, err := readSuite(tc.kind, path)
			if err != nil {
				t.Fatal(err)
			}
			rs, err := runSuite(context.Background(), s, &dictFlags{})
			if err != nil {
				t.Fatal(err)
			}
			pass := 0
			for _, r := range rs {
				if r.Pass {
					pass++
				}
			}
			rate := float64(pass) / float64(len(rs))
			t.Logf("%s: %d of %d records pass (%.3f)", tc.kind, pass, len(rs), rate)
			if rate < tc.floor {
				t.Errorf("pass rate %.3f below floor %.2f", rate, tc.floor)
			}
		})
	}
}

package validate

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/dyad-events/dyad/internal/surface"
)

// Record is one validation record.
type Record struct {
	ID      string
	Date    time.Time
	Text    string
	Want    []surface.Triple // expected events; empty for "no event"
	Discard bool             // the record expects the sentence to be discarded
	// Options are TABARI "{ OPTION: ... }" commands to apply before coding
	// this record, including those of the non-test records before it.
	Options []string
}

// Suite is a validation suite: its records and dictionary files (paths
// relative to the suite file's directory).
type Suite struct {
	Records  []Record
	Verbs    []string
	Actors   []string
	Agents   []string
	Discards []string
	// NotTests counts records the suite holds but marks as no test
	// (option changes, notes without expected events).
	NotTests int
	// Options are the coding options the suite starts with (the peer's
	// defaults); TABARI records change them with Record.Options.
	Options surface.Options
}

// Result is the outcome of one record.
type Result struct {
	Record *Record
	Got    []surface.Triple
	Pass   bool
}

// Run codes every record with code and scores it.
func (s *Suite) Run(code func(*Record) ([]surface.Triple, error)) ([]Result, error) {
	out := make([]Result, 0, len(s.Records))
	for i := range s.Records {
		r := &s.Records[i]
		got, err := code(r)
		if err != nil {
			return out, fmt.Errorf("validate: %s: %w", r.ID, err)
		}
		out = append(out, Result{Record: r, Got: got, Pass: sameSet(r.Want, got)})
	}
	return out, nil
}

func sameSet(a, b []surface.Triple) bool {
	key := func(ts []surface.Triple) []string {
		var k []string
		for _, t := range ts {
			k = append(k, t.Source+"/"+t.Target+"/"+t.Code)
		}
		slices.Sort(k)
		return slices.Compact(k)
	}
	return slices.Equal(key(a), key(b))
}

// Format writes "SRC/TGT/CODE" triples, or "-" for none.
func Format(ts []surface.Triple) string {
	if len(ts) == 0 {
		return "-"
	}
	var b strings.Builder
	for i, t := range ts {
		if i > 0 {
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, "%s/%s/%s", t.Source, t.Target, t.Code)
	}
	return b.String()
}

// Report writes one line per result and the closing "N passed, M failed".
func Report(w io.Writer, rs []Result) (passed, failed int, err error) {
	for _, r := range rs {
		mark := "FAIL"
		if r.Pass {
			mark, passed = "pass", passed+1
		} else {
			failed++
		}
		if _, err = fmt.Fprintf(w, "%s\twant %s\tgot %s\t%s\n", r.Record.ID, Format(r.Record.Want), Format(r.Got), mark); err != nil {
			return passed, failed, err
		}
	}
	_, err = fmt.Fprintf(w, "%d passed, %d failed\n", passed, failed)
	return passed, failed, err
}

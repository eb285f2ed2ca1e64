package tabari

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// An invented suite in TABARI's record notation.
const recordsFixture = `##########
# notes
##########

100101  RIVER-01
Riverland praised Hillmark on Monday for
the new barges.
/*\n------
\n[Simple]
\n{ RVL / HLM / 051 }
\n{ HLM / RVL / 051 } */

100102  RIVER-02
Nothing happened. /* {---} -{ RVL / HLM / 010 } */

100103  RIVER-03
A tennis match.
/* {###} */

100104  NOTE-01
A note. /* {+++} { OPTION: SET: CODE ALL } */

20100105 LONG-01
A four-digit year. /* { RVL / HLM / 051 } */

1001051  SEVEN-01
Seven digits. /* {---} */

1013051  ODD-01
A malformed date. /* {---} /*

100105  OPEN-01
After an unclosed comment. /* {###} */

100105  OPT-01
An open option brace. /* { OPTION: SET: MINIMUM WORDS = 4  */

100105  FINAL-01
Stop here.
/* { A / B / 010 } */
`

func TestReadRecords(t *testing.T) {
	got, err := ReadRecords(strings.NewReader(recordsFixture), "fix.text", "FINAL-01")
	if err != nil {
		t.Fatal(err)
	}
	day := func(d int) time.Time { return time.Date(2010, 1, d, 0, 0, 0, 0, time.UTC) }
	want := []Record{
		{ID: "RIVER-01", Date: day(1), Text: "Riverland praised Hillmark on Monday for the new barges.",
			Events: []Event{{Source: "RVL", Target: "HLM", Code: "051"}, {Source: "HLM", Target: "RVL", Code: "051"}}, Line: 5},
		{ID: "RIVER-02", Date: day(2), Text: "Nothing happened.", NoEvent: true, Line: 13},
		{ID: "RIVER-03", Date: day(3), Text: "A tennis match.", Discard: true, Line: 16},
		{ID: "NOTE-01", Date: day(4), Text: "A note.", Skip: true, Complex: true, Options: []string{"SET: CODE ALL"}, Line: 20},
		{ID: "LONG-01", Date: day(5), Text: "A four-digit year.", Events: []Event{{Source: "RVL", Target: "HLM", Code: "051"}}, Line: 23},
		{ID: "SEVEN-01", Date: day(5), Text: "Seven digits.", NoEvent: true, Line: 26},
		{ID: "ODD-01", Text: "A malformed date.", NoEvent: true, Line: 29},
		{ID: "OPEN-01", Date: day(5), Text: "After an unclosed comment.", Discard: true, Line: 32},
		{ID: "OPT-01", Date: day(5), Text: "An open option brace.", Skip: true, Options: []string{"SET: MINIMUM WORDS = 4"}, Line: 35},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Fatalf("records (-want +got):\n%s", d)
	}
}

func TestReadProject(t *testing.T) {
	p, err := ReadProject(strings.NewReader("River suite\n<actorsfile>  r.actors\n<verbsfile>\tr.verbs\n<session 1> <coder x>\n"), "fix.project")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ key, want string }{{"actorsfile", "r.actors"}, {"verbsfile", "r.verbs"}, {"textfile", ""}} {
		t.Run(tc.key, func(t *testing.T) {
			if got := p.File(tc.key); got != tc.want {
				t.Errorf("File(%q) = %q, want %q", tc.key, got, tc.want)
			}
		})
	}
	if p.Title != "River suite" {
		t.Errorf("Title = %q", p.Title)
	}
}

func TestReadOptions(t *testing.T) {
	got, err := ReadOptions(strings.NewReader("// note\nCOMPLEX: VERBS[5] // why\nLABEL: 051=PRAISE\n~~~~~\nnotes after the end\n"), "fix.options")
	if err != nil {
		t.Fatal(err)
	}
	want := []Option{{Command: "COMPLEX", Value: "VERBS[5]", Line: 2}, {Command: "LABEL", Value: "051=PRAISE", Line: 3}}
	if d := cmp.Diff(want, got); d != "" {
		t.Fatalf("options (-want +got):\n%s", d)
	}
	if _, err := ReadOptions(strings.NewReader("NO COLON\n"), "bad.options"); err == nil || !strings.Contains(err.Error(), "bad.options:1") {
		t.Errorf("err = %v, want file:line", err)
	}
}

func FuzzReaders(f *testing.F) {
	f.Add(recordsFixture)
	f.Add("<a> b\n<session>\n")
	f.Add("X: y\n")
	f.Fuzz(func(t *testing.T, s string) {
		_, _ = ReadRecords(strings.NewReader(s), "fuzz", "FINAL-01")
		_, _ = ReadProject(strings.NewReader(s), "fuzz")
		_, _ = ReadOptions(strings.NewReader(s), "fuzz")
	})
}

func TestDefaults(t *testing.T) {
	for _, tc := range []struct{ in, src, tgt string }{
		{"SOURCE [DSRC] PRIOR TARGET [DTGT] AFTER", "DSRC", "DTGT"},
		{"SOURCE [DSRC]", "DSRC", ""},
		{"OFF", "", ""},
	} {
		t.Run(tc.in, func(t *testing.T) {
			if s, g := Defaults(tc.in); s != tc.src || g != tc.tgt {
				t.Errorf("Defaults(%q) = %q, %q; want %q, %q", tc.in, s, g, tc.src, tc.tgt)
			}
		})
	}
}

package actors

import (
	"strings"
	"testing"

	"github.com/dyad-events/dyad/internal/cameo"
)

// TestBuiltinLintsClean runs `dyad lexicon lint` on the built-in files.
func TestBuiltinLintsClean(t *testing.T) {
	lx := defaultLexicon(t)
	o, err := cameo.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range Lint(lx, o.ValidActorCode) {
		t.Error(p)
	}
}

func TestLintFindsProblems(t *testing.T) {
	src := `@kind countries
XYZ: Freedonia | adj: Freedonian
SYL: Sylvania | adj: Freedonian
@kind people
XYZELI: Rufus Firefly
  role: XYZGOV 1933-01-01..1934-01-01 President
XYZELI: Pinky Firefly
  role: XYZGOV 1933-06-01.. President
  role: XYZGOV 1940-01-01..1939-01-01 Minister
XYZGOV: Chicolini
@kind agents
GOV: envoy; envoy
`
	lx := mustParse(t, src)
	valid := func(code string) bool { return code != "SYL" }
	want := []string{
		`t.txt:10: "Chicolini": code outside roles XYZGOV`,
		`t.txt:3: bad actor code SYL`,
		`t.txt:3: "freedonian" also names`,
		`t.txt:8: "Pinky Firefly" XYZGOV 1933-06-01.. President overlaps`,
		`t.txt:9: "Pinky Firefly": role XYZGOV 1940-01-01..1939-01-01 Minister ends before`,
		`t.txt:12: "envoy" listed twice`,
	}
	got := Lint(lx, valid)
	for _, w := range want {
		found := false
		for _, p := range got {
			found = found || strings.Contains(strings.ReplaceAll(p.String(), `"Sylvania": `, ""), w)
		}
		if !found {
			t.Errorf("missing problem %q in %v", w, got)
		}
	}
}

package verbs

import (
	"testing"
)

func mustDefault(t testing.TB) *Lexicon {
	t.Helper()
	lx, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return lx
}

func TestBuiltinLintsClean(t *testing.T) {
	sub, err := BuiltinFS()
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range Lint(sub, ontology(t)) {
		t.Error(m)
	}
}

func TestBuiltinCoversEveryCode(t *testing.T) {
	lx, o := mustDefault(t), ontology(t)
	have := map[string]bool{}
	for _, p := range lx.Patterns() {
		have[p.Code] = true
	}
	for _, code := range o.EventCodes() {
		if !have[code] {
			t.Errorf("no pattern for CAMEO code %s", code)
		}
	}
}

func TestBuiltinCount(t *testing.T) {
	lx := mustDefault(t)
	if n := lx.Count(); n < 3000 {
		t.Errorf("Count = %d patterns, want at least 3000", n)
	}
	discards := 0
	for _, p := range lx.Patterns() {
		if p.Discard {
			discards++
		}
	}
	if discards < 40 {
		t.Errorf("%d discard lines, want at least 40", discards)
	}
}

// TestBuiltinSpotChecks looks up general patterns the coder needs for
// common news wording; each names the head, the constraints that must be
// there (as rendered) and the code.
func TestBuiltinSpotChecks(t *testing.T) {
	tests := []struct {
		name, lemma string
		nominal     bool
		code        string
		has         []string // constraint renderings that must all appear
	}{
		{"propose sending troops", "propose", false, "0312", []string{"+xcomp.obj:"}},
		{"propose that the military come in", "propose", false, "0312", []string{"+ccomp.nsubj:"}},
		{"reject a proposal", "reject", false, "120", []string{"+obj"}},
		{"never accept foreign troops", "accept", false, "1212", []string{"+advmod:not|never"}},
		{"say no", "say", false, "120", []string{"+obj:no"}},
		{"pressure to accept troops", "pressure", false, "1012", []string{"+xcomp:accept|allow|permit|host"}},
		{"surge troops", "surge", false, "154", []string{"+obj:"}},
		{"increase patrols", "increase", false, "150", []string{"+obj:patrol"}},
		{"designate as terrorist organisation", "designate", false, "172", []string{"+prep/as:"}},
		{"phone call", "call", true, "041", []string{"+mod:phone"}},
		{"talks with", "talk", true, "040", []string{"+prep/with"}},
		{"visit", "visit", true, "042", nil},
		{"air strike", "strike", true, "195", []string{"+mod:air"}},
		{"sanctions on", "sanction", true, "163", []string{"+prep/on|against"}},
		{"ceasefire", "ceasefire", true, "0871", nil},
		{"protest", "protest", true, "14", nil},
		{"say", "say", false, "010", nil},
		{"tell", "tell", false, "010", nil},
		{"warn that", "warn", false, "130", []string{"+ccomp"}},
		{"urge", "urge", false, "020", nil},
		{"accuse", "accuse", false, "112", []string{"+obj"}},
		{"deny responsibility", "deny", false, "016", []string{"+obj:"}},
		{"arrest", "arrest", false, "173", []string{"+obj"}},
		{"withdraw troops", "withdraw", false, "0874", []string{"+obj:"}},
		{"call off talks", "call", false, "164", []string{"+prt:off"}},
		{"fired up is no event", "fire", false, "", []string{"+prt:up"}},
	}
	lx := mustDefault(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := lx.ByLemma(tt.lemma)
			if tt.nominal {
				ps = lx.Nominal(tt.lemma)
			}
			for _, p := range ps {
				if p.Code == tt.code && hasAll(p, tt.has) {
					return
				}
			}
			t.Errorf("no %s pattern for %q with %v among %d candidates", tt.code, tt.lemma, tt.has, len(ps))
		})
	}
}

func hasAll(p *Pattern, parts []string) bool {
	for _, want := range parts {
		found := false
		for _, c := range p.Constraints {
			if s := c.String(); len(s) >= len(want) && s[:len(want)] == want {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func BenchmarkLoadBuiltin(b *testing.B) {
	sub, err := BuiltinFS()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := Load(sub); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkByLemma(b *testing.B) {
	lx := mustDefault(b)
	for b.Loop() {
		_ = lx.ByLemma("propose")
		_ = lx.Nominal("talk")
	}
}

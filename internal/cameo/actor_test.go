package cameo

import (
	"io/fs"
	"strings"
	"testing"
)

func mustSub(t testing.TB) fs.FS {
	t.Helper()
	sub, err := fs.Sub(builtin, "data")
	if err != nil {
		t.Fatal(err)
	}
	return sub
}

func TestSplitActorCode(t *testing.T) {
	o := mustDefault(t)
	tests := []struct {
		code  string
		kinds []PartKind
		valid bool
	}{
		{"MEXGOV", []PartKind{KindCountry, KindRole}, true},
		{"USAMIL", []PartKind{KindCountry, KindRole}, true},
		{"IGOUNO", []PartKind{KindIntl, KindOrg}, true},
		{"IGOUNOHCR", []PartKind{KindIntl, KindOrg, KindOrg}, true},
		{"NGO", []PartKind{KindIntl}, true},
		{"IMGMOSALQ", []PartKind{KindIntl, KindReligion, KindOrg}, true},
		{"WST", []PartKind{KindRegion}, true},
		{"---GOV", []PartKind{KindCountry, KindRole}, true},
		{"REB", []PartKind{KindRole}, true},
		{"USAGOVPTY", []PartKind{KindCountry, KindRole, KindRole}, true},
		{"UNO", []PartKind{KindOrg}, false},
		{"MEXQQQ", []PartKind{KindCountry, KindUnknown}, false},
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			parts, err := o.SplitActorCode(tt.code)
			if err != nil {
				t.Fatal(err)
			}
			if len(parts) != len(tt.kinds) {
				t.Fatalf("got %d parts, want %d", len(parts), len(tt.kinds))
			}
			for i, p := range parts {
				if p.Kind != tt.kinds[i] || p.Code != tt.code[3*i:3*i+3] {
					t.Errorf("part %d = %+v, want kind %s", i, p, tt.kinds[i])
				}
			}
			if got := o.ValidActorCode(tt.code); got != tt.valid {
				t.Errorf("ValidActorCode = %v, want %v", got, tt.valid)
			}
		})
	}
}

func TestSplitActorCodeMalformed(t *testing.T) {
	o := mustDefault(t)
	for _, code := range []string{"", "US", "USAG", "usagov", "USAGOVMILREBOPPCVL", "GOV---", "US1"} {
		if _, err := o.SplitActorCode(code); err == nil {
			t.Errorf("SplitActorCode(%q): want error", code)
		}
		if o.ValidActorCode(code) {
			t.Errorf("ValidActorCode(%q) = true", code)
		}
	}
}

func TestCountries(t *testing.T) {
	o := mustDefault(t)
	n := 0
	for _, p := range o.actors {
		if p.Kind == KindCountry {
			n++
		}
	}
	if n < 249 {
		t.Errorf("got %d country codes, want all 249 ISO 3166 codes and more", n)
	}
	for code, name := range map[string]string{"MEX": "Mexico", "DEU": "Germany", "CIV": "Cote d'Ivoire", "KSV": "Kosovo (CAMEO code)"} {
		if p, ok := o.Country(code + "GOV"); !ok || p.Name != name {
			t.Errorf("Country(%sGOV) = %+v", code, p)
		}
	}
	for _, role := range []string{"GOV", "MIL", "REB", "OPP", "CVL", "MED", "BUS", "CRM", "COP", "JUD", "LEG", "REF", "SPY", "UAF", "INS", "SEP", "EDU", "HLH", "LAB", "AGR", "ENV", "ELI", "REL", "PTY", "HRI"} {
		if p, ok := o.ActorPart(role); !ok || p.Kind != KindRole {
			t.Errorf("role %s: %+v", role, p)
		}
	}
}

func FuzzSplitActorCode(f *testing.F) {
	o := mustDefault(f)
	for _, s := range []string{"MEXGOV", "IGOUNOHCR", "---", "NGO", "X", "USAGOVMILREBOPP"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, code string) {
		parts, err := o.SplitActorCode(code)
		if err != nil {
			if o.ValidActorCode(code) {
				t.Fatalf("valid but unsplittable: %q", code)
			}
			return
		}
		joined := ""
		for _, p := range parts {
			joined += p.Code
		}
		if joined != code || len(parts) > MaxActorParts {
			t.Fatalf("split %q into %v", code, parts)
		}
	})
}

func FuzzScanRows(f *testing.F) {
	f.Add("a\tb\n# c\n\nd\te\r\n", 2)
	f.Add("x", 1)
	f.Fuzz(func(t *testing.T, text string, n int) {
		if n < 1 || n > 10 {
			return
		}
		rows, err := scanRows(stringsReader(text), "fuzz", n)
		if err != nil {
			return
		}
		for _, r := range rows {
			if len(r.fields) != n || r.line < 1 {
				t.Fatalf("row %+v", r)
			}
		}
	})
}

func stringsReader(s string) *strings.Reader { return strings.NewReader(s) }

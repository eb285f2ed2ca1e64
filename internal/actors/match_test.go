package actors

import (
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

// fixture is a small made-up lexicon for the matcher's rules.
const fixture = `@kind countries
FRD: Freedonia; Republic of Freedonia | adj: Freedonian | people: Freedonians | seat: Blue Palace
SYL: Sylvania | adj: Sylvanian | seat: Sylvan City
-: New Freedonia
@kind orgs
IGOUNO: United Nations; UN
FRDMED: The Freedonia Gazette; Freedonia Gazette
@kind agents
GOV: president; minister; administration
MIL: soldier; army; troops; Northern Command
CRM: cartel; gang
COP: police
MED: editor
@kind people
FRDELI: Rufus Firefly
  role: FRDGOV 1933-01-01..1934-01-01 President
  role: FRDGOV 1940-01-01..1945-01-01 President
FRDELI: Teasdale Firefly | short: Firefly
  role: FRDGOV 1950-01-01..1951-01-01 Minister
SYLELI: Trentino Pinky; Ambassador Trentino
  role: SYLGOV 1930-01-01..1935-01-01 Ambassador; SYLGOV 1960-01-01.. Ambassador
`

func lookupCode(t *testing.T, lx *Lexicon, text, date string) string {
	t.Helper()
	a, _, ok := lx.Lookup(text, day(date))
	if !ok {
		return "-"
	}
	return a.Code
}

func TestMatchRules(t *testing.T) {
	lx := mustParse(t, fixture)
	tests := []struct {
		name, text, date, want string
	}{
		{"role held", "Rufus Firefly", "1933-06-01", "FRDGOV"},
		{"role ended", "Rufus Firefly", "1935-06-01", "FRDELI"},
		{"role end excluded", "Rufus Firefly", "1934-01-01", "FRDELI"},
		{"role start included", "Rufus Firefly", "1933-01-01", "FRDGOV"},
		{"open role", "Trentino Pinky", "2020-01-01", "SYLGOV"},
		{"shared surname, one in office", "Firefly", "1950-06-01", "FRDGOV"},
		{"shared surname, other in office", "Firefly", "1941-06-01", "FRDGOV"},
		{"shared surname, none in office", "Firefly", "1936-06-01", "-"},
		{"surname outside role", "Pinky", "1940-06-01", "-"},
		{"honorific joins", "Mr Pinky", "1933-06-01", "SYLGOV"},
		{"longest: formal name", "the Republic of Freedonia", "1941-01-01", "FRD"},
		{"longest: blocked name", "New Freedonia", "1941-01-01", "-"},
		{"longest: medium over country", "The Freedonia Gazette", "1941-01-01", "FRDMED"},
		{"adjective + agent", "Freedonian troops", "1941-01-01", "FRDMIL"},
		{"name + agent", "Freedonia police", "1941-01-01", "FRDCOP"},
		{"possessive + agent", "Freedonia's army", "1941-01-01", "FRDMIL"},
		{"split possessive + agent", "Freedonia 's army", "1941-01-01", "FRDMIL"},
		{"curly possessive", "Freedonia’s president", "1941-01-01", "FRDGOV"},
		{"agent of country", "the army of Sylvania", "1941-01-01", "SYLMIL"},
		{"generated plural", "soldiers", "1941-01-01", "MIL"},
		{"y plural", "Sylvanian armies", "1941-01-01", "SYLMIL"},
		{"plural agent alone", "cartels", "1941-01-01", "CRM"},
		{"command", "Sylvanian Northern Command", "1941-01-01", "SYLMIL"},
		{"agent run coded by first agent", "Sylvanian army police", "1941-01-01", "SYLMIL"},
		{"title before person", "Freedonian President Rufus Firefly", "1941-01-01", "FRDGOV"},
		{"org title before person", "Freedonia Gazette editor Rufus Firefly", "1941-01-01", "FRDGOV"},
		{"title and of-country", "President Rufus Firefly of Freedonia", "1933-03-01", "FRDGOV"},
		{"title outside term", "President Rufus Firefly", "1936-03-01", "FRDELI"},
		{"seat", "the Blue Palace", "1941-01-01", "FRDGOV"},
		{"demonym", "Freedonians", "1941-01-01", "FRD"},
		{"acronym needs capitals", "us and un", "1941-01-01", "-"},
		{"acronym", "the UN", "1941-01-01", "IGOUNO"},
		{"name needs capital", "freedonia", "1941-01-01", "-"},
		{"agent any case", "POLICE", "1941-01-01", "COP"},
		{"person + administration", "the Firefly administration", "1950-03-01", "FRDGOV"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := lookupCode(t, lx, tt.text, tt.date); got != tt.want {
				_, why, _ := lx.Lookup(tt.text, day(tt.date))
				t.Errorf("Lookup(%q, %s) = %s (%s), want %s", tt.text, tt.date, got, why, tt.want)
			}
		})
	}
}

// toks makes tokens the way the tokenizer would, with byte offsets.
func toks(s string) []dyad.Token {
	var ts []dyad.Token
	off := 0
	for _, f := range Tokenize(s) {
		i := strings.Index(s[off:], f) + off
		ts = append(ts, dyad.Token{Form: f, Start: i, End: i + len(f), Head: -1, SpaceAfter: i+len(f) < len(s) && s[i+len(f)] == ' '})
		off = i + len(f)
	}
	return ts
}

func TestMatchSpans(t *testing.T) {
	lx := mustParse(t, fixture)
	ts := toks("Freedonia's president said Sylvanian soldiers and the UN met Rufus Firefly.")
	got := lx.Match(ts, day("1941-01-01"))
	want := []struct {
		text, code string
		kind       dyad.MentionKind
		head       string
	}{
		{"Freedonia's president", "FRDGOV", dyad.MentionRole, "president"},
		{"Sylvanian soldiers", "SYLMIL", dyad.MentionAgent, "soldiers"},
		{"the UN", "IGOUNO", dyad.MentionName, "UN"},
		{"Rufus Firefly", "FRDGOV", dyad.MentionName, "Firefly"},
	}
	if len(got) != len(want) {
		t.Fatalf("got %d matches %+v, want %d", len(got), got, len(want))
	}
	for i, w := range want {
		m := got[i]
		if m.Actor.Text != w.text || m.Actor.Code != w.code || m.Kind != w.kind || ts[m.Head].Form != w.head {
			t.Errorf("match %d = %q %s %s head %q, want %q %s %s head %q",
				i, m.Actor.Text, m.Actor.Code, m.Kind, ts[m.Head].Form, w.text, w.code, w.kind, w.head)
		}
	}
}

func TestTokenize(t *testing.T) {
	tests := map[string]string{
		"U.S. troops.":           "U.S.|troops|.",
		`"Mexico's president,"`:  `"|Mexico's|president|,|"`,
		"(the protesters')":      "(|the|protesters'|)",
		"'No, President Trump.'": "'|No|,|President|Trump|.|'",
		"Donald J. Trump Jr.":    "Donald|J.|Trump|Jr.",
	}
	for in, want := range tests {
		t.Run(in, func(t *testing.T) {
			if got := strings.Join(Tokenize(in), "|"); got != want {
				t.Errorf("Tokenize(%q) = %q, want %q", in, got, want)
			}
		})
	}
}

func TestPlural(t *testing.T) {
	for in, want := range map[string]string{
		"soldier": "soldiers", "army": "armies", "policeman": "policemen", "drug lord": "drug lords",
		"coach": "coaches", "day": "days", "rebels": "",
	} {
		if got := plural(in); got != want {
			t.Errorf("plural(%q) = %q, want %q", in, got, want)
		}
	}
}

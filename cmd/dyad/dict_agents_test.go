package main

import (
	"strings"
	"testing"

	"github.com/dyad-events/dyad/internal/actors"
	"github.com/dyad-events/dyad/internal/petrarch"
)

func TestConvertAgents(t *testing.T) {
	builtin, err := actors.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, src string
		known     *actors.Lexicon
		want      string // the converted records, without the @kind line
		n         agentCounts
	}{
		{"macro and plurals", "!KEEPER! = KEEPER, KEEPERS\nBEE!KEEPER! [~AGR]\n", builtin,
			"AGR: beekeeper", agentCounts{Entries: 1, Names: 1}},
		{"irregular plural kept", "FERRYMAN_ {FERRYMEN FERRYFOLK} [~BUS]\n", builtin,
			"BUS: ferryman; ferryfolk", agentCounts{Entries: 1, Names: 2}},
		{"built-in name kept", "TROOPS_ [~REB]\nRIVER_PILOT_ [~BUS]\n", builtin,
			"BUS: river pilot", agentCounts{Entries: 1, Names: 1, Known: 1}},
		{"no-builtin takes all", "TROOPS_ [~REB]\n", nil, "REB: troops", agentCounts{Entries: 1, Names: 1}},
		{"first code wins", "LOCK_KEEPER_ [~BUS]\nLOCK_KEEPER_ [~GOV]\n", nil, "BUS: lock keeper", agentCounts{Entries: 1, Names: 1}},
		{"prefix and codeless", "WATCHDOG_GROUP_ [NGO~]\nLOOSE_WORD_\n", nil, "", agentCounts{Prefix: 1, NoCode: 1}},
		{"TABARI spacing", "APIARIST_   [ ~AGR] ;ab 01 Jan 2025\n", nil, "AGR: apiarist", agentCounts{Entries: 1, Names: 1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ags, err := petrarch.ReadAgents(strings.NewReader(tc.src), "fix.agents")
			if err != nil {
				t.Fatal(err)
			}
			text, n := convertAgents(ags, tc.known)
			got := strings.TrimSpace(strings.TrimPrefix(text, "@kind agents\n"))
			if got != tc.want || n != tc.n {
				t.Errorf("got %q %+v, want %q %+v", got, n, tc.want, tc.n)
			}
		})
	}
}

// FuzzConvertAgents checks that whatever an agents file holds, what the
// reader accepts converts into a file the actor lexicon loads.
func FuzzConvertAgents(f *testing.F) {
	for _, s := range []string{agentsFixture, tabariAgentsFixture, "A|B_ [~GOV]\n", "X;Y [~MIL]\n", "@KIND_ [~COP]\n", "- [~-]\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ags, err := petrarch.ReadAgents(strings.NewReader(s), "fuzz")
		if err != nil {
			return
		}
		text, _ := convertAgents(ags, nil)
		if _, err := actors.Build([]actors.File{{Name: "peer-agents.txt", Text: text}}); err != nil {
			t.Fatalf("converted file does not load: %v\n%s", err, text)
		}
	})
}

func BenchmarkConvertAgents(b *testing.B) {
	var src strings.Builder
	src.WriteString("!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON\n")
	for i := range 2000 {
		src.WriteString("TRADE" + strings.Repeat("X", i%9) + "!PERSON! [~BUS]\n")
	}
	ags, err := petrarch.ReadAgents(strings.NewReader(src.String()), "bench")
	if err != nil {
		b.Fatal(err)
	}
	builtin, err := actors.Default()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		convertAgents(ags, builtin)
	}
}

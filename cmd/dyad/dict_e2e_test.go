package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

// writeFixture writes text to name in dir and returns its path.
func writeFixture(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// codeDocs runs `dyad code --docs` on text with args and returns the one
// document.
func codeDocs(t *testing.T, text string, args ...string) (dyad.Document, string) {
	t.Helper()
	args = append(append([]string{"code", "--docs", "--quiet", "--date", "2025-05-03"}, args...), "-")
	out, stderr, code := run(t, text, args...)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	docs := decodeDocs(t, out)
	if len(docs) != 1 {
		t.Fatalf("%d documents, want 1:\n%s", len(docs), out)
	}
	return docs[0], stderr
}

// dictEvents renders events as "SRC CODE TGT", sorted as coded.
func dictEvents(evs []dyad.Event) string {
	var out []string
	for _, e := range evs {
		out = append(out, e.Source.Code+" "+e.CAMEO+" "+e.Target.Code)
	}
	return strings.Join(out, "; ")
}

// Invented agents in PETRARCH notation: a macro, an explicit plural, a
// name the built-in lexicon already has, a prefix code dyad cannot
// compose, and an entry without a code.
const agentsFixture = `# agents for a beekeeping beat
!KEEPER! = KEEPER, KEEPERS
BEE!KEEPER! [~AGR]
HONEY_COOPERATIVE {HONEY_COOPERATIVES} [~AGRBUS]
TROOPS_ [~REB]
WATCHDOG_GROUP_ [NGO~]
LOOSE_WORD_
`

// A TABARI-style agents file: ';' comments, spaces in the brackets.
const tabariAgentsFixture = "APIARIST_   [ ~AGR] ;ab 01 Jan 2025\n"

func TestAgentsFlag(t *testing.T) {
	dir := t.TempDir()
	petr := writeFixture(t, dir, "bees.agents.txt", agentsFixture)
	tab := writeFixture(t, dir, "Bees.agents", tabariAgentsFixture)
	text := "Peruvian beekeepers protested against Bolivia. Bolivian apiarists criticized Peruvian troops. Chile praised Argentine honey cooperatives."
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"built-in only", nil, "PER 14 BOL; BOL 11 PERMIL; CHL 05 ARG"},
		{"two files merged", []string{"--agents", petr, "--agents", tab}, "PERAGR 14 BOL; BOLAGR 11 PERMIL; CHL 05 ARGAGRBUS"},
		{"one file", []string{"--agents", petr}, "PERAGR 14 BOL; BOL 11 PERMIL; CHL 05 ARGAGRBUS"},
		// Without the built-in lexicon there are no countries, and the
		// peer's "troops" is not overridden.
		{"no-builtin replaces", []string{"--agents", petr, "--agents", tab, "--no-builtin"}, "AGR 14 ; AGR 11 REB"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, stderr := codeDocs(t, text, tc.args...)
			if got := rootsOnly(d.Events); got != tc.want {
				t.Errorf("events %q, want %q", got, tc.want)
			}
			if len(tc.args) > 0 && !strings.Contains(stderr, "--agents: 2 entries not loaded: 1 with a code that goes before") {
				t.Errorf("stderr does not say what was left out: %q", stderr)
			}
		})
	}
	out, _, code := run(t, "", "explain", "--date", "2025-05-03", "--agents", petr, "Peruvian beekeepers protested against Bolivia.")
	if code != exitOK || !strings.Contains(out, `"Peruvian beekeepers" tokens 1-2 agent = PERAGR`) {
		t.Errorf("explain exit %d:\n%s", code, out)
	}
}

// rootsOnly is eventList with CAMEO roots for codes, so that the test
// does not depend on which subcode a verb's patterns choose.
func rootsOnly(evs []dyad.Event) string {
	for i := range evs {
		evs[i].CAMEO = evs[i].Root
	}
	return dictEvents(evs)
}

// Invented discard lists: sentence-level phrases, and '+' story-level ones.
const (
	discardsFixture  = "# sport pages\nHONEY FESTIVAL\n+ CHESS OLYMPIAD   # a story about chess\n"
	discardsFixture2 = "KITE-FLYING CONTEST\n"
)

func TestDiscardsFlag(t *testing.T) {
	dir := t.TempDir()
	d1 := writeFixture(t, dir, "sport.discards.txt", discardsFixture)
	d2 := writeFixture(t, dir, "more.discards.txt", discardsFixture2)
	for _, tc := range []struct {
		name, text string
		args       []string
		want       string // events
		errWant    string // the document error's message, "" for none
	}{
		{"no discards", "Peru criticized Bolivia at the honey festival. Peru praised Chile.", nil, "PER 11 BOL; PER 05 CHL", ""},
		{"sentence", "Peru criticized Bolivia at the honey festival. Peru praised Chile.", []string{"--discards", d1},
			"PER 05 CHL", `sentence 1 holds discard phrase "HONEY FESTIVAL" (` + d1 + `:2)`},
		{"second file", "Peru criticized Bolivia. Chile praised Peru after the kite flying contest.", []string{"--discards", d1, "--discards", d2},
			"PER 11 BOL", `sentence 2 holds discard phrase "KITE-FLYING CONTEST" (` + d2 + `:1)`},
		{"story", "Peru criticized Bolivia. Chile praised Peru at the Chess Olympiad.", []string{"--discards", d1, "--discards", d2},
			"", `the story is discarded: sentence 2 holds story discard phrase "CHESS OLYMPIAD" (` + d1 + `:3)`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, _ := codeDocs(t, tc.text, tc.args...)
			if got := rootsOnly(d.Events); got != tc.want {
				t.Errorf("events %q, want %q", got, tc.want)
			}
			switch {
			case tc.errWant == "" && len(d.Errors) > 0:
				t.Errorf("errors %+v, want none", d.Errors)
			case tc.errWant == "":
			case len(d.Errors) != 1 || d.Errors[0].Message != tc.errWant || d.Errors[0].Reason != "discard" || d.Errors[0].Fatal:
				t.Errorf("errors %+v, want one non-fatal discard: %s", d.Errors, tc.errWant)
			}
		})
	}
	// The surface coder (--verbs) reads discards sentence by sentence;
	// its events go through the same filter, so a story discard holds.
	verbs := writeFixture(t, dir, "r.verbs", "--- PRAISE [051] ---\nPRAISE\n")
	actors := writeFixture(t, dir, "r.actors", "RIVERLAND_ [RVL]\nHILLMARK_ [HLM]\n")
	surfaceText := "Riverland praised Hillmark. Hillmark praised Riverland at the chess olympiad."
	for _, extra := range [][]string{nil, {"--discards", d1}} {
		d, _ := codeDocs(t, surfaceText, append([]string{"--verbs", verbs, "--actors", actors, "--no-builtin"}, extra...)...)
		if got, want := dictEvents(d.Events), map[bool]string{true: "RVL 051 HLM; HLM 051 RVL", false: ""}[extra == nil]; got != want {
			t.Errorf("surface coder with %v: events %q, want %q", extra, got, want)
		}
	}
	out, _, code := run(t, "", "explain", "--date", "2025-05-03", "--discards", d1, "Peru criticized Bolivia at the honey festival.")
	if code != exitOK || !strings.Contains(out, `sentence 1 holds discard phrase "HONEY FESTIVAL"; no events`) || strings.Contains(out, "EVENT") {
		t.Errorf("explain exit %d:\n%s", code, out)
	}
}

// An invented options file in TABARI's notation.
const optionsFixture = `// options for a Peru desk
DEFAULT: SOURCE [PER] PRIOR TARGET [BOL] AFTER
COMPLEX: VERBS[3] EXPLAIN
SET: VERB USAGE = TRUE
LABEL: 051=PRAISE
LABEL: 111=CRITICIZE
OUTPUT: ID
`

func TestOptionsFlag(t *testing.T) {
	dir := t.TempDir()
	opts := writeFixture(t, dir, "desk.options", optionsFixture)
	off := writeFixture(t, dir, "off.options", "DEFAULT: OFF\n")
	proj := writeFixture(t, dir, "desk.project", "Peru desk\n<actorsfile> desk.actors\n<optionsfile> desk.options\n<session 1> <coder x>\n")
	text := "Talks criticized Bolivia. Peru condemned it. Officials said Peru wanted China to talk, to run, to jump and to sing."
	for _, tc := range []struct {
		name, want string
		args       []string
		stderr     []string
		complex    bool // sentence 3 is vetoed as complex
	}{
		{"none", "PER 03 CHN", nil, nil, false},
		{"options", "PER 11 BOL; PER 11 BOL", []string{"--options", opts},
			[]string{"--options: read but ignored (no dyad equivalent): LABEL (2 lines), OUTPUT, SET: VERB USAGE"}, true},
		{"a later file turns DEFAULT off", "", []string{"--options", opts, "--options", off}, nil, true},
		{"project", "PER 11 BOL; PER 11 BOL", []string{"--options", proj},
			[]string{"project files not loaded by --options: actorsfile desk.actors (use --actors)", "LABEL (2 lines)"}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, stderr := codeDocs(t, text, tc.args...)
			if got := rootsOnly(d.Events); got != tc.want {
				t.Errorf("events %q, want %q", got, tc.want)
			}
			for _, w := range tc.stderr {
				if !strings.Contains(stderr, w) {
					t.Errorf("stderr lacks %q:\n%s", w, stderr)
				}
			}
			complex := 0
			for _, e := range d.Errors {
				if e.Reason == "complex" && strings.Contains(e.Message, "sentence 3 is complex") && strings.Contains(e.Message, "more than VERBS[3]") {
					complex++
				}
			}
			if (complex == 1) != tc.complex {
				t.Errorf("complex errors %d, want %v: %+v", complex, tc.complex, d.Errors)
			}
		})
	}
	_, stderr, code := run(t, "Peru.", "code", "--options", filepath.Join(dir, "none.options"), "-")
	if code == exitOK || !strings.Contains(stderr, "none.options") {
		t.Errorf("missing options file: exit %d, %s", code, stderr)
	}
}

func TestLexiconStatsMerged(t *testing.T) {
	dir := t.TempDir()
	agents := writeFixture(t, dir, "bees.agents.txt", agentsFixture)
	discards := writeFixture(t, dir, "sport.discards.txt", discardsFixture)
	opts := writeFixture(t, dir, "desk.options", optionsFixture)
	base, _, code := run(t, "", "lexicon", "stats")
	if code != exitOK {
		t.Fatal("lexicon stats failed")
	}
	out, stderr, code := run(t, "", "lexicon", "stats", "--agents", agents, "--discards", discards, "--options", opts)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{
		"merged\tagents\t2\tnames\t2\tbuiltin-kept\t1\tnot-loaded\t2\n",
		"merged\tdiscards\t2\tsentence\t1\tstory\t1\n",
		"options\tapplied\tDEFAULT source \"PER\" target \"BOL\"; COMPLEX verbs>3",
		"options\tignored\tLABEL (2 lines), OUTPUT, SET: VERB USAGE\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in:\n%s", want, out)
		}
	}
	if agentEntries(t, out) != agentEntries(t, base)+2 {
		t.Errorf("agent entries %d, want %d + 2", agentEntries(t, out), agentEntries(t, base))
	}
}

// agentEntries reads the "entries agents N" line of lexicon stats.
func agentEntries(t *testing.T, out string) int {
	t.Helper()
	for _, l := range strings.Split(out, "\n") {
		f := strings.Split(l, "\t")
		if len(f) >= 3 && f[0] == "entries" && f[1] == "agents" {
			var n int
			if _, err := fmt.Sscan(f[2], &n); err == nil {
				return n
			}
		}
	}
	t.Fatalf("no agent entries line in:\n%s", out)
	return 0
}

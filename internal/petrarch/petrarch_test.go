package petrarch

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The fixtures below are written for these tests in the peers' notation;
// the actors and codes are fictional.

const actorsFixture = `# invented actors
RIVERLAND_ [RVL] # a country
+RIVERLANDERS
MARA_OSTEN_
	[RVLGOV 20100105-20140301]
	[RVLOPP <20100105]
	[RVLELI]
QUILL_BAY [QBY >990101] [---]
OLD_FORT  [OFT 2001017-20020101]
`

func TestReadActors(t *testing.T) {
	got, err := ReadActors(strings.NewReader(actorsFixture), "fix.actors")
	if err != nil {
		t.Fatal(err)
	}
	want := []Actor{
		{Names: []string{"RIVERLAND_", "RIVERLANDERS"}, Codes: []Code{{Code: "RVL"}}, Line: 2},
		{Names: []string{"MARA_OSTEN_"}, Codes: []Code{
			{Code: "RVLGOV", From: 20100105, To: 20140301},
			{Code: "RVLOPP", To: 20100105},
			{Code: "RVLELI"},
		}, Line: 4},
		{Names: []string{"QUILL_BAY"}, Codes: []Code{{Code: "QBY", From: 19990101}, {Code: "---"}}, Line: 8},
		{Names: []string{"OLD_FORT"}, Codes: []Code{{Code: "OFT", Note: `bad date "2001017": want yymmdd or yyyymmdd`}}, Line: 9},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Fatalf("actors (-want +got):\n%s", d)
	}
}

func TestCodeOn(t *testing.T) {
	a, err := ReadActors(strings.NewReader(actorsFixture), "fix.actors")
	if err != nil {
		t.Fatal(err)
	}
	mara := a[1]
	for _, tc := range []struct {
		day  int
		want string
	}{
		{20120101, "RVLGOV"}, {20090101, "RVLOPP"}, {20150101, "RVLELI"}, {0, "RVLELI"},
	} {
		t.Run(mara.Names[0], func(t *testing.T) {
			if got := mara.CodeOn(tc.day); got != tc.want {
				t.Errorf("CodeOn(%d) = %q, want %q", tc.day, got, tc.want)
			}
		})
	}
}

const agentsFixture = `!PERSON! = MAN, WOMAN
!OFFICE! = MINISTER, MINISTRY
TRAWLER!PERSON! [~FSH]
!OFFICE!_OF_CANALS [~GOV]
HARBOUR_GUARD {HARBOUR_GUARDS} [~COP]
`

func TestReadAgents(t *testing.T) {
	got, err := ReadAgents(strings.NewReader(agentsFixture), "fix.agents")
	if err != nil {
		t.Fatal(err)
	}
	want := []Agent{
		{Names: []string{"TRAWLERMAN", "TRAWLERWOMAN", "TRAWLERMANS", "TRAWLERWOMANS"}, Code: "FSH", Line: 3},
		{Names: []string{"MINISTER_OF_CANALS", "MINISTRY_OF_CANALS", "MINISTER_OF_CANALSS", "MINISTRY_OF_CANALSS"}, Code: "GOV", Line: 4},
		{Names: []string{"HARBOUR_GUARD", "HARBOUR_GUARDS"}, Code: "COP", Line: 5},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Fatalf("agents (-want +got):\n%s", d)
	}
}

const petrVerbsFixture = `####### SYNONYM SETS #######
&BOAT
+FERRY
+BARGE

####### VERB PATTERNS #######
---  WAVE   [---]  ---
WAVE {WAVES WAVING WAVED }
SALUTE [051]
- * &BOAT (TO HARBOUR)   [071]   # invented
- $ * FLAG AT +          [0311:0311]
~ a (a b WAVE) SAY = a b 051
`

func TestReadVerbsPetrarch(t *testing.T) {
	got, err := ReadVerbs(strings.NewReader(petrVerbsFixture), "fix.verbs")
	if err != nil {
		t.Fatal(err)
	}
	want := &Verbs{
		Synsets: map[string][]string{"&BOAT": {"FERRY", "BARGE"}},
		Verbs: []Verb{{
			Words:     []string{"WAVE", "WAVE", "WAVES", "WAVING", "WAVED", "SALUTE"},
			Code:      "---",
			FormCodes: map[string]string{"SALUTE": "051"},
			Patterns: []Pattern{
				{Words: []string{"*", "&BOAT", "(TO", "HARBOUR)"}, Code: "071", Line: 10},
				{Words: []string{"$", "*", "FLAG", "AT", "+"}, Code: "0311", Reverse: "0311", Line: 11},
			},
			Line: 7,
		}},
		Transforms: []string{"a (a b WAVE) SAY = a b 051"},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Fatalf("verbs (-want +got):\n%s", d)
	}
}

const tabariVerbsFixture = `<SYNSETS>
&COIN
+SHELL_MONEY
</SYNSETS>
<NOUN>
PADDLE_
</NOUN>
PADDL  [---] ;ab 1 Jan 2001
- * ACROSS_ +  [042] ;invented
{ PADDLES_ PADDLED_ }
- $ AND + * TOGETHER [###]
`

func TestReadVerbsTabari(t *testing.T) {
	got, err := ReadVerbs(strings.NewReader(tabariVerbsFixture), "fix.verbs")
	if err != nil {
		t.Fatal(err)
	}
	want := &Verbs{
		Synsets: map[string][]string{"&COIN": {"SHELL_MONEY"}},
		Nouns:   []string{"PADDLE_"},
		Verbs: []Verb{{
			Words: []string{"PADDL", "PADDLES_", "PADDLED_"},
			Code:  "---",
			Patterns: []Pattern{
				{Words: []string{"*", "ACROSS_", "+"}, Code: "042", Line: 9},
				{Words: []string{"$", "AND", "+", "*", "TOGETHER"}, Code: "###", Line: 11},
			},
			Line: 8,
		}},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Fatalf("verbs (-want +got):\n%s", d)
	}
}

func TestLists(t *testing.T) {
	d, err := ReadDiscards(strings.NewReader("KITE FESTIVAL # note\n+YACHT REGATTA\n"), "fix.discards")
	if err != nil {
		t.Fatal(err)
	}
	wantD := []Discard{{Phrase: "KITE FESTIVAL", File: "fix.discards", Line: 1}, {Phrase: "YACHT REGATTA", Story: true, File: "fix.discards", Line: 2}}
	if diff := cmp.Diff(wantD, d); diff != "" {
		t.Errorf("discards (-want +got):\n%s", diff)
	}
	iss, err := ReadIssues(strings.NewReader("<ISSUE CATEGORY=\"CANALS\" TYPE=\"ALL\">\nlock n:keeper [CANAL_STAFF]\n~a dry lock\n</ISSUE>\n"), "fix.issues")
	if err != nil {
		t.Fatal(err)
	}
	wantI := []Issue{{Category: "CANALS", Phrase: "lock n:keeper", Code: "CANAL_STAFF", Line: 2}, {Category: "CANALS", Phrase: "~a dry lock", Line: 3}}
	if diff := cmp.Diff(wantI, iss); diff != "" {
		t.Errorf("issues (-want +got):\n%s", diff)
	}
}

func TestErrors(t *testing.T) {
	for _, tc := range []struct {
		name, kind, text, want string
	}{
		{"unclosed", "actors", "A\nB [XYZ\n", "fix:2: unclosed '['"},
		{"orphan code", "actors", "\t[XYZ]\n", "fix:1: synonym or code before any actor"},
		{"empty code", "actors", "A []\n", "fix:1: empty [code]"},
		{"orphan pattern", "verbs", "- * X [010]\n", "fix:1: pattern before any verb"},
		{"orphan member", "verbs", "+X\n", "fix:1: '+' member"},
		{"two agent codes", "agents", "A [~X] [~Y]\n", "fix:1: agent needs one"},
		{"bad issue", "issues", "] x [\n", "fix:1: issue line"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var d Dict
			err := d.Load(strings.NewReader(tc.text), "fix", Kind(tc.kind))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want it to contain %q", err, tc.want)
			}
		})
	}
}

func TestDetect(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       Kind
	}{
		{"my.actors", "", KindActors},
		{"Local.agents.txt", "", KindAgents},
		{"x.txt", "# head\n--- GO [---] ---\n", KindVerbs},
		{"y.txt", "<ISSUE CATEGORY=\"A\">\n", KindIssues},
		{"z.txt", "POLICE [~COP]\n", KindAgents},
		{"w.txt", "nothing here\n", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got, _ := Detect(tc.name, []byte(tc.text)); got != tc.want {
				t.Errorf("Detect = %q, want %q", got, tc.want)
			}
		})
	}
}

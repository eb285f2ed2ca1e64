package validate

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-events/dyad/internal/surface"
)

const petrFixture = `<Validation>
<Environment><Verbfile>r.verbs</Verbfile><Actorfile>r.actors</Actorfile></Environment>
<Sentences>
<Sentence date="20100101" id="R-1">
<EventCoding sourcecode="RVL" targetcode="HLM" eventcode="051"></EventCoding>
<Text>
Riverland praised
Hillmark.
</Text>
<Parse>(ROOT (S (NP (NNP Riverland))))</Parse>
</Sentence>
<Sentence date="20100102" id="R-2"><EventCoding noevents="True"></EventCoding><Text>Quiet.</Text></Sentence>
<Sentence date="20100103" id="R-3" sentence="false"><EventCoding sourcecode="RVL" targetcode="HLM" eventcode="051"></EventCoding><Text>Not yet.</Text></Sentence>
</Sentences>
</Validation>`

func TestPetrarchSuite(t *testing.T) {
	s, err := ReadPetrarch(strings.NewReader(petrFixture))
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Records) != 2 || s.NotTests != 1 || s.Verbs[0] != "r.verbs" || s.Actors[0] != "r.actors" {
		t.Fatalf("suite = %+v", s)
	}
	if s.Records[0].Text != "Riverland praised Hillmark." {
		t.Errorf("text = %q", s.Records[0].Text)
	}
	for _, tc := range []struct {
		name  string
		code  func(r *Record) []surface.Triple
		lines string
	}{
		{"all pass", func(r *Record) []surface.Triple { return r.Want }, "2 passed, 0 failed"},
		{"extra event fails", func(r *Record) []surface.Triple { return []surface.Triple{{Source: "RVL", Target: "HLM", Code: "051"}} }, "1 passed, 1 failed"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rs, err := s.Run(func(r *Record) ([]surface.Triple, error) { return tc.code(r), nil })
			if err != nil {
				t.Fatal(err)
			}
			var b strings.Builder
			if _, _, err := Report(&b, rs); err != nil {
				t.Fatal(err)
			}
			if !strings.HasSuffix(b.String(), tc.lines+"\n") {
				t.Errorf("report:\n%s", b.String())
			}
		})
	}
}

func FuzzReadPetrarch(f *testing.F) {
	f.Add(petrFixture)
	f.Fuzz(func(t *testing.T, s string) {
		_, _ = ReadPetrarch(strings.NewReader(s))
	})
}

// TestTabariSuite reads an invented project: {+++} is a test expecting no
// event, an option-only record is not a test.
func TestTabariSuite(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"r.project": "River\n<actorsfile> r.actors\n<verbsfile> r.verbs\n<textfile> r.text\n",
		"r.text": "100101  OPT-01\nSwitching. /* { OPTION: SET: CODE ALL } */\n\n" +
			"100102  CPLX-01\nToo tangled. /* {+++} { RVL / HLM / 051 } */\n\n" +
			"100103  EV-01\nRiverland praised Hillmark. /* { RVL / HLM / 051 } */\n\n100104  FINAL-01\nEnd.\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	s, err := ReadTabari(filepath.Join(dir, "r.project"))
	if err != nil {
		t.Fatal(err)
	}
	if s.NotTests != 1 || len(s.Records) != 2 {
		t.Fatalf("NotTests = %d, records = %d; want 1, 2", s.NotTests, len(s.Records))
	}
	if r := s.Records[0]; r.ID != "CPLX-01" || len(r.Want) != 0 || len(r.Options) != 1 {
		t.Errorf("complex record = %+v", r)
	}
}

func TestApplyTabari(t *testing.T) {
	o := ApplyTabari(tabariOptions(), []string{
		"DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER", "SET: CODE ALL", "SET: MINIMUM WORDS = 4", "SET: CONVERT AGENT = TRUE",
		"COMMA: MIN = 4 MAX = 6 EMIN = 3 EMAX = 6 BMIN = 3 BMAX = 8", "COMPLEX: VERBS[5]", "FORWARD: ^^*****NNN*SSS",
	})
	want := surface.Options{DefSource: "DEFSRC", DefTarget: "DEFTAR", MinWords: 4, CodeBy: surface.ByVerb, ConvertAgents: true, Complex: surface.Complex{Verbs: 5}, Forward: true,
		Comma: surface.Comma{Min: 4, Max: 6, BMin: 3, BMax: 8, EMin: 3, EMax: 6}, ActorGap: tabariActorGap, TargetBeforeVerb: true}
	if o != want {
		t.Errorf("options = %+v, want %+v", o, want)
	}
	if d := ApplyTabari(o, []string{"DEFAULT: SOURCE [S] TARGET [T] AFTER"}); !d.SourceAfterVerb || d.TargetInCompound {
		t.Errorf("DEFAULT without PRIOR: %+v", d)
	}
	if o = ApplyTabari(o, []string{"DEFAULT: OFF", "COMMA: OFF", "SET: CODE BY SENTENCE", "COMPLEX: CONJ[4] NOACTPRIOR"}); o.DefSource != "" || o.Comma != (surface.Comma{}) || o.CodeBy != surface.BySentence || o.Complex != (surface.Complex{Conj: 4, NoActorPrior: true}) {
		t.Errorf("after OFF: %+v", o)
	}
}

func TestSameStory(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"RIV-001-001", "RIV-001-002", true}, {"RIV-001-003", "RIV-002-001", false},
		{"RIV-A", "RIV-B", false}, {"RIV-1", "RIV-1", false},
	} {
		if got := SameStory(tc.a, tc.b); got != tc.want {
			t.Errorf("SameStory(%q, %q) = %v", tc.a, tc.b, got)
		}
	}
}

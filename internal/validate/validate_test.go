package validate

import (
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
</Sentences>
</Validation>`

func TestPetrarchSuite(t *testing.T) {
	s, err := ReadPetrarch(strings.NewReader(petrFixture))
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Records) != 2 || s.Verbs[0] != "r.verbs" || s.Actors[0] != "r.actors" {
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

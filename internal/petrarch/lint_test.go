package petrarch

import (
	"strings"
	"testing"
)

func TestLintActors(t *testing.T) {
	src := `ARNORIA_ [ARN]
NEW_RULER_
 [ARNGOV 20100101-20150101]
 [ARNREB 20120101-20130101]
OLD_RULER_
 [ARNGOV 20150101-20100101]
BAD_CODE_ [XQZ123]
ARNORIA [ARNGOV]
`
	as, err := ReadActors(strings.NewReader(src), "fixture.actors.txt")
	if err != nil {
		t.Fatal(err)
	}
	valid := func(c string) bool { return strings.HasPrefix(c, "ARN") }
	got := LintActors("fixture.actors.txt", as, valid)
	var texts []string
	for _, p := range got {
		texts = append(texts, p.String())
	}
	all := strings.Join(texts, "\n")
	for _, want := range []string{"both hold from 20120101", "ends (20100101) before it starts", `"XQZ123" is not a valid actor code`, "never used"} {
		if !strings.Contains(all, want) {
			t.Errorf("missing %q in:\n%s", want, all)
		}
	}
	if len(got) != 4 {
		t.Errorf("%d problems, want 4:\n%s", len(got), all)
	}
}

package verbs

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dyad-events/dyad/internal/cameo"
)

func ontology(t testing.TB) *cameo.Ontology {
	t.Helper()
	o, err := cameo.Default()
	if err != nil {
		t.Fatal(err)
	}
	return o
}

func TestLintFindsProblems(t *testing.T) {
	fsys := fstest.MapFS{
		"classes.txt": {Data: []byte("@unused = a|b\n@talks = talk|negotiation\n")},
		"12-reject.txt": {Data: []byte(strings.Join([]string{
			"120 reject +obj",                // 1 fine
			"999 reject +obj:plan",           // 2 unknown code
			"173 arrest",                     // 3 wrong family
			"120 reject +obj",                // 4 duplicate of 1
			"125 reject +obj",                // 5 shadowed by 1
			"125 reject +obj:@talks -obj",    // 6 contradiction
			"125 refuse +obj:talk -obj:talk", // 7 contradiction
			"125 snub +obj:talk -obj:plan",   // 8 fine
			"12 reject +obj:",                // 9 malformed
		}, "\n"))},
		"00-discard.txt": {Data: []byte("--- reject +obj:application\n173 arrest\n")},
	}
	msgs := Lint(fsys, ontology(t))
	got := map[string]string{}
	for _, m := range msgs {
		got[m.Pos] += m.Text + ";"
	}
	want := map[string]string{
		"12-reject.txt:2": "unknown CAMEO event code",
		"12-reject.txt:3": "belongs to family 17",
		"12-reject.txt:4": "duplicate",
		"12-reject.txt:5": "unreachable",
		"12-reject.txt:6": "contradicts",
		"12-reject.txt:7": "contradicts",
		"12-reject.txt:9": "want a lemma",
		"classes.txt:1":   "@unused is never used",
	}
	for pos, text := range want {
		if !strings.Contains(got[pos], text) {
			t.Errorf("%s: got %q, want a message containing %q", pos, got[pos], text)
		}
	}
	for _, clean := range []string{"12-reject.txt:1", "12-reject.txt:8", "00-discard.txt:1", "00-discard.txt:2", "classes.txt:2"} {
		if got[clean] != "" {
			t.Errorf("%s: unexpected %q", clean, got[clean])
		}
	}
	if len(msgs) > 0 && !strings.Contains(msgs[0].String(), ": ") {
		t.Errorf("message %q lacks file:line prefix", msgs[0])
	}
}

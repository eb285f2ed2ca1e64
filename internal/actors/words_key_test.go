package actors

import (
	"strings"
	"testing"
)

// TestWordKeys checks the keys sliced from one lowered buffer against
// folding each word on its own, the rule they stand for.
func TestWordKeys(t *testing.T) {
	forms := strings.Fields("The U.S. and Mexico ’s López Obrador said . “ NATO 's Zürich talks , protesters ' chief Ŭ ̈ 12th")
	for _, w := range words(forms) {
		f := strings.ReplaceAll(forms[w.tok], "’", "'")
		if base, ok := cutPossessive(f); ok {
			f = base
		}
		want := fold(strings.ReplaceAll(f, ".", ""))
		if want == "" {
			want = f
		}
		if w.key != want {
			t.Errorf("word %q: key %q, want %q", forms[w.tok], w.key, want)
		}
	}
}

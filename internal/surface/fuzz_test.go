package surface

import (
	"strings"
	"testing"

	"github.com/dyad-events/dyad/internal/petrarch"
)

// FuzzCode compiles fuzzed verb patterns and codes a fuzzed sentence: the
// matcher must never panic or loop, whatever the dictionary says.
func FuzzCode(f *testing.F) {
	f.Add(testVerbs, "RIVERLAND PRAISED HILLMARK FOR THE BARGES")
	f.Add("--- GO [010:020] ---\nGO_\n- $ { A | B_C } *_+ &X [011]\n", "RIVERLAND , A , GOES HILLMARK")
	f.Add("&X\n+&X_Y\n--- GO [010] ---\nGO\n- * &X [012]\n", "RIVERLAND GO X Y HILLMARK")
	f.Fuzz(func(t *testing.T, verbs, sentence string) {
		var d petrarch.Dict
		for _, x := range []struct {
			kind petrarch.Kind
			text string
		}{{petrarch.KindActors, testActors}, {petrarch.KindAgents, testAgents}, {petrarch.KindVerbs, verbs}} {
			if err := d.Load(strings.NewReader(x.text), "fuzz", x.kind); err != nil {
				return
			}
		}
		New(&d).Code(strings.Fields(strings.ToUpper(sentence)), 20100101)
	})
}

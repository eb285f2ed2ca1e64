package fold

import (
	"strings"
	"testing"
)

// TestLowerASCII checks the in-place lowering against strings.ToLower: equal
// on ASCII, and refusing (with b untouched) anything else.
func TestLowerASCII(t *testing.T) {
	for _, s := range []string{"", "said", "Said", "SAID", "U.S.", "al-Sisi", "New York 2", "Zürich", "São Paulo", "İstanbul"} {
		t.Run(s, func(t *testing.T) {
			b := []byte(s)
			ok := LowerASCII(b)
			switch {
			case ok && string(b) != strings.ToLower(s):
				t.Errorf("LowerASCII(%q) = %q, strings.ToLower gives %q", s, b, strings.ToLower(s))
			case !ok && string(b) != s:
				t.Errorf("LowerASCII(%q) refused but changed it to %q", s, b)
			case ok == (strings.IndexFunc(s, func(r rune) bool { return r > 127 }) >= 0):
				t.Errorf("LowerASCII(%q) = %v", s, ok)
			}
		})
	}
}

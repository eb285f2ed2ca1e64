package mention

import (
	"strings"
	"testing"
)

// TestLookupLower checks the allocation-free lookup against indexing by
// strings.ToLower, on ASCII, non-ASCII and long words.
func TestLookupLower(t *testing.T) {
	m := map[string]int{"she": 1, "zoë": 2, "istanbul": 3, strings.Repeat("a", 40): 4, "i̇stanbul": 5}
	for _, w := range []string{"she", "She", "SHE", "Zoë", "ZOË", "İstanbul", "Istanbul", strings.Repeat("A", 40), "", "he"} {
		t.Run(w, func(t *testing.T) {
			want, wok := m[strings.ToLower(w)]
			if got, ok := lookupLower(m, w); got != want || ok != wok {
				t.Errorf("lookupLower(%q) = %d, %v; want %d, %v", w, got, ok, want, wok)
			}
		})
	}
}

func TestLastWord(t *testing.T) {
	tests := []struct {
		in, want string
		several  bool
	}{
		{"", "", false},
		{"Vega", "Vega", false},
		{"Carlos Vega", "Vega", true},
		{"  Carlos   de la  Vega ", "Vega", true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got, several := lastWord(tt.in); got != tt.want || several != tt.several {
				t.Errorf("lastWord(%q) = %q, %v; want %q, %v", tt.in, got, several, tt.want, tt.several)
			}
		})
	}
}

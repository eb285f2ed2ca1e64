package actors

import "testing"

func TestHas(t *testing.T) {
	lx := mustParse(t, fixture)
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"Freedonia", true},
		{"freedonia", true}, // case rules are the matcher's, not Has's
		{"Freedonian", true},
		{"the Blue Palace", true},
		{"soldiers", true}, // generated plural
		{"Northern Command", true},
		{"Northern", false}, // a prefix of a name is not a name
		{"wardens", false},
		{"", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := lx.Has(tc.name); got != tc.want {
				t.Errorf("Has(%q) = %v, want %v", tc.name, got, tc.want)
			}
		})
	}
}

package tag

import "testing"

func TestHugeSlice(t *testing.T) {
	tests := []struct {
		name string
		n    int
	}{
		{"small", 100},
		{"large", 3 << 20},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := hugeSlice[wpair](tt.n)
			if len(s) != tt.n || cap(s) < tt.n {
				t.Fatalf("len %d cap %d, want %d", len(s), cap(s), tt.n)
			}
			for i, v := range s {
				if v != (wpair{}) {
					t.Fatalf("s[%d] = %v, want zero", i, v)
				}
			}
			s[0].label, s[tt.n-1].label = 1, 2
		})
	}
}

package hugepage

import "testing"

func TestSlice(t *testing.T) {
	type pair struct{ a, b int16 }
	tests := []struct {
		name string
		n    int
	}{
		{"empty", 0},
		{"small", 100},
		{"larger than a huge page", 3 << 20},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Slice[pair](tt.n)
			if len(s) != tt.n {
				t.Fatalf("len %d, want %d", len(s), tt.n)
			}
			for i, v := range s {
				if v != (pair{}) {
					t.Fatalf("s[%d] = %v, want zero", i, v)
				}
			}
			if tt.n > 0 {
				s[0].a, s[tt.n-1].b = 1, 2 // the whole slice is writable
			}
		})
	}
}

package parse

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
			s := hugeSlice[uint32](tt.n)
			if len(s) != tt.n || cap(s) < tt.n {
				t.Fatalf("len %d cap %d, want %d", len(s), cap(s), tt.n)
			}
			for i, v := range s {
				if v != 0 {
					t.Fatalf("s[%d] = %d, want 0", i, v)
				}
			}
			s[0], s[tt.n-1] = 1, 2
		})
	}
}

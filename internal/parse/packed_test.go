package parse

import (
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// randomSparse builds a table whose buckets hold 0 to k entries, so that
// both inline rows and overflow runs occur.
func randomSparse(rng *rand.Rand, bits, k int) *sparse {
	s := &sparse{k: k, mask: 1<<bits - 1, off: make([]uint32, 1<<bits+1)}
	for b := range 1 << bits {
		for c := range k {
			if rng.IntN(3) == 0 {
				s.ent = append(s.ent, entry(c, int16(rng.IntN(2000)-1000)|1))
			}
		}
		s.off[b+1] = uint32(len(s.ent))
	}
	return s
}

func TestPacked(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	tests := []struct {
		name    string
		bits, k int
	}{
		{"few classes", 4, 3},
		{"many classes", 6, 40},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := randomSparse(rng, tt.bits, tt.k)
			p := newPacked(s)
			if diff := cmp.Diff(s, p.sparse(), cmp.AllowUnexported(sparse{})); diff != "" {
				t.Fatalf("round trip (-want +got):\n%s", diff)
			}
			fs := make([]uint64, 50)
			for i := range fs {
				fs[i] = rng.Uint64()
			}
			want, got := make([]float32, 256), make([]float32, 256)
			s.score(fs, want)
			p.score(fs, got)
			want[0] = 0 // packed leaves class 0, "no label", at zero
			if diff := cmp.Diff(want[:tt.k], got[:tt.k]); diff != "" {
				t.Errorf("scores (-sparse +packed):\n%s", diff)
			}
		})
	}
}

package parse

import (
	"math/rand/v2"
	"testing"
)

// Gold trees as head arrays (index 0 unused), written by hand.
var handTrees = []struct {
	name  string
	heads []int32
}{
	// "Ministers met": met is the root, ministers its subject.
	{"two words", []int32{0, 2, 0}},
	// "The council approved the plan ." with a left subject and right object.
	{"svo", []int32{0, 2, 3, 0, 5, 3, 3}},
	// "She said that he left early" with a clausal complement.
	{"ccomp", []int32{0, 2, 0, 5, 5, 2, 5}},
	// A right-branching chain: each word heads the next.
	{"chain", []int32{0, 0, 1, 2, 3, 4}},
	// A left-branching chain: each word depends on the next.
	{"left chain", []int32{0, 2, 3, 4, 5, 0}},
	// "In May , troops crossed the border into Mexico ."
	{"pp", []int32{0, 2, 5, 5, 5, 0, 7, 5, 9, 5, 5}},
}

// run applies moves chosen by pick until the state is terminal and returns
// the total oracle cost of the moves taken.
func run(s *state, gold []int32, pick func(s *state) int) int {
	total := 0
	for !s.terminal() {
		mv := pick(s)
		total += s.cost(mv, gold)
		s.apply(mv, 1)
	}
	return total
}

func correct(s *state, gold []int32) int {
	c := 0
	for i := 1; i <= s.n; i++ {
		if s.head[i] == gold[i] {
			c++
		}
	}
	return c
}

func zeroCost(s *state, gold []int32) int {
	for mv := range nMoves {
		if s.legal(mv) && s.cost(mv, gold) == 0 {
			return mv
		}
	}
	return -1
}

func TestOracleRebuildsGoldTree(t *testing.T) {
	for _, tc := range handTrees {
		t.Run(tc.name, func(t *testing.T) {
			var s state
			s.reset(len(tc.heads) - 1)
			cost := run(&s, tc.heads, func(s *state) int {
				mv := zeroCost(s, tc.heads)
				if mv < 0 {
					t.Fatalf("no zero-cost move at stack %v buffer %d", s.stack, s.b)
				}
				return mv
			})
			if cost != 0 || correct(&s, tc.heads) != s.n {
				t.Errorf("cost %d, heads %v, want %v", cost, s.head, tc.heads)
			}
		})
	}
}

// TestOracleCostsAreExact checks the defining property of the dynamic
// oracle on projective trees: after any sequence of moves, the arcs lost
// equal the summed costs, and a zero-cost move always exists.
func TestOracleCostsAreExact(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	for _, tc := range handTrees {
		t.Run(tc.name, func(t *testing.T) {
			for range 200 {
				var s state
				s.reset(len(tc.heads) - 1)
				cost := run(&s, tc.heads, func(s *state) int {
					if zeroCost(s, tc.heads) < 0 {
						t.Fatalf("no zero-cost move at stack %v buffer %d", s.stack, s.b)
					}
					for {
						if mv := rng.IntN(nMoves); s.legal(mv) {
							return mv
						}
					}
				})
				if got := s.n - correct(&s, tc.heads); got != cost {
					t.Fatalf("lost %d arcs, oracle said %d (heads %v)", got, cost, s.head)
				}
			}
		})
	}
}

// TestEveryPathIsATree checks that any legal move sequence ends in a tree
// with exactly one root and every word attached.
func TestEveryPathIsATree(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 3))
	for n := 1; n < 12; n++ {
		var s state
		s.reset(n)
		run(&s, make([]int32, n+1), func(s *state) int {
			for {
				if mv := rng.IntN(nMoves); s.legal(mv) {
					return mv
				}
			}
		})
		roots := 0
		for i := 1; i <= n; i++ {
			if s.head[i] == 0 {
				roots++
			}
			if s.head[i] < 0 {
				t.Fatalf("n=%d: word %d unattached", n, i)
			}
		}
		if roots != 1 {
			t.Errorf("n=%d: %d roots in %v", n, roots, s.head)
		}
	}
}

package parse

// The arc-hybrid transitions. The stack starts holding the artificial root
// (node 0); the buffer holds the words 1..n in order.
const (
	shift = iota // move the front of the buffer onto the stack
	left         // pop s0, making it a dependent of the buffer front b0
	right        // pop s0, making it a dependent of s1
	nMoves
)

// none marks a missing node (no such stack position, no child).
const none = -1

// state is a parser configuration plus what features need to know about
// the partial tree: each node's outermost children, valency and label sets.
type state struct {
	n     int     // words in the sentence; nodes are 0 (root) .. n
	stack []int32 // stack[len-1] is s0
	b     int     // buffer front; the buffer is b..n, empty when b > n
	head  []int32 // head of each node, none while unattached
	label []int32 // label index of each node's arc, 0 while unattached
	lm1   []int32 // leftmost child
	lm2   []int32 // second leftmost child
	rm1   []int32 // rightmost child
	rm2   []int32 // second rightmost child
	nl    []int32 // number of left children
	nr    []int32 // number of right children
	lset  []uint64
	rset  []uint64 // bit sets of the labels of left and right children
}

// newState returns the initial configuration for n words, reusing s's
// slices when they are large enough.
func (s *state) reset(n int) {
	s.n, s.b = n, 1
	s.stack = append(s.stack[:0], 0)
	m := n + 1
	s.head = fill(s.head, m, none)
	s.label = fill(s.label, m, 0)
	s.lm1 = fill(s.lm1, m, none)
	s.lm2 = fill(s.lm2, m, none)
	s.rm1 = fill(s.rm1, m, none)
	s.rm2 = fill(s.rm2, m, none)
	s.nl = fill(s.nl, m, 0)
	s.nr = fill(s.nr, m, 0)
	s.lset = fill(s.lset, m, 0)
	s.rset = fill(s.rset, m, 0)
}

func fill[T int32 | uint64](s []T, n int, v T) []T {
	if cap(s) < n {
		s = make([]T, n)
	}
	s = s[:n]
	for i := range s {
		s[i] = v
	}
	return s
}

// stackAt returns the i-th node from the top of the stack (0 is s0), or none.
func (s *state) stackAt(i int) int {
	if i >= len(s.stack) {
		return none
	}
	return int(s.stack[len(s.stack)-1-i])
}

// bufAt returns the i-th node of the buffer (0 is b0), or none.
func (s *state) bufAt(i int) int {
	if s.b+i > s.n {
		return none
	}
	return s.b + i
}

// terminal reports whether parsing is complete.
func (s *state) terminal() bool { return s.b > s.n && len(s.stack) == 1 }

// legal reports whether move m may be applied. The root may take a
// dependent only when the buffer is empty, so every tree has one root.
func (s *state) legal(m int) bool {
	switch m {
	case shift:
		return s.b <= s.n
	case left:
		return s.b <= s.n && len(s.stack) > 1
	case right:
		return len(s.stack) > 2 || (len(s.stack) == 2 && s.b > s.n)
	}
	return false
}

// apply performs move m with label lab (ignored for shift). m must be legal.
func (s *state) apply(m, lab int) {
	switch m {
	case shift:
		s.stack = append(s.stack, int32(s.b))
		s.b++
	case left:
		s.pop(s.b, lab)
	case right:
		s.pop(s.stackAt(1), lab)
	}
}

// pop removes s0 from the stack and attaches it to h with label lab.
func (s *state) pop(h, lab int) {
	d := s.stackAt(0)
	s.stack = s.stack[:len(s.stack)-1]
	s.head[d], s.label[d] = int32(h), int32(lab)
	bit := uint64(1) << (uint(lab) & 63)
	if d < h {
		// Left children arrive from the nearest outwards.
		s.lm2[h], s.lm1[h] = s.lm1[h], int32(d)
		s.nl[h]++
		s.lset[h] |= bit
		return
	}
	// Right children arrive from the nearest outwards too.
	s.rm2[h], s.rm1[h] = s.rm1[h], int32(d)
	s.nr[h]++
	s.rset[h] |= bit
}

// cost returns how many gold arcs become unreachable if move m is applied
// (the arc-hybrid dynamic oracle of Goldberg and Nivre 2013). gold holds
// the gold head of every node (gold[0] unused). For non-projective gold
// trees the count is an approximation, which is fine for training.
func (s *state) cost(m int, gold []int32) int {
	switch m {
	case shift:
		return s.shiftCost(gold)
	case left:
		s0, b0 := s.stackAt(0), s.b
		c := s.depsInBuffer(s0, gold)
		if g := int(gold[s0]); g != b0 && (g == s.stackAt(1) || g > b0) {
			c++
		}
		return c
	case right:
		s0, s1 := s.stackAt(0), s.stackAt(1)
		c := s.depsInBuffer(s0, gold)
		if g := int(gold[s0]); g != s1 && g >= s.b {
			c++
		}
		return c
	}
	return 0
}

// shiftCost counts the arcs lost by pushing b0: its head deeper in the
// stack than s0, and its dependents anywhere in the stack.
func (s *state) shiftCost(gold []int32) int {
	b0, c := s.b, 0
	top := len(s.stack) - 1
	for i, x := range s.stack {
		if int(gold[b0]) == int(x) && i < top {
			c++
		}
		if x != 0 && int(gold[x]) == b0 {
			c++
		}
	}
	return c
}

// depsInBuffer counts gold dependents of node d still in the buffer.
func (s *state) depsInBuffer(d int, gold []int32) int {
	c := 0
	for i := s.b; i <= s.n; i++ {
		if int(gold[i]) == d {
			c++
		}
	}
	return c
}

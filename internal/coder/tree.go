package coder

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// tree is a parsed sentence with child lists, indexed by 0-based token
// position. Token.Head is CoNLL-U style (1-based, 0 root), so the head of
// token i is toks[i].Head-1.
type tree struct {
	toks   []dyad.Token
	kids   [][]int
	heads  []int
	lemmas []string // lower-cased once: patterns compare lemmas many times
}

func newTree(toks []dyad.Token) *tree {
	t := &tree{toks: toks, kids: make([][]int, len(toks)), heads: acyclicHeads(toks), lemmas: make([]string, len(toks))}
	for i, tok := range toks {
		l := tok.Lemma
		if l == "" {
			l = tok.Form
		}
		t.lemmas[i] = strings.ToLower(l)
	}
	for i, h := range t.heads {
		if h >= 0 {
			t.kids[h] = append(t.kids[h], i)
		}
	}
	return t
}

// acyclicHeads returns 0-based heads with out-of-range heads and cycles
// cut to the root, so that every walk over the tree ends: a parser (or a
// user's CoNLL-U) may hand over anything.
func acyclicHeads(toks []dyad.Token) []int {
	heads := make([]int, len(toks))
	for i, tok := range toks {
		heads[i] = tok.Head - 1
		if heads[i] < -1 || heads[i] >= len(toks) || heads[i] == i {
			heads[i] = -1
		}
	}
	state := make([]uint8, len(toks)) // 0 unseen, 1 on the current path, 2 done
	for i := range toks {
		var path []int
		j := i
		for j >= 0 && state[j] == 0 {
			state[j] = 1
			path = append(path, j)
			j = heads[j]
		}
		if j >= 0 && state[j] == 1 { // walked into the current path: a cycle
			heads[path[len(path)-1]] = -1
		}
		for _, k := range path {
			state[k] = 2
		}
	}
	return heads
}

// head returns the 0-based head of i, or -1 for the root or an unparsed token.
func (t *tree) head(i int) int { return t.heads[i] }

func (t *tree) lemma(i int) string { return t.lemmas[i] }

// rel is the relation of i to its head, without subtype when base is true.
func (t *tree) rel(i int) string { return t.toks[i].Rel }

func baseRel(r string) string {
	if k := strings.IndexByte(r, ':'); k >= 0 {
		return r[:k]
	}
	return r
}

// children returns i's children whose relation (or its base) is one of rels.
func (t *tree) children(i int, rels ...string) []int {
	var out []int
	for _, k := range t.kids[i] {
		r := t.toks[k].Rel
		for _, want := range rels {
			if r == want || baseRel(r) == want {
				out = append(out, k)
				break
			}
		}
	}
	return out
}

// child returns the first child of i with one of rels, or -1.
func (t *tree) child(i int, rels ...string) int {
	if c := t.children(i, rels...); len(c) > 0 {
		return c[0]
	}
	return -1
}

// caseOf returns the lemma of i's preposition ("case" child), or "".
func (t *tree) caseOf(i int) string {
	var parts []string
	for _, k := range t.children(i, "case") {
		parts = append(parts, t.lemma(k))
	}
	return strings.Join(parts, " ")
}

// conjuncts returns i and the tokens coordinated with it ("Mexico and
// Canada").
func (t *tree) conjuncts(i int) []int {
	out := []int{i}
	for _, k := range t.children(i, "conj") {
		out = append(out, t.conjuncts(k)...)
	}
	return out
}

// subtreeHas reports whether off lies within the byte span of i's subtree.
func (t *tree) span(i int) (start, end int) {
	start, end = t.toks[i].Start, t.toks[i].End
	for _, k := range t.kids[i] {
		s, e := t.span(k)
		start, end = min(start, s), max(end, e)
	}
	return start, end
}

// path renders the relations from a up to b (b an ancestor of a) for
// evidence: "obj<proposed" style, innermost first.
func (t *tree) path(from, to int) string {
	var parts []string
	for i, n := from, 0; i >= 0 && i != to && n < len(t.toks); i, n = t.head(i), n+1 {
		parts = append(parts, t.toks[i].Rel)
	}
	return strings.Join(parts, "<")
}

// topDown lists token indexes breadth-first from the root, so governing
// verbs come before the clauses they govern.
func (t *tree) topDown() []int {
	var out, queue []int
	for i := range t.toks {
		if t.head(i) < 0 {
			queue = append(queue, i)
		}
	}
	seen := make([]bool, len(t.toks))
	for len(queue) > 0 {
		i := queue[0]
		queue = queue[1:]
		if seen[i] {
			continue
		}
		seen[i] = true
		out = append(out, i)
		queue = append(queue, t.kids[i]...)
	}
	for i := range t.toks { // tokens cut off by a cycle in a bad parse
		if !seen[i] {
			out = append(out, i)
		}
	}
	return out
}

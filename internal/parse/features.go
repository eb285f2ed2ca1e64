package parse

import "github.com/dyad-events/dyad"

// Values standing in for a missing node and for the artificial root, as
// they are and spread (see spread; a test checks the constants).
const (
	noneVal    uint64 = 0x6e6f6e65 // no such node
	rootVal    uint64 = 0x726f6f74 // node 0
	noneSpread uint64 = 0x1db3043046c1942a
	rootSpread uint64 = 0x609a3448c110c301
)

// words holds the hashed attributes of every node of one sentence, spread
// (see spread); index 0 is the root. They are computed once per sentence,
// so feature extraction only mixes integers. Every value a template
// combines is spread: the helpers below (at, lab, count, set, dist,
// between) return spread values.
type words struct {
	w   []uint64 // word: lower-cased form, digits folded
	t   []uint64 // tag: UPOS and XPOS together
	p   []uint64 // UPOS alone
	sfx []uint64 // three-letter suffix
	shp []uint64 // capitalisation shape
	// Prefix counts: verbs[i] and puncts[i] count the verbs and the
	// punctuation before node i, so "how many between" is one subtraction.
	verbs, puncts []int32
}

func (x *words) reset(toks []dyad.Token) {
	n := len(toks) + 1
	x.w = fill(x.w, n, rootSpread)
	x.t = fill(x.t, n, rootSpread)
	x.p = fill(x.p, n, rootSpread)
	x.sfx = fill(x.sfx, n, rootSpread)
	x.shp = fill(x.shp, n, rootSpread)
	x.verbs = fill(x.verbs, n+1, 0)
	x.puncts = fill(x.puncts, n+1, 0)
	for i, tk := range toks {
		x.verbs[i+2], x.puncts[i+2] = x.verbs[i+1], x.puncts[i+1]
		switch tk.UPOS {
		case "VERB", "AUX":
			x.verbs[i+2]++
		case "PUNCT":
			x.puncts[i+2]++
		}
		p := hashString(fnvOffset, tk.UPOS)
		x.w[i+1] = spread(wordHash(tk.Form))
		x.p[i+1] = spread(p)
		x.t[i+1] = spread(hashString(hashString(p, "/"), tk.XPOS))
		x.sfx[i+1] = spread(suffixHash(tk.Form))
		x.shp[i+1] = spread(shape(tk.Form))
	}
}

func at(v []uint64, i int) uint64 {
	if i < 0 || i >= len(v) {
		return noneSpread
	}
	return v[i]
}

// feats collects the hashes of one configuration's features. Each put call
// is one template, identified by its position in the sequence of calls, so
// every template must be emitted on every call path.
type feats struct {
	h []uint64
}

func (f *feats) put(vs ...uint64) {
	h := uint64(len(f.h) + 1)
	for _, v := range vs {
		h = mixSpread(h, v)
	}
	f.h = append(f.h, h)
}

// dist buckets the distance between two nodes, spread.
func dist(a, b int) uint64 { return spread(distBucket(a, b)) }

func distBucket(a, b int) uint64 {
	if a < 0 || b < 0 {
		return 99
	}
	d := b - a
	if d < 0 {
		d = -d
	}
	switch {
	case d <= 4:
		return uint64(d)
	case d <= 6:
		return 5
	case d <= 9:
		return 6
	}
	return 7
}

// node returns i unless it is none, and child lookups tolerate none.
func child(v []int32, i int) int {
	if i < 0 {
		return none
	}
	return int(v[i])
}

func lab(s *state, i int) uint64 {
	if i < 0 {
		return noneSpread
	}
	return spread(uint64(s.label[i]))
}

func count(v []int32, i int) uint64 {
	if i < 0 {
		return noneSpread
	}
	return spread(uint64(v[i]))
}

func set(v []uint64, i int) uint64 {
	if i < 0 {
		return noneSpread
	}
	return spread(v[i])
}

// between buckets the number of verbs and of punctuation marks strictly
// between nodes a < b: clause and phrase boundaries a head rarely crosses.
func (x *words) between(a, b int) uint64 {
	if a < 0 || b < 0 {
		return noneSpread
	}
	if a > b {
		a, b = b, a
	}
	v := min(x.verbs[b]-x.verbs[a+1], 2)
	p := min(x.puncts[b]-x.puncts[a+1], 2)
	return spread(uint64(v*3 + p))
}

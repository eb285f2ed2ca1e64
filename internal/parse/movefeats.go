package parse

// moveFeatures extracts the features that score the next transition, in
// the style of Zhang and Nivre (2011) adapted to arc-hybrid: words and tags
// of three stack and three buffer positions, the outermost children of s0,
// s1 and b0 with their labels, valency, label sets and distances.
func moveFeatures(s *state, x *words, f *feats) {
	f.h = f.h[:0]
	s0, s1, s2 := s.stackAt(0), s.stackAt(1), s.stackAt(2)
	b0, b1, b2 := s.bufAt(0), s.bufAt(1), s.bufAt(2)
	w, t := x.w, x.t
	s0w, s0t, b0w, b0t := at(w, s0), at(t, s0), at(w, b0), at(t, b0)
	s1w, s1t, b1w, b1t := at(w, s1), at(t, s1), at(w, b1), at(t, b1)
	s2t, b2t := at(t, s2), at(t, b2)

	// Single positions.
	f.put(s0w)
	f.put(s0t)
	f.put(s0w, s0t)
	f.put(b0w)
	f.put(b0t)
	f.put(b0w, b0t)
	f.put(b1w)
	f.put(b1t)
	f.put(b1w, b1t)
	f.put(at(w, b2))
	f.put(b2t)
	f.put(s1w)
	f.put(s1t)
	f.put(s1w, s1t)
	f.put(at(w, s2))
	f.put(s2t)
	f.put(at(x.sfx, s0), s0t)
	f.put(at(x.sfx, b0), b0t)
	f.put(at(x.shp, b0), b0t)
	f.put(at(x.shp, s0), s0t)

	// Pairs.
	f.put(s0w, s0t, b0w, b0t)
	f.put(s0w, s0t, b0w)
	f.put(s0w, b0w, b0t)
	f.put(s0w, s0t, b0t)
	f.put(s0t, b0w, b0t)
	f.put(s0w, b0w)
	f.put(s0t, b0t)
	f.put(b0t, b1t)
	f.put(b0w, b1w)
	f.put(s1w, s1t, s0w, s0t)
	f.put(s1w, s0w)
	f.put(s1t, s0t)
	f.put(s1w, s1t, s0t)
	f.put(s1t, s0w, s0t)
	f.put(s1t, b0t)
	f.put(s1w, b0w)

	// Triples of tags.
	f.put(b0t, b1t, b2t)
	f.put(s0t, b0t, b1t)
	f.put(s1t, s0t, b0t)
	f.put(s2t, s1t, s0t)
	f.put(s1t, s0t, b1t)
	f.put(s0w, b0t, b1t)
	f.put(s0t, b0w, b1t)

	// UPOS alone: robust when the tagger gets only the XPOS wrong.
	p := x.p
	s0p, s1p, b0p, b1p := at(p, s0), at(p, s1), at(p, b0), at(p, b1)
	f.put(s0p)
	f.put(b0p)
	f.put(s1p)
	f.put(b1p)
	f.put(s0p, b0p)
	f.put(s1p, s0p)
	f.put(s0p, b0p, b1p)
	f.put(s1p, s0p, b0p)
	f.put(s0w, b0p)
	f.put(s0p, b0w)
	f.put(at(x.sfx, s0), at(x.sfx, b0))

	moveChildFeatures(s, x, f, s0, s1, b0)
	moveDistFeatures(s, x, f, s0, s1, b0)
}

// moveChildFeatures covers the partial tree: children of s0, s1 and b0.
func moveChildFeatures(s *state, x *words, f *feats, s0, s1, b0 int) {
	w, t := x.w, x.t
	s0t, s1t, b0t := at(t, s0), at(t, s1), at(t, b0)
	s0l1, s0l2 := child(s.lm1, s0), child(s.lm2, s0)
	s0r1, s0r2 := child(s.rm1, s0), child(s.rm2, s0)
	s1l1, s1r1, s1r2 := child(s.lm1, s1), child(s.rm1, s1), child(s.rm2, s1)
	b0l1, b0l2 := child(s.lm1, b0), child(s.lm2, b0)

	f.put(at(w, s0l1))
	f.put(at(t, s0l1))
	f.put(lab(s, s0l1))
	f.put(at(w, s0r1))
	f.put(at(t, s0r1))
	f.put(lab(s, s0r1))
	f.put(at(t, s0l2))
	f.put(lab(s, s0l2))
	f.put(at(t, s0r2))
	f.put(lab(s, s0r2))
	f.put(at(w, b0l1))
	f.put(at(t, b0l1))
	f.put(lab(s, b0l1))
	f.put(at(t, b0l2))
	f.put(lab(s, b0l2))
	f.put(at(t, s1l1))
	f.put(lab(s, s1l1))
	f.put(at(w, s1r1))
	f.put(at(t, s1r1))
	f.put(lab(s, s1r1))
	f.put(at(t, s1r2), lab(s, s1r2))

	f.put(s0t, at(t, s0l1), b0t)
	f.put(s0t, at(t, s0r1), b0t)
	f.put(s0t, b0t, at(t, b0l1))
	f.put(s1t, s0t, at(t, s0l1))
	f.put(s1t, s0t, at(t, s0r1))
	f.put(s1t, at(t, s1r1), s0t)
	f.put(s1t, at(t, s1l1), s0t)
	f.put(s0t, lab(s, s0l1), lab(s, s0l2))
	f.put(s0t, lab(s, s0r1), lab(s, s0r2))
	f.put(b0t, lab(s, b0l1), lab(s, b0l2))
	f.put(s1t, lab(s, s1r1), lab(s, s1r2))
	f.put(s0t, at(t, s0l1), at(t, s0l2))
	f.put(s0t, at(t, s0r1), at(t, s0r2))
	f.put(b0t, at(t, b0l1), at(t, b0l2))
}

// moveDistFeatures covers distance, valency, label sets and the words next
// to s0 and b0.
func moveDistFeatures(s *state, x *words, f *feats, s0, s1, b0 int) {
	w, t := x.w, x.t
	s0w, s0t, b0w, b0t := at(w, s0), at(t, s0), at(w, b0), at(t, b0)
	s1w, s1t := at(w, s1), at(t, s1)
	d, d1 := dist(s0, b0), dist(s1, s0)

	f.put(s0w, d)
	f.put(s0t, d)
	f.put(b0w, d)
	f.put(b0t, d)
	f.put(s0t, b0t, d)
	f.put(s0w, b0w, d)
	f.put(s1t, s0t, d1)
	f.put(s1w, s0w, d1)

	f.put(s0w, count(s.nr, s0))
	f.put(s0t, count(s.nr, s0))
	f.put(s0w, count(s.nl, s0))
	f.put(s0t, count(s.nl, s0))
	f.put(b0w, count(s.nl, b0))
	f.put(b0t, count(s.nl, b0))
	f.put(s1t, count(s.nr, s1))
	f.put(s1w, count(s.nr, s1))

	f.put(s0w, set(s.lset, s0))
	f.put(s0t, set(s.lset, s0))
	f.put(s0w, set(s.rset, s0))
	f.put(s0t, set(s.rset, s0))
	f.put(b0w, set(s.lset, b0))
	f.put(b0t, set(s.lset, b0))
	f.put(s1t, set(s.rset, s1))
	f.put(s1t, set(s.lset, s1))

	f.put(s0t, b0t, x.between(s0, b0))
	f.put(s1t, s0t, x.between(s1, s0))
	f.put(s0w, b0t, x.between(s0, b0))
	f.put(at(t, b0+3))
	f.put(s0t, at(t, s0-1), at(t, s0+1))
	f.put(b0t, at(t, b0-1))
	f.put(s0t, at(t, s0+1), b0t)
	f.put(s0t, b0t, at(t, b0-1))
}

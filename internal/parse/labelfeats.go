package parse

// labelFeatures extracts the features that choose the label of the arc
// h -> d being made. In arc-hybrid d is complete when it is attached, so
// all its children (a "case" preposition, an "aux:pass") are known.
func labelFeatures(s *state, x *words, f *feats, h, d int) {
	f.h = f.h[:0]
	w, t, p := x.w, x.t, x.p
	dir := spread(1)
	if d > h {
		dir = spread(2)
	}
	dw, dt, hw, ht := at(w, d), at(t, d), at(w, h), at(t, h)
	dl1, dr1 := child(s.lm1, d), child(s.rm1, d)
	dl2, dr2 := child(s.lm2, d), child(s.rm2, d)
	hl1, hr1 := child(s.lm1, h), child(s.rm1, h)
	dist := dist(h, d)

	f.put(dir)
	f.put(dir, dw)
	f.put(dir, dt)
	f.put(dir, dw, dt)
	f.put(dir, at(x.sfx, d), dt)
	f.put(dir, hw)
	f.put(dir, ht)
	f.put(dir, hw, ht)
	f.put(dir, hw, dw)
	f.put(dir, ht, dt)
	f.put(dir, hw, ht, dt)
	f.put(dir, ht, dw, dt)
	f.put(dir, hw, dt)
	f.put(dir, ht, dw)
	hp, dp := at(p, h), at(p, d)
	f.put(dir, hp, dp)
	f.put(dir, dp)
	f.put(dir, hp)
	f.put(dir, dw, hp)
	f.put(dir, hw, dp)
	f.put(dir, at(x.sfx, d), hp)
	f.put(dir, hp, dp, dist)
	f.put(dir, at(w, dl1), hp, dp)
	f.put(dir, ht, dt, dist)
	f.put(dir, dt, dist)
	f.put(dir, ht, dt, x.between(h, d))

	f.put(dir, set(s.lset, d))
	f.put(dir, set(s.rset, d))
	f.put(dir, dt, set(s.lset, d))
	f.put(dir, dt, set(s.rset, d))
	f.put(dir, ht, set(s.lset, d))
	f.put(dir, at(w, dl1))
	f.put(dir, at(w, dl1), dt)
	f.put(dir, at(w, dl1), ht)
	f.put(dir, lab(s, dl1), lab(s, dl2))
	f.put(dir, at(w, dr1), dt)
	f.put(dir, lab(s, dr1), lab(s, dr2))
	f.put(dir, at(t, dr1), dt)

	f.put(dir, dt, set(s.lset, h))
	f.put(dir, dt, set(s.rset, h))
	f.put(dir, ht, set(s.lset, h), dt)
	f.put(dir, dt, lab(s, hl1))
	f.put(dir, dt, lab(s, hr1))
	f.put(dir, dt, at(t, d-1), at(t, d+1))
	f.put(dir, ht, at(t, h-1), at(t, h+1))
	f.put(dir, dt, count(s.nl, d), count(s.nr, d))
	f.put(dir, at(x.shp, d), dt)
	f.put(dir, dw, ht, at(w, dl1))
}

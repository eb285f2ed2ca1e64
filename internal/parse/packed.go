package parse

import "github.com/dyad-events/dyad/internal/hugepage"

// packed is the runtime form of the label table. Each hash bucket has a
// row of four entries (16 bytes, a quarter of a cache line) holding its
// classes inline when it has at most four; a longer run keeps three inline
// and moves the rest to an overflow list. Most features then cost one
// cache miss instead of two (offset, then entries) as in sparse, and the
// inline entries are added without a loop. Unused entries are 0, class 0
// with weight 0: class 0 is "no label", which argmaxLabel never picks.
type packed struct {
	k    int
	mask uint64
	rows []uint32 // 4 entries per bucket
	more []uint32 // overflow runs: a count, then that many entries
}

// spill marks the fourth entry of a row as the index of its overflow run
// in more. Real entries never set it: classes stay below 256.
const spill = 1 << 31

func newPacked(s *sparse) *packed {
	p := &packed{k: s.k, mask: s.mask, rows: hugepage.Slice[uint32](4 * (len(s.off) - 1))}
	for b := 0; b+1 < len(s.off); b++ {
		run, row := s.ent[s.off[b]:s.off[b+1]], p.rows[4*b:][:4]
		if len(run) <= 4 {
			copy(row, run)
			continue
		}
		copy(row[:3], run[:3])
		row[3] = spill | uint32(len(p.more))
		p.more = append(p.more, uint32(len(run)-3))
		p.more = append(p.more, run[3:]...)
	}
	return p
}

func (p *packed) classes() int { return p.k }

// score needs len(out) >= 256 (see newWorker), so that indexing by a
// class byte needs no bounds check.
func (p *packed) score(fs []uint64, out []float32) {
	out = out[:256]
	clear(out[:p.k])
	out[0] = float32(p.touch(fs)) // class 0 is reset below
	for _, f := range fs {
		r := p.rows[4*(f&p.mask):][:4]
		out[uint8(r[0]>>16)] += float32(int16(r[0]))
		out[uint8(r[1]>>16)] += float32(int16(r[1]))
		out[uint8(r[2]>>16)] += float32(int16(r[2]))
		if e := r[3]; e&spill == 0 {
			out[uint8(e>>16)] += float32(int16(e))
			continue
		}
		i := r[3] &^ spill
		for _, e := range p.more[i+1:][:p.more[i]] {
			out[uint8(e>>16)] += float32(int16(e))
		}
	}
	out[0] = 0
}

// touch loads the row of every feature before score uses them, then the
// start of every overflow run. The loads of each loop are independent, so
// the processor overlaps their cache misses; in the scoring loop the
// unpredictable overflow branch would stall on each miss in turn. The
// caller keeps the sum so that the loads are not optimized away.
func (p *packed) touch(fs []uint64) uint32 {
	var x uint32
	for _, f := range fs {
		x += p.rows[4*(f&p.mask)+3]
	}
	for _, f := range fs {
		if e := p.rows[4*(f&p.mask)+3]; e&spill != 0 {
			x += p.more[e&^spill]
		}
	}
	return x
}

// sparse returns p in its stored form.
func (p *packed) sparse() *sparse {
	s := &sparse{k: p.k, mask: p.mask, off: make([]uint32, len(p.rows)/4+1)}
	for b := range len(p.rows) / 4 {
		row := p.rows[4*b:][:4]
		for _, e := range row[:3] {
			if e != 0 {
				s.ent = append(s.ent, e)
			}
		}
		switch e := row[3]; {
		case e&spill != 0:
			i := e &^ spill
			s.ent = append(s.ent, p.more[i+1:][:p.more[i]]...)
		case e != 0:
			s.ent = append(s.ent, e)
		}
		s.off[b+1] = uint32(len(s.ent))
	}
	return s
}

package tag

// table maps 64-bit feature hashes to small integers by open addressing,
// so the tagger's hot path needs no string keys and no map. The keys
// themselves are already hashes; slot() only spreads them.
type table struct {
	keys []uint64 // 0 marks an empty slot; key 0 is remapped by fixKey
	vals []uint32
	mask uint64
	n    int
}

func newTable(n int) *table {
	size := 16
	for size < 2*n {
		size <<= 1
	}
	return &table{keys: make([]uint64, size), vals: make([]uint32, size), mask: uint64(size - 1)}
}

// fixKey keeps the empty-slot marker out of the key space.
func fixKey(k uint64) uint64 {
	if k == 0 {
		return 1
	}
	return k
}

func (t *table) slot(k uint64) uint64 {
	k ^= k >> 31
	k *= 0x7fb5d329728ea185
	return (k ^ k>>27) & t.mask
}

// get returns the value stored for k.
func (t *table) get(k uint64) (uint32, bool) {
	k = fixKey(k)
	for i := t.slot(k); ; i = (i + 1) & t.mask {
		switch t.keys[i] {
		case k:
			return t.vals[i], true
		case 0:
			return 0, false
		}
	}
}

// put stores v for k, growing the table when it is half full.
func (t *table) put(k uint64, v uint32) {
	if 2*(t.n+1) > len(t.keys) {
		t.grow()
	}
	k = fixKey(k)
	i := t.slot(k)
	for ; t.keys[i] != 0 && t.keys[i] != k; i = (i + 1) & t.mask {
	}
	if t.keys[i] == 0 {
		t.n++
	}
	t.keys[i], t.vals[i] = k, v
}

func (t *table) grow() {
	old := *t
	*t = *newTable(2 * len(old.keys))
	for i, k := range old.keys {
		if k != 0 {
			t.put(k, old.vals[i])
		}
	}
}

// shrink returns t resized to its entry count, for saving.
func (t *table) shrink() *table {
	out := newTable(t.n)
	for i, k := range t.keys {
		if k != 0 {
			out.put(k, t.vals[i])
		}
	}
	return out
}

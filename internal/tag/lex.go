package tag

// Keys of the word table: a word is looked up as written first, then
// normalized, so "US" and "us" can differ while "Tuesday" at the start of
// a sentence still finds "tuesday".
const (
	keyForm = 1
	keyNorm = 2
	keyUnk  = 3 // mixed with the shape to make the label set of an unknown word
)

// normalize appends to dst the lowercase of s (ASCII letters only, which
// keeps it cheap and byte-aligned) with every digit replaced by 0, so that
// "1984" and "2026" share features.
func normalize(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c >= '0' && c <= '9':
			c = '0'
		}
		dst = append(dst, c)
	}
	return dst
}

// shape hashes the character classes of s with runs collapsed: "Obama" is
// Xx, "U.S." is X.X., "2,000" is d,d, "e-mail" is x-x; bytes above ASCII
// count as one class.
func shape(s string) uint64 {
	h := uint64(fnvOffset)
	var last byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c = 'X'
		case c >= 'a' && c <= 'z':
			c = 'x'
		case c >= '0' && c <= '9':
			c = 'd'
		case c >= 0x80:
			c = 'u'
		}
		if c != last {
			h = (h ^ uint64(c)) * fnvPrime
			last = c
		}
	}
	return h
}

// caseClass says whether a word is first in its sentence and how it is
// capitalized, since a capital means less at the start.
func caseClass(s string, first bool) uint64 {
	var c uint64
	if first {
		c = 4
	}
	if len(s) > 0 && s[0] >= 'A' && s[0] <= 'Z' {
		c |= 1
		if len(s) > 1 && allUpper(s) {
			c |= 2
		}
	}
	return c
}

func allUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'a' && s[i] <= 'z' {
			return false
		}
	}
	return true
}

// lexicon is what the tagger knows about words seen in training.
type lexicon struct {
	index *table   // keyForm/keyNorm word hash -> entry
	amb   []uint64 // label set of the word
	dict  []int32  // label the word always takes, or -1
	capb  []uint8  // capBucket of the word, for normalized entries
}

// capBucket sorts words by how often they are capitalized when not first
// in a sentence: never, rarely, half the time, mostly, always, or never
// seen there. Proper nouns are capitalized; in web text not always.
func capBucket(capitalized, seen int) uint8 {
	switch {
	case seen == 0:
		return 5
	case capitalized == 0:
		return 0
	case capitalized*4 < seen:
		return 1
	case capitalized*4 < 3*seen:
		return 2
	case capitalized < seen:
		return 3
	}
	return 4
}

// sentenceCase classes a sentence: 1 when most words are capitalized (a
// headline), 2 when most are in capitals, 3 when none is, else 0.
func sentenceCase(forms []string) uint64 {
	words, caps, upper := 0, 0, 0
	for _, f := range forms {
		if f == "" {
			continue
		}
		switch c := f[0]; {
		case c >= 'A' && c <= 'Z':
			words, caps = words+1, caps+1
			if len(f) > 1 && allUpper(f) {
				upper++
			}
		case c >= 'a' && c <= 'z':
			words++
		}
	}
	switch {
	case words < 3:
		return 0
	case upper*10 >= words*6:
		return 2
	case caps*10 >= words*6:
		return 1
	case caps == 0:
		return 3
	}
	return 0
}

// info fills the hashes of one token. norm is scratch space.
func (lx *lexicon) info(form string, first bool, norm []byte) (tokInfo, []byte) {
	norm = normalize(norm[:0], form)
	ti := tokInfo{form: hashString(form), shape: shape(form), cas: caseClass(form, first), dict: -1}
	ti.word = hashBytes(norm)
	for k := range ti.suf {
		ti.suf[k] = hashBytes(norm[max(0, len(norm)-k-1):])
	}
	for k := range ti.pre {
		ti.pre[k] = hashBytes(norm[:min(len(norm), k+1)])
	}
	ti.amb, ti.capb = mix(keyUnk, ti.shape), 6
	ne, nok := lx.index.get(mix(keyNorm, ti.word))
	if nok {
		ti.amb, ti.dict, ti.capb = lx.amb[ne], lx.dict[ne], uint64(lx.capb[ne])
	}
	if e, ok := lx.index.get(mix(keyForm, ti.form)); ok {
		ti.amb, ti.dict = lx.amb[e], lx.dict[e]
	}
	return ti, norm
}

// hashBytes is hashString over a byte slice.
func hashBytes(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// window appends to dst the tokens of forms between sentinels; norm is
// scratch space.
func (lx *lexicon) window(forms []string, dst []tokInfo, norm []byte) ([]tokInfo, []byte) {
	dst = append(dst[:0], startInfo, startInfo)
	sc := sentenceCase(forms)
	for i, f := range forms {
		var ti tokInfo
		ti, norm = lx.info(f, i == 0, norm)
		ti.sent = sc
		dst = append(dst, ti)
	}
	return append(dst, endInfo, endInfo), norm
}

package parse

import (
	"unicode"
	"unicode/utf8"
)

// mix combines two 64-bit values into a well-spread hash (a variant of the
// splitmix64 finalizer); feature hashes are built from it without
// allocating strings.
func mix(a, b uint64) uint64 { return mixSpread(a, spread(b)) }

// spread is the half of mix that depends on b alone. The attributes of
// the nodes are stored spread, once per sentence, so that the feature
// templates, which combine them again and again, pay only for the rest.
func spread(b uint64) uint64 { return (b + 0x9e3779b97f4a7c15) * 0xbf58476d1ce4e5b9 }

// mixSpread is mix(a, b) given sb = spread(b).
func mixSpread(a, sb uint64) uint64 {
	h := a ^ sb
	h ^= h >> 31
	h *= 0x94d049bb133111eb
	h ^= h >> 29
	return h
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hashString is FNV-1a of s, starting from h.
func hashString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

// wordHash hashes the lower-cased form with every digit mapped to '0', so
// "2024" and "1999" share statistics. It does not allocate.
func wordHash(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c >= 'A' && c <= 'Z':
				c += 'a' - 'A'
			case c >= '0' && c <= '9':
				c = '0'
			}
			h = (h ^ uint64(c)) * fnvPrime
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		h = (h ^ uint64(unicode.ToLower(r))) * fnvPrime
		i += n
	}
	return h
}

// suffixHash hashes the last three bytes of the lower-cased form, which
// carry most of English morphology (-ing, -ed, -ion, -ly).
func suffixHash(s string) uint64 {
	if len(s) > 3 {
		s = s[len(s)-3:]
	}
	return wordHash(s) ^ 0x5bd1e995
}

// shape classifies the form's capitalisation, which separates names from
// sentence-initial words when tags are wrong.
func shape(s string) uint64 {
	r, _ := utf8.DecodeRuneInString(s)
	switch {
	case unicode.IsUpper(r):
		return 1
	case unicode.IsDigit(r):
		return 2
	case unicode.IsLetter(r):
		return 3
	}
	return 4
}

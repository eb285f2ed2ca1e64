package tag

// Features are 64-bit hashes built by mixing a template number with
// hashes of the strings or labels it combines. Collisions among a few
// million features are negligible at 64 bits, and hashing lets the tagger
// score a word without building strings.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// hashString is FNV-1a over s.
func hashString(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// mix combines a and b; mix(a, b) != mix(b, a).
func mix(a, b uint64) uint64 {
	h := a*0x9e3779b97f4a7c15 ^ b
	h *= 0xbf58476d1ce4e5b9
	return h ^ h>>31
}

// f1, f2 and f3 build the hash of template t over one, two or three parts.
func f1(t template, a uint64) uint64       { return mix(uint64(t)+0x5851f42d4c957f2d, a) }
func f2(t template, a, b uint64) uint64    { return mix(f1(t, a), b) }
func f3(t template, a, b, c uint64) uint64 { return mix(f2(t, a, b), c) }

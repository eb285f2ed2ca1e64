// Package fold lowercases words in place for dictionary look-ups, without
// the allocation of strings.ToLower; the stages that look words up in
// their tables (mention, quote, where) share it.
//
// It folds ASCII only and says when it cannot: callers fall back to
// strings.ToLower for other scripts. It does no Unicode case folding,
// accent stripping or normalisation.
package fold

import "unicode/utf8"

// LowerASCII lowercases b in place when it is all ASCII, as strings.ToLower
// would; it reports false, leaving b as it was, when b holds other runes.
func LowerASCII(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return false
		}
	}
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return true
}

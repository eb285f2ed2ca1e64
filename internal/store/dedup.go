package store

import (
	"crypto/sha256"
	"encoding/hex"
	"hash/fnv"
	"math/bits"
	"strings"
	"time"
	"unicode"

	"github.com/dyad-events/dyad"
)

// MergeRules say when two event mentions are the same event and when two
// documents are copies of one story. doc.go states the rules in full.
type MergeRules struct {
	// WindowDays is how far apart (in days) the date spans of two
	// mentions may lie and still merge. 0 means the default, 1; a
	// negative value means the spans must overlap.
	WindowDays int
	// NearBits is the largest Hamming distance between two documents'
	// simhashes for them to count as one story. 0 means the default, 3;
	// at most 3, because the band index finds only that many.
	NearBits int
}

func (r MergeRules) withDefaults() MergeRules {
	switch {
	case r.WindowDays == 0:
		r.WindowDays = 1
	case r.WindowDays < 0:
		r.WindowDays = 0
	}
	if r.NearBits <= 0 || r.NearBits > 3 {
		r.NearBits = 3
	}
	return r
}

// span is the run of days a date allows: one day, a week, a month, a year.
type span struct {
	lo, hi int64 // day numbers since 1970-01-01, inclusive
	ok     bool  // false when undated
}

func (s span) width() int64 { return s.hi - s.lo }

// dateSpan reads an event date (2025-05-03, 2025-W18, 2025-05, 2025),
// falling back to the publication date when the event has none.
func dateSpan(date string, published time.Time) span {
	if date == "" && !published.IsZero() {
		d := dayNumber(published)
		return span{d, d, true}
	}
	if t, err := time.Parse("2006-01-02", date); err == nil {
		d := dayNumber(t)
		return span{d, d, true}
	}
	if s, ok := weekSpan(date); ok {
		return s
	}
	if t, err := time.Parse("2006-01", date); err == nil {
		return span{dayNumber(t), dayNumber(t.AddDate(0, 1, -1)), true}
	}
	if t, err := time.Parse("2006", date); err == nil {
		return span{dayNumber(t), dayNumber(t.AddDate(1, 0, -1)), true}
	}
	return span{}
}

// weekSpan reads an ISO week "2025-W18" as Monday..Sunday.
func weekSpan(date string) (span, bool) {
	var year, week int
	if len(date) != 8 || date[4:6] != "-W" {
		return span{}, false
	}
	t, err := time.Parse("2006", date[:4])
	if err != nil {
		return span{}, false
	}
	year = t.Year()
	for _, c := range date[6:] {
		if c < '0' || c > '9' {
			return span{}, false
		}
		week = week*10 + int(c-'0')
	}
	// ISO week 1 holds January 4th; its Monday starts the count.
	jan4 := time.Date(year, 1, 4, 0, 0, 0, 0, time.UTC)
	monday := jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
	start := dayNumber(monday) + int64(week-1)*7
	return span{start, start + 6, true}, true
}

func dayNumber(t time.Time) int64 {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400
}

func dayString(n int64) string {
	return time.Unix(n*86400, 0).UTC().Format("2006-01-02")
}

// factual reports whether a modality says the event happened; only such
// mentions merge across modalities (asserted with reported).
func factual(m dyad.Modality) bool {
	return m == dyad.Asserted || m == dyad.Reported || m == ""
}

// placeKey names a place for comparison: gazetteer id, else country and
// lower-cased name. Empty when the event has no place.
func placeKey(p *dyad.Place) string {
	switch {
	case p == nil:
		return ""
	case p.GazID != "":
		return "gaz:" + p.GazID
	case p.Name == "" && p.Country == "":
		return ""
	}
	return p.Country + ":" + strings.ToLower(p.Name)
}

// words splits text into lower-case words of letters and digits, so
// punctuation, case and spacing differences between copies do not count.
func words(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// textHash is the SHA-256 of a text's words: the exact-copy test.
func textHash(ws []string) string {
	h := sha256.Sum256([]byte(strings.Join(ws, " ")))
	return hex.EncodeToString(h[:])
}

// shingleWidth is the number of words in a shingle. Four is long enough
// that two unrelated articles share few shingles, short enough that an
// edited copy keeps most.
const shingleWidth = 4

// simhash is the 64-bit simhash of a text's word shingles: texts that share
// most shingles get hashes a few bits apart. A text shorter than one
// shingle is hashed as a whole.
func simhash(ws []string) uint64 {
	var votes [64]int
	n := max(len(ws)-shingleWidth+1, 1)
	for i := range n {
		h := fnv.New64a()
		for _, w := range ws[i:min(i+shingleWidth, len(ws))] {
			h.Write([]byte(w))
			h.Write([]byte{0})
		}
		v := h.Sum64()
		for b := range 64 {
			if v&(1<<b) != 0 {
				votes[b]++
			} else {
				votes[b]--
			}
		}
	}
	var out uint64
	for b := range 64 {
		if votes[b] > 0 {
			out |= 1 << b
		}
	}
	return out
}

// bands cuts a simhash into four 16-bit bands. Two hashes at most three
// bits apart agree on at least one band, so each band is an index lookup.
func bands(h uint64) [4]int64 {
	var b [4]int64
	for i := range b {
		b[i] = int64(h >> (16 * i) & 0xffff)
	}
	return b
}

func hamming(a, b uint64) int { return bits.OnesCount64(a ^ b) }

package store

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"hash/fnv"
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
	// Similar is the least estimated Jaccard similarity of two
	// documents' word shingles for them to count as one story. 0 means
	// the default, 0.7.
	Similar float64
}

func (r MergeRules) withDefaults() MergeRules {
	switch {
	case r.WindowDays == 0:
		r.WindowDays = 1
	case r.WindowDays < 0:
		r.WindowDays = 0
	}
	if r.Similar <= 0 || r.Similar > 1 {
		r.Similar = 0.7
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

// A sketch is a MinHash signature: for each of sketchSize hash functions,
// the least hash of any shingle. The share of equal positions in two
// sketches estimates the Jaccard similarity of the two shingle sets.
const (
	sketchSize = 64
	bandRows   = 4 // sketch positions per LSH band
	numBands   = sketchSize / bandRows
)

type sketch [sketchSize]uint64

// shingles hashes every run of shingleWidth words; a text shorter than
// one shingle is hashed as a whole.
func shingles(ws []string) []uint64 {
	n := max(len(ws)-shingleWidth+1, 1)
	out := make([]uint64, 0, n)
	for i := range n {
		h := fnv.New64a()
		for _, w := range ws[i:min(i+shingleWidth, len(ws))] {
			h.Write([]byte(w))
			h.Write([]byte{0})
		}
		out = append(out, h.Sum64())
	}
	return out
}

// mix is the splitmix64 finaliser: position i's hash function is
// mix(shingle ^ seed_i), a cheap family of independent-looking hashes.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	return x ^ x>>31
}

func makeSketch(ws []string) sketch {
	var sk sketch
	for i := range sk {
		sk[i] = ^uint64(0)
	}
	for _, h := range shingles(ws) {
		for i := range sk {
			if v := mix(h ^ (uint64(i+1) * 0x9e3779b97f4a7c15)); v < sk[i] {
				sk[i] = v
			}
		}
	}
	return sk
}

// bands hashes each run of bandRows positions: two texts with Jaccard
// similarity J share at least one band with probability
// 1-(1-J^4)^16 — 0.99 at J=0.7, 0.64 at J=0.5, 0.05 at J=0.25.
func (sk sketch) bands() [numBands]int64 {
	var out [numBands]int64
	for b := range out {
		h := uint64(b + 1)
		for _, v := range sk[b*bandRows : (b+1)*bandRows] {
			h = mix(h ^ v)
		}
		out[b] = int64(h >> 1) // keep it positive for SQLite
	}
	return out
}

// similarity estimates the Jaccard similarity of the two shingle sets.
func (sk sketch) similarity(o sketch) float64 {
	n := 0
	for i := range sk {
		if sk[i] == o[i] {
			n++
		}
	}
	return float64(n) / sketchSize
}

func (sk sketch) bytes() []byte {
	b := make([]byte, 0, 8*sketchSize)
	for _, v := range sk {
		b = binary.LittleEndian.AppendUint64(b, v)
	}
	return b
}

func sketchOf(b []byte) (sketch, bool) {
	var sk sketch
	if len(b) != 8*sketchSize {
		return sk, false
	}
	for i := range sk {
		sk[i] = binary.LittleEndian.Uint64(b[8*i:])
	}
	return sk, true
}

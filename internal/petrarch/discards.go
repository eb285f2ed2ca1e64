package petrarch

import (
	"fmt"
	"strings"
	"unicode"
)

// DiscardSet finds discard phrases in text. It compares words, as the
// peers do on their upper-cased text: letters and digits only, case
// ignored, punctuation and '_' between words ("SEMI-FINAL" is the words
// SEMI FINAL, and so is "semi final"). It is read-only once built and
// safe for concurrent use.
type DiscardSet struct {
	byFirst map[string][]discardPhrase
	n       int
}

// discardPhrase is a discard with its phrase split into words.
type discardPhrase struct {
	words []string
	d     Discard
}

// NewDiscardSet indexes ds by their first word. Phrases with no word
// (only punctuation) can never match and are left out.
func NewDiscardSet(ds []Discard) *DiscardSet {
	s := &DiscardSet{byFirst: map[string][]discardPhrase{}}
	for _, d := range ds {
		ws := Words(d.Phrase)
		if len(ws) == 0 {
			continue
		}
		s.byFirst[ws[0]] = append(s.byFirst[ws[0]], discardPhrase{ws, d})
		s.n++
	}
	return s
}

// Len is the number of phrases the set can match.
func (s *DiscardSet) Len() int { return s.n }

// Find returns the discard whose phrase occurs earliest in text, the
// longest one when several start at the same word; a story discard is
// reported like any other (the caller decides the scope).
func (s *DiscardSet) Find(text string) (Discard, bool) {
	ws := Words(text)
	for i := range ws {
		best := -1
		cands := s.byFirst[ws[i]]
		for j, p := range cands {
			if hasAt(ws, i, p.words) && (best < 0 || len(p.words) > len(cands[best].words)) {
				best = j
			}
		}
		if best >= 0 {
			return cands[best].d, true
		}
	}
	return Discard{}, false
}

func hasAt(ws []string, i int, phrase []string) bool {
	if i+len(phrase) > len(ws) {
		return false
	}
	for k, w := range phrase {
		if ws[i+k] != w {
			return false
		}
	}
	return true
}

// Words splits s into the upper-cased runs of letters and digits that
// discard phrases are compared by.
func Words(s string) []string {
	f := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	for i, w := range f {
		f[i] = strings.ToUpper(w)
	}
	return f
}

// Source is the discard's file:line.
func (d Discard) Source() string { return fmt.Sprintf("%s:%d", d.File, d.Line) }

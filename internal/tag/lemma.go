package tag

import (
	"strings"
)

// Case changes an edit makes before cutting and appending.
const (
	caseKeep  = iota // leave the word as written
	caseLower        // lowercase it: "The" -> "the"
	caseTitle        // capitalize its first letter: "kerala" -> "Kerala" (a proper noun)
)

// edit turns a word into its lemma: change its case, cut strip bytes from
// the end, append add. "studies" -> "study" is {caseLower, 3, "y"}.
type edit struct {
	cas   uint8
	strip int
	add   string
}

// makeEdit finds the shortest edit from form to lemma. On ties it
// prefers to lowercase, then to capitalize (EWT lowercases all but proper
// nouns), unless keepCase says words of this tag usually keep their case
// (web addresses, names): then leaving the case wins ties.
func makeEdit(form, lemma string, keepCase bool) edit {
	best := diff(form, lemma, caseKeep)
	for _, c := range []uint8{caseTitle, caseLower} {
		e := diff(recase(form, c), lemma, c)
		if n, b := e.strip+len(e.add), best.strip+len(best.add); n < b || n == b && !keepCase {
			best = e
		}
	}
	return best
}

func diff(form, lemma string, c uint8) edit {
	n := 0
	for n < len(form) && n < len(lemma) && form[n] == lemma[n] {
		n++
	}
	return edit{cas: c, strip: len(form) - n, add: lemma[n:]}
}

// recase applies case change c to s.
func recase(s string, c uint8) string {
	switch c {
	case caseLower:
		return strings.ToLower(s)
	case caseTitle:
		if s != "" && s[0] >= 'a' && s[0] <= 'z' {
			return string(s[0]-'a'+'A') + s[1:]
		}
	}
	return s
}

func (e edit) apply(form string) string {
	form = recase(form, e.cas)
	if e.strip > len(form) {
		return form
	}
	if e.strip == 0 && e.add == "" {
		return form
	}
	return form[:len(form)-e.strip] + e.add
}

// maxSuffix is the longest word ending, in bytes, a lemma rule looks at.
const maxSuffix = 6

// lemmatizer chooses an edit for a word and its XPOS: a word seen in
// training whose edit the rules would get wrong is listed (as written,
// then lowercased); any other word takes the rule of its longest ending
// seen with that XPOS.
type lemmatizer struct {
	edits  []edit
	words  *table // lemmaKey -> edit number, the exceptions
	suffix *table // suffixKey -> edit number, the rules
	known  *table // hashString of every lowercased lemma seen in training
}

func lemmaKey(kind uint64, word string, xpos uint64) uint64 {
	return mix(mix(kind, hashString(word)), xpos)
}

func suffixKey(xpos uint64, suffix string) uint64 {
	return mix(mix(xpos, uint64(len(suffix))), hashString(suffix))
}

// lemma returns the lemma of form tagged xpos.
func (l *lemmatizer) lemma(form, xpos string) string {
	return l.edits[l.choose(form, xpos)].apply(form)
}

func (l *lemmatizer) choose(form, xpos string) uint32 {
	xh := hashString(xpos)
	if e, ok := l.words.get(lemmaKey(keyForm, form, xh)); ok {
		return e
	}
	lower := strings.ToLower(form)
	if e, ok := l.words.get(lemmaKey(keyNorm, lower, xh)); ok {
		return e
	}
	return l.rule(lower, xh)
}

// rule returns the edit for a word not listed: the edit of its longest
// known ending, unless that gives an unknown lemma and the edit of a
// shorter ending gives a lemma seen in training.
func (l *lemmatizer) rule(lower string, xh uint64) uint32 {
	first, found := uint32(0), false
	try := func(e uint32) bool {
		if !found {
			first, found = e, true
		}
		_, ok := l.known.get(l.edited(lower, e))
		return ok
	}
	for k := min(maxSuffix, len(lower)); k >= 0; k-- {
		if e, ok := l.suffix.get(suffixKey(xh, lower[len(lower)-k:])); ok && try(e) {
			return e
		}
	}
	return first
}

// edited hashes what edit e makes of the lowercased word, lowercased,
// without building the string.
func (l *lemmatizer) edited(lower string, e uint32) uint64 {
	ed := l.edits[e]
	if ed.strip > len(lower) {
		return hashString(lower)
	}
	h := uint64(fnvOffset)
	for i := 0; i < len(lower)-ed.strip; i++ {
		h = (h ^ uint64(lower[i])) * fnvPrime
	}
	for i := 0; i < len(ed.add); i++ {
		c := ed.add[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		h = (h ^ uint64(c)) * fnvPrime
	}
	return h
}

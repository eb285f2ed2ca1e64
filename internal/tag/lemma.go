package tag

import (
	"strings"
)

// edit turns a word into its lemma: optionally lowercase it, cut strip
// bytes from the end, append add. "studies" -> "study" is {false, 3, "y"};
// "The" -> "the" is {true, 0, ""}.
type edit struct {
	lower bool
	strip int
	add   string
}

// makeEdit finds the shortest edit from form to lemma, preferring to
// lowercase on ties since EWT lowercases all but proper nouns.
func makeEdit(form, lemma string) edit {
	a := diff(form, lemma, false)
	b := diff(strings.ToLower(form), lemma, true)
	if b.strip+len(b.add) <= a.strip+len(a.add) {
		return b
	}
	return a
}

func diff(form, lemma string, lower bool) edit {
	n := 0
	for n < len(form) && n < len(lemma) && form[n] == lemma[n] {
		n++
	}
	return edit{lower: lower, strip: len(form) - n, add: lemma[n:]}
}

func (e edit) apply(form string) string {
	if e.lower {
		form = strings.ToLower(form)
	}
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

// rule returns the edit of the longest known ending of lower.
func (l *lemmatizer) rule(lower string, xh uint64) uint32 {
	for k := min(maxSuffix, len(lower)); k > 0; k-- {
		if e, ok := l.suffix.get(suffixKey(xh, lower[len(lower)-k:])); ok {
			return e
		}
	}
	e, _ := l.suffix.get(suffixKey(xh, ""))
	return e
}

package tabari

import (
	"fmt"
	"strconv"
	"strings"
)

// Complex is the value of a "COMPLEX:" option: the limits past which
// TABARI calls a sentence complex and leaves it uncoded, as in
// "VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN". A zero limit is off.
type Complex struct {
	Verbs  int // more verbs than this is complex
	Actors int // more actors than this is complex
	Conj   int // more conjunctions than this is complex
	// NoActPrior: a sentence with no actor before its first verb is complex.
	NoActPrior bool
	// Explain asks for the reason to be written out.
	Explain bool
	// Unknown holds the words of the value this reader does not know.
	Unknown []string
}

// ParseComplex reads a COMPLEX option's value. Words it does not know
// (and limits whose count is not a number) are kept in Unknown, so that a
// caller can say which it ignores.
func ParseComplex(value string) Complex {
	var c Complex
	for _, w := range strings.Fields(strings.ToUpper(value)) {
		name, n, limit := cutLimit(w)
		switch {
		case limit && name == "VERBS":
			c.Verbs = n
		case limit && name == "ACTORS":
			c.Actors = n
		case limit && name == "CONJ":
			c.Conj = n
		case w == "NOACTPRIOR":
			c.NoActPrior = true
		case w == "EXPLAIN":
			c.Explain = true
		default:
			c.Unknown = append(c.Unknown, w)
		}
	}
	return c
}

// cutLimit reads "NAME[n]" with n > 0.
func cutLimit(w string) (string, int, bool) {
	name, rest, ok := strings.Cut(w, "[")
	if !ok || !strings.HasSuffix(rest, "]") {
		return "", 0, false
	}
	n, err := strconv.Atoi(strings.TrimSuffix(rest, "]"))
	if err != nil || n <= 0 {
		return "", 0, false
	}
	return name, n, true
}

// Counts is what Check needs to know of a sentence.
type Counts struct {
	Verbs, Actors, Conj int
	// ActorBeforeVerb is whether an actor is named before the first verb.
	ActorBeforeVerb bool
}

// Check reports whether a sentence with counts n is complex, and why.
func (c Complex) Check(n Counts) (string, bool) {
	switch {
	case c.Verbs > 0 && n.Verbs > c.Verbs:
		return fmt.Sprintf("%d verbs, more than VERBS[%d]", n.Verbs, c.Verbs), true
	case c.Actors > 0 && n.Actors > c.Actors:
		return fmt.Sprintf("%d actors, more than ACTORS[%d]", n.Actors, c.Actors), true
	case c.Conj > 0 && n.Conj > c.Conj:
		return fmt.Sprintf("%d conjunctions, more than CONJ[%d]", n.Conj, c.Conj), true
	case c.NoActPrior && n.Verbs > 0 && !n.ActorBeforeVerb:
		return "no actor before the first verb (NOACTPRIOR)", true
	}
	return "", false
}

// Active reports whether any limit is set.
func (c Complex) Active() bool {
	return c.Verbs > 0 || c.Actors > 0 || c.Conj > 0 || c.NoActPrior
}

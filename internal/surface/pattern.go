package surface

import (
	"strings"

	"github.com/dyad-events/dyad/internal/petrarch"
)

// elemKind is the kind of one pattern element.
type elemKind int

const (
	elemWord     elemKind = iota // a literal word
	elemSource                   // '$': the source actor
	elemTarget                   // '+': the target actor
	elemSynset                   // '&NAME': any member of a synonym set
	elemAlt                      // '{ A | B C }': any one of several word runs
	elemCompound                 // '%': a compound actor whose members act on each other
	elemSkip                     // '^': any one actor, skipped
)

// elem is one element of a compiled pattern.
type elem struct {
	kind     elemKind
	w        word
	synset   string
	alts     [][]word // elemAlt: each alternative's adjacent words
	joinNext bool     // joined to the next element (or the verb) by '_'
}

// pattern is a compiled verb pattern: elements left and right of the verb.
type pattern struct {
	left, right []elem
	code        string
	reverse     string // code of the reverse event of "[032:033]"
	verbJoin    bool   // the first right element must follow the verb at once
	size        int    // number of elements, used to prefer specific patterns
}

// compile turns a dictionary pattern into elements; ok is false for
// notation the matcher does not support ('|' alternatives, no verb '*').
func compile(p petrarch.Pattern) (pattern, bool) {
	var seq []elem
	verbAt := -1
	words := splitBraces(p.Words)
	for len(words) > 0 {
		w := words[0]
		words = words[1:]
		if w == "_" {
			if len(seq) > 0 {
				seq[len(seq)-1].joinNext = true
			}
			continue
		}
		if strings.HasPrefix(w, "{") {
			if alt, rest, ok := alternatives(append([]string{w}, words...)); ok {
				seq, words = append(seq, alt), rest
				continue
			}
		}
		// '~' marks a stem ("REAL~" for REALLY); prefix matching already
		// does that, so it is dropped.
		w = strings.ReplaceAll(strings.Trim(w, "(){}"), "~", "")
		parts := strings.Split(w, "_")
		for k, part := range parts {
			if part == "" {
				continue
			}
			exact := k+1 < len(parts) && parts[k+1] == "" && k+2 == len(parts)
			join := k+1 < len(parts) && parts[k+1] != ""
			if part == "*" {
				verbAt = len(seq)
				seq = append(seq, elem{joinNext: join})
				continue
			}
			seq = append(seq, literal(part, exact, join)...)
		}
	}
	if verbAt < 0 {
		return pattern{}, false
	}
	pt := pattern{code: p.Code, reverse: p.Reverse, size: len(seq) - 1}
	pt.left = seq[:verbAt]
	pt.right = seq[verbAt+1:]
	pt.verbJoin = seq[verbAt].joinNext
	return pt, true
}

func makeElem(part string, exact, join bool) elem {
	switch {
	case part == "$":
		return elem{kind: elemSource, joinNext: join}
	case part == "+":
		return elem{kind: elemTarget, joinNext: join}
	case part == "%":
		return elem{kind: elemCompound, joinNext: join}
	case part == "^":
		return elem{kind: elemSkip, joinNext: join}
	case part[0] == '&':
		return elem{kind: elemSynset, synset: part, joinNext: join}
	}
	return elem{kind: elemWord, w: word{text: strings.ToUpper(part), exact: exact}, joinNext: join}
}

// alternatives reads TABARI's "{ A | B C }" from the start of words; ok is
// false for PETRARCH's "{A B}" noun-phrase braces, which have no '|'.
func alternatives(words []string) (e elem, rest []string, ok bool) {
	end := -1
	for i, w := range words {
		if strings.HasSuffix(w, "}") {
			end = i
			break
		}
	}
	if end < 0 {
		return elem{}, nil, false
	}
	body := strings.Trim(strings.Join(words[:end+1], " "), "{} ")
	if !strings.Contains(body, "|") {
		return elem{}, nil, false
	}
	e.kind = elemAlt
	for _, a := range strings.Split(body, "|") {
		if ws := splitPhrase(a); len(ws) > 0 {
			ws[len(ws)-1].exact = strings.HasSuffix(strings.TrimSpace(a), "_")
			e.alts = append(e.alts, ws)
		}
	}
	return e, words[end+1:], len(e.alts) > 0
}

// literal makes the elements of one pattern word, split as the tokenizer
// splits text; the pieces are adjacent.
func literal(part string, exact, join bool) []elem {
	if part == "$" || part == "+" || part == "%" || part == "^" || part[0] == '&' {
		return []elem{makeElem(part, exact, join)}
	}
	ws := splitWord(strings.ToUpper(part))
	out := make([]elem, len(ws))
	for i, w := range ws {
		last := i == len(ws)-1
		out[i] = makeElem(w, exact || !last, join || !last)
	}
	return out
}

// splitBraces makes TABARI's braces of alternatives separate words, with
// a "_" word where a brace is joined to its neighbour: "APPLY_{ A | B
// }_TALKS" becomes APPLY _ { A | B } _ TALKS.
func splitBraces(words []string) []string {
	out := make([]string, 0, len(words))
	for _, w := range words {
		if i := strings.IndexByte(w, '{'); i > 0 {
			pre, joined := strings.CutSuffix(w[:i], "_")
			out = append(out, pre)
			if joined {
				out = append(out, "_")
			}
			w = w[i:]
		}
		j := strings.LastIndexByte(w, '}')
		if j < 0 || j == len(w)-1 {
			out = append(out, w)
			continue
		}
		out = append(out, w[:j+1])
		rest, joined := strings.CutPrefix(w[j+1:], "_")
		if joined {
			out = append(out, "_")
		}
		if rest != "" {
			out = append(out, rest)
		}
	}
	return out
}

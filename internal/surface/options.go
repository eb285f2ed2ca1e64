package surface

import "strings"

// CodeBy says how many events a sentence may give (TABARI's SET: CODE ...).
type CodeBy int

const (
	ByClause   CodeBy = iota // the first verb yielding an event in each clause
	BySentence               // the first verb yielding an event in the sentence
	ByVerb                   // every verb (TABARI's CODE ALL)
)

// Comma holds the lengths, in words, of comma-delimited clauses dropped
// before coding (TABARI's COMMA option, PETRARCH's comma_* settings):
// internal ", ... ," clauses of Min..Max words, a sentence's beginning
// up to its first comma of BMin..BMax words, and its end after the last
// comma of EMin..EMax words. A range with Max < Min drops nothing.
type Comma struct {
	Min, Max, BMin, BMax, EMin, EMax int
}

// Options are the peers' coding options the Coder applies.
type Options struct {
	// DefSource and DefTarget stand in for a missing source or target
	// (TABARI's DEFAULT option); "" means the event is not coded.
	DefSource, DefTarget string
	// SourceAfterVerb: a verb with no actor before it takes the first
	// actor after it as its source, and the next as its target (TABARI's
	// DEFAULT without PRIOR).
	SourceAfterVerb bool
	// TargetInCompound: a verb with no actor after it takes the actor
	// after its source as its target, even in the same compound (TABARI's
	// DEFAULT without AFTER).
	TargetInCompound bool
	// MinWords: a sentence of fewer words codes nothing (TABARI's
	// SET: MINIMUM WORDS); 0 codes any.
	MinWords int
	CodeBy   CodeBy
	Comma    Comma
	// ActorGap is how many tokens may stand where an actor, agent,
	// synonym-set or pattern-alternative phrase has a space ("ITHILEN
	// TELEVISION" in "Ithilen state-run television"), as TABARI reads
	// its dictionaries; 0 treats a space as '_' (adjacent words), as
	// PETRARCH does.
	ActorGap int
	// ConvertAgents makes an agent with no actor next to it an actor of
	// its own, coded "~CODE" (TABARI's SET: CONVERT AGENT).
	ConvertAgents bool
	Complex       Complex
	// WholeWords makes a dictionary word without a final '_' match only
	// itself and its regular forms (-S, -ED, -ING...), as PETRARCH reads
	// its dictionaries; otherwise it matches any token it begins, as
	// TABARI does ("ACCEPT" matches ACCEPTANCE).
	WholeWords bool
	// TargetBeforeVerb: with no target after the verb, the next actor
	// after the source is the target, as in TABARI ("ARNOR WILL RESTORE
	// TIES WITH GONDOR AFTER CROWDS BURNED DOWN ITS EMBASSY" gives
	// Arnor burning against Gondor when every verb is coded).
	TargetBeforeVerb bool
	// Forward: in a document, a pronoun before any actor of its sentence
	// stands for the previous sentence's first actor (its own code,
	// without agents), as TABARI's FORWARD option does.
	Forward bool
}

// Complex says when a sentence is too complex to code (TABARI's COMPLEX
// option): with Verbs or more verbs, Conj or more conjunctions outside
// compound actors (0 = no limit), or, when NoActorPrior is set, no actor
// before its first verb. Null-coded ("---") verbs are not counted.
type Complex struct {
	Verbs, Conj  int
	NoActorPrior bool
}

// DefaultOptions are TABARI's defaults for comma clauses (beginnings are
// kept) with every sentence coded clause by clause.
func DefaultOptions() Options {
	return Options{Comma: Comma{Min: 2, Max: 10, EMin: 2, EMax: 10}}
}

// WithOptions returns a Coder that codes with o.
func (c *Coder) WithOptions(o Options) *Coder {
	cp := *c
	cp.opts = o
	return &cp
}

// Options returns the options c codes with.
func (c *Coder) Options() Options { return c.opts }

// isWord reports whether a token counts as a word for MinWords and comma
// clause lengths: punctuation and clitics ("'S", "N'T") do not.
func isWord(t string) bool {
	if strings.HasPrefix(t, "'") || t == "N'T" {
		return false
	}
	return strings.ContainsFunc(t, func(r rune) bool {
		return r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r > 127
	})
}

// countWords counts the words of toks.
func countWords(toks []string) int {
	n := 0
	for _, t := range toks {
		if isWord(t) {
			n++
		}
	}
	return n
}

// dropCommaClauses removes the comma-delimited clauses cm asks for (and
// their tags, when pos is not nil). Only the first comma of an internal
// clause is kept; a dropped beginning or end takes its comma with it.
// Commas for which list is true separate list members, not clauses.
func dropCommaClauses(toks, pos []string, cm Comma, list func(int) bool) ([]string, []string) {
	keep := make([]bool, len(toks))
	for i := range keep {
		keep[i] = true
	}
	commas := commaAt(toks, list)
	in := func(n, lo, hi int) bool { return n >= lo && n <= hi }
	// A comma that opens or closes a dropped aside bounds no beginning
	// or end clause: ", as X noted , praised Y" keeps "praised Y".
	aside := map[int]bool{}
	for k := 0; k+1 < len(commas); k++ {
		a, b := commas[k], commas[k+1]
		if in(countWords(toks[a+1:b]), cm.Min, cm.Max) {
			clear(keep[a+1 : b+1])
			aside[a], aside[b] = true, true
			k++ // the closing comma is gone: it opens no clause
		}
	}
	if len(commas) > 0 {
		first, last := commas[0], commas[len(commas)-1]
		if !aside[first] && in(countWords(toks[:first]), cm.BMin, cm.BMax) {
			clear(keep[:first+1])
		}
		if !aside[last] && in(countWords(toks[last+1:]), cm.EMin, cm.EMax) {
			clear(keep[last:])
			keep[len(toks)-1] = !isWord(toks[len(toks)-1]) // the final stop stays
		}
	}
	return kept(toks, keep), kept(pos, keep)
}

// commaAt lists the indexes of the comma tokens that are not list commas.
func commaAt(toks []string, list func(int) bool) []int {
	var out []int
	for i, t := range toks {
		if t == "," && !list(i) {
			out = append(out, i)
		}
	}
	return out
}

// kept returns the xs whose keep flag is set; nil stays nil.
func kept(xs []string, keep []bool) []string {
	if xs == nil {
		return nil
	}
	out := make([]string, 0, len(xs))
	for i, x := range xs {
		if keep[i] {
			out = append(out, x)
		}
	}
	return out
}

// tooComplex applies the Complex limits to a sentence whose actors are
// found.
func (s *sentence) tooComplex() bool {
	cx := s.c.opts.Complex
	verbs, conj, first := 0, 0, -1
	for i, t := range s.toks {
		switch {
		case s.inActor[i] != 0:
		case t == "AND" || t == "OR" || t == "BUT":
			if !s.inCompound(i) {
				conj++
			}
		case s.verbable(i):
			if v, n := s.c.verbs.longestGap(s.toks, i, 0, s.c.opts.WholeWords); n > 0 && v.code != nullCode {
				verbs++
				if first < 0 {
					first = i
				}
			}
		}
	}
	return cx.Verbs > 0 && verbs >= cx.Verbs || cx.Conj > 0 && conj >= cx.Conj ||
		cx.NoActorPrior && first >= 0 && (len(s.mentions) == 0 || s.mentions[0].start > first)
}

// inCompound reports whether token i lies between two actors of one
// compound ("ARNOR AND GONDOR").
func (s *sentence) inCompound(i int) bool {
	for k := 0; k+1 < len(s.mentions); k++ {
		a, b := s.mentions[k], s.mentions[k+1]
		if a.end <= i && i < b.start {
			return a.group == b.group
		}
	}
	return false
}

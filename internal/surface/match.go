package surface

import "strings"

// Triple is one coded event: source, target and CAMEO event code.
type Triple struct {
	Source, Target, Code string
}

// mention is an actor (with any agent folded in) found in a sentence.
type mention struct {
	start, end int // token span
	code       string
	base       string // the actor's own code, without agents; "" for pronouns
	group      int    // mentions joined by "AND" or "," share a group
}

// sentence is one sentence being coded.
type sentence struct {
	c        *Coder
	toks     []string
	mentions []mention
	pos      []string // UD tags of toks, nil when untagged
	inActor  []int    // token -> mention index + 1, 0 when outside actors
	clause   int      // first token of a conjoined verb phrase, 0 for none
	start    int      // first token of the current ';' clause
	lastSrc  int      // source mention of the last coded event, -1 for none
	complex  bool     // a "+++" code took part in an event: code nothing
	prior    string   // actor a leading pronoun stands for (Options.Forward)
}

// Code returns the events in one sentence of upper-case tokens coded on
// day yyyymmdd (0 = unknown).
func (c *Coder) Code(toks []string, day int) []Triple {
	out, _ := c.code(toks, nil, day, "")
	return out
}

// code codes tokens with their UD part-of-speech tags (nil when untagged);
// a pronoun before any actor stands for prior when it is not "". It also
// returns the first actor's own code, for the next sentence.
func (c *Coder) code(toks, pos []string, day int, prior string) ([]Triple, string) {
	if c.discarded(toks) {
		return nil, ""
	}
	if countWords(toks) < c.opts.MinWords {
		return nil, ""
	}
	toks, pos = dropCommaClauses(toks, pos, c.opts.Comma, c.listCommas(toks, pos, day))
	s := &sentence{c: c, toks: toks, pos: pos, lastSrc: -1, prior: prior}
	s.findActors(day)
	first := s.firstBase()
	if s.tooComplex() || s.hasDiscardCode() {
		return nil, first
	}
	var out []Triple
	coded := false // the current clause has coded its event
	for i := 0; i < len(toks); i++ {
		if clauseBreak(toks, i) {
			s.start = i + 1
			coded = coded && c.opts.CodeBy != ByClause
		}
		if (coded && c.opts.CodeBy == ByClause || c.opts.CodeBy == ByVerb) && s.conjoinedVerb(i) {
			// "... AND PROMISED AID": a second verb phrase sharing the
			// clause's subject codes its own event.
			coded, s.clause = false, i+1
		}
		if coded || s.inActor[i] != 0 || !s.verbable(i) {
			continue
		}
		v, n := c.verbs.longestGap(toks, i, 0, c.opts.WholeWords)
		if n == 0 {
			continue
		}
		got := s.code(v, i, i+n)
		out = append(out, got...)
		coded = len(got) > 0 && c.opts.CodeBy != ByVerb
		i += n - 1
	}
	if s.complex {
		return nil, first
	}
	return dedupe(dominant(out)), first
}

// firstBase is the own code of the sentence's first actor that is not a
// pronoun, "" when there is none.
func (s *sentence) firstBase() string {
	for _, m := range s.mentions {
		if m.base != "" {
			return m.base
		}
	}
	return ""
}

// dominant keeps only the events whose code ends in '!' when there are
// any, without the mark: TABARI's dominant codes ("ATTEND [031!]") stand
// for the whole sentence.
func dominant(ts []Triple) []Triple {
	var dom []Triple
	for _, t := range ts {
		if c, ok := strings.CutSuffix(t.Code, "!"); ok {
			t.Code = c
			dom = append(dom, t)
		}
	}
	if dom == nil {
		return ts
	}
	return dom
}

// clauseBreak reports whether a new clause starts at token i: like the
// peers, each clause codes only its first verb that yields an event.
// Only ';' splits: splitting at "AND" or "BUT" lost more records than it
// gained on both validation suites.
func clauseBreak(toks []string, i int) bool { return toks[i] == ";" }
func (c *Coder) discarded(toks []string) bool {
	for i := range toks {
		if _, n := c.discards.longest(toks, i); n > 0 {
			return true
		}
	}
	return false
}

// verbable rejects tokens that are listed nouns or follow a determiner.
func (s *sentence) verbable(i int) bool {

	if _, n := s.c.nouns.longest(s.toks, i); n > 0 {
		return false
	}
	if i > 0 {
		switch s.toks[i-1] {
		case "THE", "A", "AN":
			return false
		}
	}
	return true
}

func dedupe(in []Triple) []Triple {
	seen := map[Triple]bool{}
	out := in[:0]
	for _, t := range in {
		if !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	return out
}

// hasDiscardCode reports whether an actor or verb phrase of the sentence
// is coded "###": TABARI discards the whole sentence then.
func (s *sentence) hasDiscardCode() bool {
	for _, m := range s.mentions {
		if m.code == discardCode {
			return true
		}
	}
	for i := range s.toks {
		if v, n := s.c.verbs.longestGap(s.toks, i, 0, s.c.opts.WholeWords); n > 0 && v.code == discardCode {
			return true
		}
	}
	return false
}

// listCommas returns a test for commas between two actors ("WITH ARNOR,
// THE NEW GONDOR, AND ROHAN"): those separate a compound's members, not
// clauses.
func (c *Coder) listCommas(toks, pos []string, day int) func(int) bool {
	s := &sentence{c: c, toks: toks, pos: pos}
	s.findActors(day)
	return func(i int) bool {
		if i == 0 || s.inActor[i-1] == 0 {
			return false
		}
		j := i + 1
		for j < len(toks) && s.inActor[j] == 0 && j-i <= 3 && (isArticle(toks[j]) || toks[j] == "AND" || s.adjective(j)) {
			j++
		}
		return j < len(toks) && s.inActor[j] != 0
	}
}

// isArticle reports whether t is an article.
func isArticle(t string) bool { return t == "THE" || t == "A" || t == "AN" }

// conjoinedVerb reports whether token i is AND or BUT (optionally followed
// by THEN) right before a verb or a new subject, or OR right before a verb.
func (s *sentence) conjoinedVerb(i int) bool {
	switch s.toks[i] {
	case "AND", "BUT":
	case "OR": // "... OR ASSAIL ARNOR"; "OR GONDOR" is no new subject
		return i+1 < len(s.toks) && s.inActor[i+1] == 0 && s.verbAt(i+1)
	default:
		return false
	}
	j := i + 1
	if j < len(s.toks) && s.toks[j] == "THEN" {
		j++
	}
	// "... AND GONDOR ASKED", "... AND THEN IT REQUESTED": a new subject
	// starts a clause, unless AND joins two actors into a compound.
	if j < len(s.toks) && s.inActor[j] != 0 && (i == 0 || s.inActor[i-1] == 0) {
		return true
	}
	return j < len(s.toks) && s.inActor[j] == 0 && s.verbAt(j)
}

// verbAt reports whether a verb phrase that may be coded starts at token j.
func (s *sentence) verbAt(j int) bool {
	if !s.verbable(j) {
		return false
	}
	_, n := s.c.verbs.longestGap(s.toks, j, 0, s.c.opts.WholeWords)
	return n > 0
}

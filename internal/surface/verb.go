package surface

import (
	"slices"
	"strings"
)

// code codes the verb at tokens [vs, ve): the best pattern, else the
// verb's own code with the nearest actors around it.
func (s *sentence) code(v *verb, vs, ve int) []Triple {
	code, rev, src, tgt, cmp := v.code, v.reverse, -1, -1, -1
	best := -1
	for _, p := range v.patterns {
		if p.size <= best {
			continue
		}
		if b, ok := s.match(p, vs, ve); ok {
			best, code, rev, src, tgt, cmp = p.size, p.code, p.reverse, b.src, b.tgt, b.cmp
		}
	}
	if cmp >= 0 && !noCode(code) && code != complexCode {
		return s.among(cmp, code, rev)
	}
	if stopsSentence(code) {
		s.complex = true
	}
	if noCode(code) {
		return nil
	}
	if src < 0 && tgt < 0 {
		src, tgt = s.passive(vs, ve)
	}
	if src < 0 && s.clause > 0 {
		src = s.inClause(vs)
	}
	if src < 0 {
		src = s.firstBefore(vs)
	}
	src, tgt, single := s.nextActors(src, tgt, ve)
	if tgt < 0 {
		tgt = s.firstAfter(ve, src)
	}
	if tgt < 0 && src >= 0 && s.c.opts.TargetBeforeVerb && s.c.opts.DefTarget == "" {
		tgt = s.firstAfter(s.mentions[src].end, src)
	}
	srcs, tgts := s.side(src, s.c.opts.DefSource), s.side(tgt, s.c.opts.DefTarget)
	if single {
		srcs, tgts = s.one(src, srcs), s.one(tgt, tgts)
	}
	if slices.ContainsFunc(srcs, stopsSentence) || slices.ContainsFunc(tgts, stopsSentence) {
		s.complex = true
		return nil
	}
	if len(srcs) > 0 && len(tgts) > 0 {
		s.lastSrc = src
	}
	return pairs(srcs, tgts, code, rev)
}

// pairs gives each source's event on each other target, and the reverse
// event when the code has one.
func pairs(srcs, tgts []string, code, rev string) []Triple {
	var out []Triple
	for _, a := range srcs {
		for _, b := range tgts {
			if a == b {
				continue
			}
			out = append(out, Triple{Source: a, Target: b, Code: code})
			if !noCode(rev) {
				out = append(out, Triple{Source: b, Target: a, Code: rev})
			}
		}
	}
	return out
}

// nextActors fills a missing source from the first actor after the verb
// (Options.SourceAfterVerb) and a missing target from the actor after
// the source (Options.TargetInCompound); single is set when the actors
// so found stand alone, not for their compounds.
func (s *sentence) nextActors(src, tgt, ve int) (int, int, bool) {
	o, single := s.c.opts, false
	if src < 0 && o.SourceAfterVerb {
		if src = s.firstAfter(ve, -1); src >= 0 && tgt < 0 {
			tgt, single = s.next(src), true
		}
	}
	if tgt < 0 && src >= 0 && o.TargetInCompound && s.firstAfter(ve, src) < 0 {
		tgt, single = s.next(src), true
	}
	return src, tgt, single
}

// next is the mention after mention k, -1 for none.
func (s *sentence) next(k int) int {
	if k+1 < len(s.mentions) {
		return k + 1
	}
	return -1
}

// one is mention k's own code, or def (a default) when k < 0.
func (s *sentence) one(k int, def []string) []string {
	if k < 0 {
		return def
	}
	return strings.Split(s.mentions[k].code, "/")
}

// side is the codes of mention k's group, or the default code when k < 0.
func (s *sentence) side(k int, def string) []string {
	switch {
	case k >= 0:
		return s.members(k)
	case def != "":
		return []string{def}
	}
	return nil
}

// inClause is the first actor of the conjoined verb phrase before token
// vs, else the source of the event before it.
func (s *sentence) inClause(vs int) int {
	for k, m := range s.mentions {
		if m.start >= s.clause && m.end <= vs {
			return k
		}
	}
	return s.lastSrc
}

// firstBefore is the first actor of the clause before token vs.
func (s *sentence) firstBefore(vs int) int {
	for k, m := range s.mentions {
		if m.start >= s.start && m.end <= vs {
			return k
		}
	}
	return -1
}

// firstAfter is the first actor after token ve outside the source's group.
func (s *sentence) firstAfter(ve, src int) int {
	for k, m := range s.mentions {
		if m.start >= ve && (src < 0 || m.group != s.mentions[src].group) {
			return k
		}
	}
	return -1
}

// binding is what a pattern's '$', '+' and '%' matched: mention
// indexes, -1 for none.
type binding struct{ src, tgt, cmp int }

// match tries p around the verb and returns the mentions it binds.
func (s *sentence) match(p pattern, vs, ve int) (b binding, ok bool) {
	b = binding{-1, -1, -1}
	cur := ve
	for i, e := range p.right {
		adj := (i == 0 && p.verbJoin) || (i > 0 && p.right[i-1].joinNext)
		next, m, found := s.find(e, cur, adj)
		if !found {
			return b, false
		}
		b.bind(e, m)
		cur = next
	}
	cur = vs - 1
	for i := len(p.left) - 1; i >= 0; i-- {
		e := p.left[i]
		next, m, found := s.findLeft(e, cur, e.joinNext)
		if !found {
			return b, false
		}
		b.bind(e, m)
		cur = next
	}
	return b, true
}

func (b *binding) bind(e elem, m int) {
	switch e.kind {
	case elemSource:
		b.src = m
	case elemTarget:
		b.tgt = m
	case elemCompound:
		b.cmp = m
	}
}

// among codes a '%' match: each member of the compound acts on each
// other member, which answers with the reverse code when there is one
// ("ARNOR AND GONDOR MET").
func (s *sentence) among(k int, code, rev string) []Triple {
	ms := s.members(k)
	return pairs(ms, ms, code, rev)
}

// find looks rightwards from token cur for e (only at cur when adj); it
// returns the token after the match and the mention bound, if any.
func (s *sentence) find(e elem, cur int, adj bool) (next, m int, ok bool) {
	for p := cur; p < len(s.toks); p++ {
		if n, mk := s.at(e, p); n > 0 {
			return p + n, mk, true
		}
		if adj {
			break
		}
	}
	return 0, -1, false
}

// findLeft looks leftwards from token cur for e ending there.
func (s *sentence) findLeft(e elem, cur int, adj bool) (next, m int, ok bool) {
	for p := cur; p >= 0; p-- {
		if e.isActor() {
			if k := s.inActor[p]; k != 0 && s.mentions[k-1].end == p+1 && e.takes(s, k-1) {
				return s.mentions[k-1].start - 1, k - 1, true
			}
		} else if n := s.endingAt(e, p); n > 0 {
			return p - n, -1, true
		}
		if adj {
			break
		}
	}
	return 0, -1, false
}

// at reports how many tokens e matches starting at token p.
func (s *sentence) at(e elem, p int) (n, m int) {
	switch e.kind {
	case elemWord:
		if e.w.matches(s.toks[p], s.c.opts.WholeWords) {
			return 1, -1
		}
	case elemSource, elemTarget, elemCompound, elemSkip:
		if k := s.inActor[p]; k != 0 && s.mentions[k-1].start == p && e.takes(s, k-1) {
			return s.mentions[k-1].end - p, k - 1
		}
	case elemSynset:
		if ix := s.c.synsets[strings.TrimRight(e.synset, "_")]; ix != nil {
			_, n := ix.longestGap(s.toks, p, s.c.opts.ActorGap, s.c.opts.WholeWords)
			return n, -1
		}
	case elemAlt:
		for _, a := range e.alts {
			if n, _ := (phrase[bool]{words: a}).at(s.toks, p, s.c.opts.ActorGap, s.c.opts.WholeWords); n > 0 {
				return n, -1
			}
		}
	}
	return 0, -1
}

// complexCode, on a verb, pattern or actor, marks a sentence the peers
// judge too complex to code: when it takes part in an event, the whole
// sentence codes nothing (TABARI's "[+++]").
const complexCode = "+++"

// discardCode marks a sentence to discard (TABARI's "[###]"), with the
// same effect.
const discardCode = "###"

// stopsSentence reports codes that stop the whole sentence from coding.
func stopsSentence(code string) bool { return code == complexCode || code == discardCode }

// isActor reports whether e matches a whole actor mention.
func (e elem) isActor() bool {
	switch e.kind {
	case elemSource, elemTarget, elemCompound, elemSkip:
		return true
	}
	return false
}

// takes reports whether e accepts mention k: '%' wants a compound.
func (e elem) takes(s *sentence, k int) bool {
	return e.kind != elemCompound || len(s.members(k)) > 1
}

// noCode reports codes that mean "no event": "---", "###", "+++" and
// tentative codes ending in '?'.
func noCode(code string) bool {
	switch code {
	case "", "---", "###", "+++":
		return true
	}
	return strings.HasSuffix(code, "?")
}

// endingAt reports how many tokens e matches ending at token p.
func (s *sentence) endingAt(e elem, p int) int {
	for n := 1; n <= p+1 && n <= 6; n++ {
		if got, _ := s.at(e, p-n+1); got == n {
			return n
		}
	}
	return 0
}

// passive finds "TARGET WAS VERBED BY SOURCE": a form of BE right before
// the verb and BY with an actor after it.
func (s *sentence) passive(vs, ve int) (src, tgt int) {
	be := vs - 1
	for be > 0 && strings.HasSuffix(s.toks[be], "LY") {
		be-- // "WAS FIERCELY OPPOSED"
	}
	if be < 0 {
		return -1, -1
	}
	switch s.toks[be] {
	case "WAS", "WERE", "IS", "ARE", "BEEN", "BE", "BEING":
	default:
		return -1, -1
	}
	for p := ve; p+1 < len(s.toks) && p < ve+3; p++ {
		if k := s.inActor[p+1]; s.toks[p] == "BY" && k != 0 {
			if t := s.firstBefore(vs); t >= 0 {
				return k - 1, t
			}
		}
	}
	return -1, -1
}

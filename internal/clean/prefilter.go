package clean

import (
	"regexp/syntax"
	"strings"
)

// need is a prefilter for a regexp rule: any match contains one of lits.
// When fold is set the literals are lower-case and are looked for in the
// lower-cased line; otherwise in the line as it is.
type need struct {
	lits   []string
	keys   []gramKey // per literal, for the bigram test
	fold   bool
	prefix bool // the line must start with one of lits
}

// probe is a line being matched against rules, with what the matchers
// may reuse: its lower-cased form and the set of its byte pairs.
type probe struct {
	line, lower string // lower is "" when not computed
	grams       *bigrams
}

// newProbe prepares line for many rules: it lower-cases it and indexes its
// byte pairs, so most contains tests end after two bit lookups.
// lower may be passed in when known, else "".
func newProbe(line, lower string, grams *bigrams) probe {
	if lower == "" {
		lower = strings.ToLower(line)
	}
	grams.index(lower)
	return probe{line: line, lower: lower, grams: grams}
}

// mayMatch is a cheap test that fails when a line lacks a literal every
// match of the rule's regexp contains, which saves running most regexps.
// Probes without the lower-cased line skip the folded needs.
func (r *Rule) mayMatch(p *probe) bool {
	for _, n := range r.needs {
		s := p.line
		if n.fold {
			if p.lower == "" {
				continue
			}
			s = p.lower
		}
		if !containsAny(p, s, n) {
			return false
		}
	}
	return true
}

func containsAny(p *probe, s string, n need) bool {
	if n.prefix {
		for _, l := range n.lits {
			if strings.HasPrefix(s, l) {
				return true
			}
		}
		return false
	}
	for i, l := range n.lits {
		if p.mayContain(n.keys[i]) && strings.Contains(s, l) {
			return true
		}
	}
	return false
}

// bigrams is a hashed set of the byte pairs of a line.
type bigrams [64]uint64

// gramKey names the first and last byte pair of a lower-cased ASCII literal;
// ok is false when the literal is too short or not ASCII to be tested.
type gramKey struct {
	first, last uint16
	ok          bool
}

func gramHash(a, b byte) uint16 { return (uint16(a)*31 + uint16(b)) & 4095 }

func keyOf(lit string) gramKey {
	lit = strings.ToLower(lit)
	if len(lit) < 2 || strings.IndexFunc(lit, func(r rune) bool { return r >= 0x80 }) >= 0 {
		return gramKey{}
	}
	return gramKey{first: gramHash(lit[0], lit[1]), last: gramHash(lit[len(lit)-2], lit[len(lit)-1]), ok: true}
}

func (g *bigrams) index(s string) {
	*g = bigrams{}
	for i := 1; i < len(s); i++ {
		h := gramHash(s[i-1], s[i])
		g[h>>6] |= 1 << (h & 63)
	}
}

func (g *bigrams) has(h uint16) bool { return g[h>>6]&(1<<(h&63)) != 0 }

// mayContain reports whether the probe's line may contain a literal with
// key k (ignoring case); false is certain.
func (p *probe) mayContain(k gramKey) bool {
	if p.grams == nil || !k.ok {
		return true
	}
	return p.grams.has(k.first) && p.grams.has(k.last)
}

// requiredLiterals returns the needs of a regexp: literals on its top-level
// sequence, looking into groups, repetitions of at least one, and
// alternations whose every branch needs a literal.
func requiredLiterals(pattern string) []need {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil
	}
	re = re.Simplify()
	var needs []need
	if n, ok := prefixNeed(re); ok {
		needs = append(needs, n)
	}
	collectNeeds(re, &needs)
	return needs
}

// prefixNeed returns the literals a regexp anchored at the start of the
// text must begin with ("^(?i:by)\s+" begins with "by").
func prefixNeed(re *syntax.Regexp) (need, bool) {
	if re.Op != syntax.OpConcat || len(re.Sub) < 2 || re.Sub[0].Op != syntax.OpBeginText {
		return need{}, false
	}
	n := need{prefix: true}
	if !leadingLiterals(re.Sub[1], &n) {
		return need{}, false
	}
	if n.fold {
		for i, l := range n.lits {
			n.lits[i] = strings.ToLower(l)
		}
	}
	return n, true
}

// leadingLiterals adds to n the literals every match of re starts with;
// false when some match may start otherwise.
func leadingLiterals(re *syntax.Regexp, n *need) bool {
	switch re.Op {
	case syntax.OpLiteral:
		n.lits = append(n.lits, string(re.Rune))
		n.keys = append(n.keys, gramKey{})
		n.fold = n.fold || re.Flags&syntax.FoldCase != 0
		return true
	case syntax.OpConcat, syntax.OpCapture:
		return len(re.Sub) > 0 && leadingLiterals(re.Sub[0], n)
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			if !leadingLiterals(sub, n) {
				return false
			}
		}
		return true
	}
	return false
}

func collectNeeds(re *syntax.Regexp, needs *[]need) {
	switch re.Op {
	case syntax.OpLiteral:
		*needs = append(*needs, literalNeed(re))
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			collectNeeds(sub, needs)
		}
	case syntax.OpCapture, syntax.OpPlus:
		collectNeeds(re.Sub[0], needs)
	case syntax.OpRepeat:
		if re.Min >= 1 {
			collectNeeds(re.Sub[0], needs)
		}
	case syntax.OpAlternate:
		if n, ok := alternateNeed(re); ok {
			*needs = append(*needs, n)
		}
	case syntax.OpCharClass:
		if n, ok := classNeed(re); ok {
			*needs = append(*needs, n)
		}
	}
}

// classNeed turns a class of at most four characters ("[|/]") into a need.
func classNeed(re *syntax.Regexp) (need, bool) {
	var n need
	for i := 0; i+1 < len(re.Rune); i += 2 {
		lo, hi := re.Rune[i], re.Rune[i+1]
		if hi-lo > 3 || len(n.lits)+int(hi-lo)+1 > 4 {
			return need{}, false
		}
		for r := lo; r <= hi; r++ {
			n.lits = append(n.lits, string(r))
			n.keys = append(n.keys, gramKey{})
		}
	}
	return n, len(n.lits) > 0
}

// literalNeed turns a literal node into a need.
func literalNeed(re *syntax.Regexp) need {
	lit := string(re.Rune)
	if re.Flags&syntax.FoldCase != 0 {
		return need{lits: []string{strings.ToLower(lit)}, keys: []gramKey{keyOf(lit)}, fold: true}
	}
	return need{lits: []string{lit}, keys: []gramKey{keyOf(lit)}}
}

// alternateNeed returns one need covering all branches: the first need of
// each branch, all folded if any is.
func alternateNeed(re *syntax.Regexp) (need, bool) {
	var out need
	var lits [][]string
	for _, sub := range re.Sub {
		var ns []need
		collectNeeds(sub, &ns)
		if len(ns) == 0 {
			return need{}, false
		}
		out.fold = out.fold || ns[0].fold
		lits = append(lits, ns[0].lits)
	}
	for _, l := range lits {
		for _, s := range l {
			if out.fold {
				s = strings.ToLower(s)
			}
			out.lits = append(out.lits, s)
			out.keys = append(out.keys, keyOf(s))
		}
	}
	return out, true
}

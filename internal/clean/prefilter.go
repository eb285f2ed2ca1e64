package clean

import (
	"regexp/syntax"
	"strings"
)

// need is a prefilter for a regexp rule: any match contains one of lits.
// When fold is set the literals are lower-case and are looked for in the
// lower-cased line; otherwise in the line as it is.
type need struct {
	lits []string
	fold bool
}

// mayMatch is a cheap test that fails when a line lacks a literal every
// match of the rule's regexp contains, which saves running most regexps.
// Callers without the lower-cased line pass "" and skip the folded needs.
func (r *Rule) mayMatch(line, lower string) bool {
	for _, n := range r.needs {
		s := line
		if n.fold {
			if lower == "" {
				continue
			}
			s = lower
		}
		if !containsAny(s, n.lits) {
			return false
		}
	}
	return true
}

func containsAny(s string, lits []string) bool {
	for _, l := range lits {
		if strings.Contains(s, l) {
			return true
		}
	}
	return false
}

// requiredLiterals returns the needs of a regexp: literals on its top-level
// sequence, looking into groups, repetitions of at least one, and
// alternations whose every branch needs a literal.
func requiredLiterals(pattern string) []need {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil
	}
	var needs []need
	collectNeeds(re.Simplify(), &needs)
	return needs
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
	}
}

// literalNeed turns a literal node into a need.
func literalNeed(re *syntax.Regexp) need {
	lit := string(re.Rune)
	if re.Flags&syntax.FoldCase != 0 {
		return need{lits: []string{strings.ToLower(lit)}, fold: true}
	}
	return need{lits: []string{lit}}
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
		}
	}
	return out, true
}

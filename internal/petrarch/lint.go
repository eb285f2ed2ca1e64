package petrarch

import (
	"fmt"
	"sort"
	"strings"
)

// Problem is one finding of Lint, located by file and line.
type Problem struct {
	File string
	Line int
	Text string
}

func (p Problem) String() string { return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Text) }

// LintActors checks an actor or agent dictionary the way a coder would
// trip over it: codes that are not valid actor codes, date ranges that end
// before they start, dated codes of one entry that overlap with different
// codes (which code holds on those days depends on file order), and the same
// phrase given two different codes by two entries (the later one is
// unreachable).
func LintActors(file string, actors []Actor, valid func(code string) bool) []Problem {
	var out []Problem
	seen := map[string]int{} // phrase -> index of the first entry
	for i, a := range actors {
		out = append(out, lintCodes(file, a, valid)...)
		for _, n := range a.Names {
			key := normPhrase(n)
			j, dup := seen[key]
			if !dup {
				seen[key] = i
				continue
			}
			if len(a.Codes) > 0 && len(actors[j].Codes) > 0 && codesOf(actors[j]) != codesOf(a) {
				out = append(out, Problem{file, a.Line, fmt.Sprintf("%q is also entry of line %d with other codes (%s vs %s): this one is never used", n, actors[j].Line, codesOf(actors[j]), codesOf(a))})
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Line < out[j].Line })
	return out
}

func lintCodes(file string, a Actor, valid func(string) bool) []Problem {
	var out []Problem
	for i, c := range a.Codes {
		if c.Code != "---" && valid != nil && !valid(c.Code) {
			out = append(out, Problem{file, a.Line, fmt.Sprintf("%s: %q is not a valid actor code", first(a.Names), c.Code)})
		}
		if c.From != 0 && c.To != 0 && c.To <= c.From {
			out = append(out, Problem{file, a.Line, fmt.Sprintf("%s: %s ends (%d) before it starts (%d)", first(a.Names), c.Code, c.To, c.From)})
		}
		for _, d := range a.Codes[i+1:] {
			if d.Code != c.Code && dated(c) && dated(d) && overlap(c, d) {
				out = append(out, Problem{file, a.Line, fmt.Sprintf("%s: %s and %s both hold from %d", first(a.Names), c.Code, d.Code, max(c.From, d.From))})
			}
		}
	}
	return out
}

func dated(c Code) bool { return c.From != 0 || c.To != 0 }

// overlap reports whether two dated codes share a day.
func overlap(a, b Code) bool {
	end := func(c Code) int {
		if c.To == 0 {
			return 1 << 30
		}
		return c.To
	}
	return a.From < end(b) && b.From < end(a)
}

func codesOf(a Actor) string {
	var cs []string
	for _, c := range a.Codes {
		cs = append(cs, c.Code)
	}
	return strings.Join(cs, ",")
}

func first(names []string) string {
	if len(names) == 0 {
		return "(no name)"
	}
	return names[0]
}

// normPhrase folds "US_PRESIDENT_" and "us president" together.
func normPhrase(s string) string {
	return strings.Join(strings.Fields(strings.ToUpper(strings.ReplaceAll(s, "_", " "))), " ")
}

package htmleval

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// Counts are a page's shingle matches, normalised to sum to 1 so that
// long pages do not outweigh short ones.
type Counts struct{ TP, FP, FN float64 }

// tokens splits s into runs of letters, digits and underscores, as the
// benchmark's \w+ does.
func tokens(s string) []string {
	var out []string
	start := -1
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		word := r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			out = append(out, s[start:i])
			start = -1
		}
		i += size
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// shingles counts the runs of n consecutive tokens of s; a text shorter
// than n tokens is one shingle.
func shingles(s string, n int) map[string]int {
	toks := tokens(s)
	m := map[string]int{}
	for i := 0; i < max(1, len(toks)-n+1); i++ {
		sh := toks[i:min(i+n, len(toks))]
		if len(sh) == 0 {
			continue
		}
		key := ""
		for _, t := range sh {
			key += t + "\x00"
		}
		m[key]++
	}
	return m
}

// Match compares a predicted body with the gold one by 4-token shingles.
func Match(gold, pred string) Counts {
	g, p := shingles(gold, 4), shingles(pred, 4)
	var c Counts
	for k, gn := range g {
		pn := p[k]
		c.TP += float64(min(gn, pn))
		c.FN += float64(max(0, gn-pn))
	}
	for k, pn := range p {
		c.FP += float64(max(0, pn-g[k]))
	}
	if s := c.TP + c.FP + c.FN; s > 0 {
		c.TP, c.FP, c.FN = c.TP/s, c.FP/s, c.FN/s
	}
	return c
}

// Precision of one page; 1 when both texts are empty.
func (c Counts) Precision() float64 {
	switch {
	case c.FP == 0 && c.FN == 0:
		return 1
	case c.TP == 0 && c.FP == 0:
		return 0
	}
	return c.TP / (c.TP + c.FP)
}

// Recall of one page; 1 when both texts are empty.
func (c Counts) Recall() float64 {
	switch {
	case c.FP == 0 && c.FN == 0:
		return 1
	case c.TP == 0 && c.FN == 0:
		return 0
	}
	return c.TP / (c.TP + c.FN)
}

// F1 of one page.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Summary is the benchmark's figure over many pages: mean precision over
// pages that predicted something, mean recall over pages with a gold body,
// and F1 as their harmonic mean; Accuracy is the share of exact token
// matches.
type Summary struct {
	Pages                           int
	Precision, Recall, F1, Accuracy float64
}

// Summarize computes the Summary of per-page counts; exact lists which
// pages matched the gold exactly.
func Summarize(cs []Counts, exact []bool) Summary {
	var s Summary
	var np, nr int
	for _, c := range cs {
		if c.TP+c.FP > 0 {
			s.Precision += c.Precision()
			np++
		}
		if c.TP+c.FN > 0 {
			s.Recall += c.Recall()
			nr++
		}
	}
	if np > 0 {
		s.Precision /= float64(np)
	}
	if nr > 0 {
		s.Recall /= float64(nr)
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	s.Pages = len(cs)
	if n := len(exact); n > 0 {
		s.Accuracy = float64(len(slices.DeleteFunc(slices.Clone(exact), func(b bool) bool { return !b }))) / float64(n)
	}
	return s
}

// Exact reports whether pred has the same tokens as gold.
func Exact(gold, pred string) bool {
	return slices.Equal(tokens(gold), tokens(pred))
}

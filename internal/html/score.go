package html

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// This file picks the element holding the article, in the manner of
// Readability: paragraphs give points to their ancestors, and the
// best-scored element (with similar siblings) is the content.

// textStats fills n.chars and n.links: the length in characters of the text
// below n (white-space runs counted once) and of the part inside links.
func textStats(n *node) (chars, links int) {
	if n.counted {
		return n.chars, n.links
	}
	if n.tag == "" {
		n.chars = textLen(n.text)
	}
	for _, k := range n.kids {
		if k.dropped {
			continue
		}
		c, l := textStats(k)
		n.chars += c
		n.links += l
	}
	if n.tag == "a" {
		n.links = n.chars
	}
	n.counted = true
	return n.chars, n.links
}

// textLen counts the characters of s with each white-space run as one.
func textLen(s string) int {
	n, space := 0, true
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\f' {
			if !space {
				n++
			}
			space = true
			continue
		}
		space = false
		n++
	}
	return n
}

// linkDensity is the share of n's text that is inside links.
func linkDensity(n *node) float64 {
	c, l := textStats(n)
	if c == 0 {
		return 0
	}
	return float64(l) / float64(c)
}

// commas counts the commas in the text below n, a sign of prose.
func commas(n *node) int {
	if n.dropped {
		return 0
	}
	if n.tag == "" {
		c := 0
		for _, r := range n.text {
			if r == ',' || r == '，' || r == '、' || r == '،' {
				c++
			}
		}
		return c
	}
	c := 0
	for _, k := range n.kids {
		c += commas(k)
	}
	return c
}

// isParagraph reports whether n is a unit of prose that scores its
// ancestors: a p, pre or td, or a div or section holding only inline content.
func isParagraph(n *node) bool {
	switch n.tag {
	case "p", "pre", "td":
		return true
	case "div", "section", "article":
		for _, k := range n.kids {
			if k.tag != "" && !k.dropped && !inlineTags[k.tag] && k.tag != "br" {
				return false
			}
		}
		return true
	}
	return false
}

// baseScore is the starting score of a candidate by element name and
// class/id.
func (e *Extractor) baseScore(n *node) float64 {
	s := e.rules.weight(n)
	switch n.tag {
	case "div", "article", "section", "main":
		s += 5
	case "pre", "td", "blockquote":
		s += 3
	case "address", "ol", "ul", "dl", "dd", "dt", "li", "form":
		s -= 3
	case "h1", "h2", "h3", "h4", "h5", "h6", "th":
		s -= 5
	}
	return s
}

// scoreCandidates gives every paragraph's ancestors points and returns the
// scored elements.
func (e *Extractor) scoreCandidates(root *node) []*node {
	var cands []*node
	var walk func(*node)
	walk = func(n *node) {
		for _, k := range n.kids {
			if k.tag == "" || k.dropped || k.post != nil {
				continue
			}
			if isParagraph(k) {
				chars, _ := textStats(k)
				cands = e.scoreText(k.parent, chars, commas(k), cands)
			} else if runContainers[k.tag] {
				cands = e.scoreRuns(k, cands)
			}
			walk(k)
		}
	}
	walk(root)
	for _, c := range cands {
		c.score *= 1 - linkDensity(c)
	}
	return cands
}

// runContainers are the elements whose loose text runs count as
// paragraphs; loose text in list items or headings does not.
var runContainers = map[string]bool{
	"div": true, "section": true, "article": true, "main": true, "font": true, "center": true,
}

// scoreRuns scores the runs of inline content directly inside n, which
// holds block elements too: text set between <br>s and images, as many
// blogs write it.
func (e *Extractor) scoreRuns(n *node, cands []*node) []*node {
	chars, nc := 0, 0
	for _, k := range n.kids {
		if k.dropped || k.post != nil {
			continue
		}
		if k.tag == "" || inlineTags[k.tag] || k.tag == "br" {
			c, _ := textStats(k)
			chars += c
			nc += commas(k)
			continue
		}
		cands = e.scoreText(n, chars, nc, cands)
		chars, nc = 0, 0
	}
	return e.scoreText(n, chars, nc, cands)
}

// scoreText adds the points of a paragraph of chars characters and nc
// commas to parent and up to four more ancestors.
func (e *Extractor) scoreText(parent *node, chars, nc int, cands []*node) []*node {
	if chars < 25 {
		return cands
	}
	pts := 1 + float64(nc) + float64(min(chars/100, 3))
	anc := parent
	for level := 0; level < 5 && anc != nil; level++ {
		if !anc.scored {
			anc.scored, anc.score = true, e.baseScore(anc)
			cands = append(cands, anc)
		}
		div := 1.0
		if level == 1 {
			div = 2
		} else if level > 1 {
			div = float64(level * 3)
		}
		anc.score += pts / div
		anc = anc.parent
	}
	return cands
}

// pickTop chooses the content element from the candidates.
func pickTop(root *node, cands []*node) *node {
	if len(cands) == 0 {
		return root
	}
	slices.SortStableFunc(cands, func(a, b *node) int {
		switch {
		case a.score > b.score:
			return -1
		case a.score < b.score:
			return 1
		}
		return 0
	})
	top := sharedAncestor(root, cands)
	top = climbParents(root, top)
	top.keep = true
	for top.parent != nil && top != root && soleChild(top) {
		top = top.parent
		top.keep = true
	}
	return top
}

// sharedAncestor promotes the top candidate to an ancestor holding three or
// more of the other strong candidates: content split into sibling blocks.
func sharedAncestor(root *node, cands []*node) *node {
	top := cands[0]
	var strong []*node
	for _, c := range cands[1:min(len(cands), 5)] {
		if c.score >= top.score*0.75 {
			strong = append(strong, c)
		}
	}
	if len(strong) < 3 {
		return top
	}
	for anc := top.parent; anc != nil && anc != root; anc = anc.parent {
		n := 0
		for _, c := range strong {
			if isAncestor(anc, c) {
				n++
			}
		}
		if n >= 3 {
			return anc
		}
	}
	return top
}

func isAncestor(a, n *node) bool {
	for p := n.parent; p != nil; p = p.parent {
		if p == a {
			return true
		}
	}
	return false
}

// climbParents moves to a parent that scores better than the top
// candidate, as happens when the content is split across children.
func climbParents(root, top *node) *node {
	last := top.score
	threshold := last / 3
	for p := top.parent; p != nil && p != root; p = p.parent {
		if !p.scored {
			continue
		}
		if p.score < threshold {
			break
		}
		if p.score > last {
			return p
		}
		last = p.score
	}
	return top
}

// soleChild reports whether n is its parent's only live element child.
func soleChild(n *node) bool {
	for _, k := range n.parent.kids {
		if k != n && k.tag != "" && !k.dropped {
			return false
		}
	}
	return true
}

// gather returns the content element and those of its siblings that look
// like more of the same article.
func gather(top *node) []*node {
	if top.parent == nil {
		return []*node{top}
	}
	threshold := max(10, top.score*0.2)
	var out []*node
	for _, s := range top.parent.kids {
		if s == top {
			out = append(out, s)
			continue
		}
		if s.tag == "" || s.dropped {
			continue
		}
		bonus := 0.0
		if c := s.attr("class"); c != "" && c == top.attr("class") {
			bonus = top.score * 0.2
		}
		if s.scored && s.score+bonus >= threshold || proseSibling(s) {
			out = append(out, s)
		}
	}
	return out
}

// proseSibling reports whether an element beside the content is a
// paragraph of prose (or a post), looking through wrappers that hold just
// one element.
func proseSibling(s *node) bool {
	if s.post != nil {
		return true
	}
	s = unwrap(s)
	if s.post != nil {
		return true
	}
	if !isParagraph(s) {
		return false
	}
	chars, _ := textStats(s)
	ld := linkDensity(s)
	if chars > 80 {
		return ld < 0.25
	}
	return chars > 0 && ld == 0 && endsSentence(innerText(s))
}

// unwrap descends from n through elements whose only content is one
// element.
func unwrap(n *node) *node {
	for {
		var only *node
		for _, k := range n.kids {
			switch {
			case k.dropped:
			case k.tag == "" && strings.TrimSpace(k.text) == "":
			case only == nil && k.tag != "":
				only = k
			default:
				return n
			}
		}
		if only == nil {
			return n
		}
		n = only
	}
}

func endsSentence(s string) bool {
	for i := len(s) - 1; i >= 0; i-- {
		switch s[i] {
		case ' ', '\n', '\t', '\r':
			continue
		case '.':
			return true
		}
		return false
	}
	return false
}

package html

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"strings"
)

//go:embed data/chrome.txt
var defaultRules string

// rules says which parts of a page are chrome; see data/chrome.txt for the
// file format.
type rules struct {
	drop     map[string]bool // element names removed outright
	wrapper  map[string]bool // element names removed unless they hold prose
	negative []string        // class/id substrings marking chrome
	negword  map[string]bool // class/id whole words marking chrome
	keep     []string        // class/id substrings that override negative
	positive []string        // class/id substrings raising a content score
	weak     []string        // class/id substrings lowering a content score
}

// parseRules reads a rules file.
func parseRules(r io.Reader) (*rules, error) {
	rs := &rules{drop: map[string]bool{}, wrapper: map[string]bool{}, negword: map[string]bool{}}
	sc := bufio.NewScanner(r)
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		kind, val, ok := strings.Cut(text, " ")
		val = strings.ToLower(strings.TrimSpace(val))
		if !ok || val == "" {
			return nil, fmt.Errorf("html: rules line %d: want KIND VALUE, got %q", line, text)
		}
		if err := rs.add(kind, val); err != nil {
			return nil, fmt.Errorf("html: rules line %d: %w", line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("html: reading rules: %w", err)
	}
	return rs, nil
}

// add records one rule.
func (rs *rules) add(kind, val string) error {
	switch kind {
	case "drop":
		rs.drop[val] = true
	case "wrapper":
		rs.wrapper[val] = true
	case "negative":
		rs.negative = append(rs.negative, val)
	case "negword":
		rs.negword[val] = true
	case "keep":
		rs.keep = append(rs.keep, val)
		rs.positive = append(rs.positive, val)
	case "positive":
		rs.positive = append(rs.positive, val)
	case "weak":
		rs.weak = append(rs.weak, val)
	default:
		return fmt.Errorf("unknown rule kind %q", kind)
	}
	return nil
}

// classID returns n's class and id, lower-cased, joined by a space.
func classID(n *node) string {
	c, id := n.attr("class"), n.attr("id")
	if c == "" && id == "" {
		return ""
	}
	return strings.ToLower(c + " " + id)
}

// byTag reports whether n is chrome by its name alone.
func (rs *rules) byTag(n *node) bool {
	return rs.drop[n.tag] || rs.wrapper[n.tag] && plainChars(n, wrapperProse) < wrapperProse
}

// wrapperProse is how much text outside links, in characters, saves a
// wrapper element: a page-wide <form> holds the article, a search form
// does not.
const wrapperProse = 500

// plainChars counts the characters of text below n outside links, stopping
// once limit is reached.
func plainChars(n *node, limit int) int {
	c := 0
	for _, k := range n.kids {
		if c >= limit {
			break
		}
		switch k.tag {
		case "":
			c += textLen(k.text)
		case "a":
		default:
			c += plainChars(k, limit-c)
		}
	}
	return c
}

// isChrome reports whether n is page chrome by its name or class/id.
func (rs *rules) isChrome(n *node) bool {
	if rs.byTag(n) || n.has("hidden") || hiddenStyle(n.attr("style")) {
		return true
	}
	ci := classID(n)
	if ci == "" || n.tag == "article" || n.tag == "main" || isArticleBody(n) {
		return false
	}
	return rs.negativeMatch(ci) && !containsAny(ci, rs.keep)
}

// negativeMatch reports whether a class/id string matches a negative rule.
func (rs *rules) negativeMatch(ci string) bool {
	if containsAny(ci, rs.negative) {
		return true
	}
	for w := range strings.FieldsFuncSeq(ci, isWordBreak) {
		if rs.negword[w] {
			return true
		}
	}
	return false
}

// isArticleBody reports whether schema.org markup names n the article's
// body, which outweighs any class name.
func isArticleBody(n *node) bool {
	return strings.EqualFold(n.attr("itemprop"), "articleBody")
}

// weight scores an element's class and id: +25 for a content-like name,
// -25 for a chrome-like one.
func (rs *rules) weight(n *node) float64 {
	w := 0.0
	if isArticleBody(n) {
		w += 25
	}
	ci := classID(n)
	if ci == "" {
		return w
	}
	if containsAny(ci, rs.positive) {
		w += 25
	}
	if rs.negativeMatch(ci) || containsAny(ci, rs.weak) {
		w -= 25
	}
	return w
}

func isWordBreak(r rune) bool { return r == '-' || r == '_' || r == ' ' }

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// hiddenStyle reports whether an inline style hides the element.
func hiddenStyle(style string) bool {
	if style == "" {
		return false
	}
	s := strings.ReplaceAll(strings.ToLower(style), " ", "")
	return strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden")
}

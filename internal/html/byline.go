package html

import "strings"

// treeByline looks through the page for an author line when the metadata
// has none: an element marked rel=author or itemprop=author, or whose class
// or id names a byline or author. The first short one wins.
func treeByline(n *node) string {
	for _, k := range n.kids {
		if k.tag == "" {
			continue
		}
		if isBylineElement(k) {
			if s := bylineText(k); s != "" {
				return s
			}
		}
		if s := treeByline(k); s != "" {
			return s
		}
	}
	return ""
}

// isBylineElement reports whether n is marked as an author line.
func isBylineElement(n *node) bool {
	if n.attr("rel") == "author" || strings.Contains(strings.ToLower(n.attr("itemprop")), "author") {
		return true
	}
	ci := classID(n)
	if ci == "" {
		return false
	}
	for _, w := range []string{"byline", "author", "writtenby", "writer"} {
		if strings.Contains(ci, w) && !containsAny(ci, notByline) {
			return true
		}
	}
	return false
}

// notByline marks class/id values that mention authors without being the
// author line: portraits, and "authorization" forms.
var notByline = []string{"img", "image", "avatar", "photo", "authoriz"}

// bylineText returns the author named by n: the itemprop=name inside it or
// its text without a leading "By", if short enough to be a name.
func bylineText(n *node) string {
	text := ""
	for _, k := range findAllAttr(n, "itemprop", "name") {
		text = collapse(innerText(k))
		break
	}
	if text == "" {
		text = collapse(innerText(n))
	}
	if len(text) >= 3 && strings.EqualFold(text[:3], "by ") {
		text = strings.TrimSpace(text[3:])
	}
	if text == "" || len(text) > 100 {
		return ""
	}
	return text
}

// findAllAttr returns the elements below n whose attribute key is val.
func findAllAttr(n *node, key, val string) []*node {
	var out []*node
	var walk func(*node)
	walk = func(n *node) {
		for _, k := range n.kids {
			if k.tag == "" {
				continue
			}
			if k.attr(key) == val {
				out = append(out, k)
			}
			walk(k)
		}
	}
	walk(n)
	return out
}

// treeDate looks for a publication time in the page body: an element with
// itemprop=datePublished, or a <time datetime> marked pubdate or,
// failing that, the first <time datetime> that parses.
func treeDate(root *node) (t timeValue) {
	for _, k := range findAllAttr(root, "itemprop", "datePublished") {
		if v, ok := parseDate(firstNonEmpty(k.attr("datetime"), k.attr("content"), collapse(innerText(k)))); ok {
			return timeValue{v, true}
		}
	}
	var fallback timeValue
	for _, k := range findAll(root, "time") {
		v, ok := parseDate(k.attr("datetime"))
		if !ok {
			continue
		}
		if k.has("pubdate") || strings.Contains(classID(k), "publish") {
			return timeValue{v, true}
		}
		if !fallback.ok {
			fallback = timeValue{v, true}
		}
	}
	return fallback
}

package html

import (
	"bytes"
	"strings"

	xhtml "golang.org/x/net/html"
)

// node is one element or text run of a page, in a lighter tree than
// x/net/html's: only what extraction needs, built in one tokenizer pass so
// that script and style bodies never become nodes.
type node struct {
	tag    string // lower-case element name; "" for a text node
	text   string // a text node's text, entities decoded
	attrs  []xhtml.Attribute
	parent *node
	kids   []*node

	// Filled during extraction.
	dropped bool       // chrome: never rendered
	post    *postEmbed // an embedded social post rendered as its own block
	hasPost bool       // a post is below: chrome removal spares n
	score   float64    // content score when a candidate
	scored  bool       // score holds a candidate score
	keep    bool       // the content element or a wrapper of it: never dropped
	chars   int        // length of the text below, cached by textStats
	links   int        // length of that text inside links
	counted bool       // chars and links are filled
	counts  *tagCounts // what n holds, once the renderer asked
}

// attr returns the value of the attribute key, or "".
func (n *node) attr(key string) string {
	for _, a := range n.attrs {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// has reports whether n carries the attribute key, even if empty.
func (n *node) has(key string) bool {
	for _, a := range n.attrs {
		if a.Key == key {
			return true
		}
	}
	return false
}

// hasClass reports whether n's class list holds c.
func (n *node) hasClass(c string) bool {
	for f := range strings.FieldsSeq(n.attr("class")) {
		if f == c {
			return true
		}
	}
	return false
}

// page is a parsed page: its body tree and the metadata met on the way.
type page struct {
	root   *node
	title  string    // text of <title>
	metas  []*node   // every <meta>, in page order
	links  []linkTag // every <link> with a rel
	jsonLD []string  // bodies of application/ld+json scripts
	lang   string    // lang attribute of <html>
}

// linkTag is a <link rel=... href=...>.
type linkTag struct{ rel, href string }

// maxDepth bounds nesting so that pathological pages cannot exhaust the
// stack in the recursive walks that follow; deeper elements are attached to
// the element at the limit.
const maxDepth = 400

// voidTags never have content or end tags.
var voidTags = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true,
	"img": true, "input": true, "link": true, "meta": true, "param": true,
	"source": true, "track": true, "wbr": true,
}

// skipTags have bodies that are never article text; their whole subtree is
// discarded while tokenizing. script is handled apart for JSON-LD and
// Telegram embeds.
var skipTags = map[string]bool{
	"style": true, "template": true, "svg": true, "math": true, "noscript": true,
	"select": true, "textarea": true, "object": true, "canvas": true, "button": true,
}

// closesP lists start tags that implicitly end an open <p>.
var closesP = map[string]bool{
	"p": true, "div": true, "ul": true, "ol": true, "dl": true, "table": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"blockquote": true, "pre": true, "section": true, "article": true,
	"header": true, "footer": true, "nav": true, "aside": true, "figure": true,
	"form": true, "hr": true, "main": true, "address": true, "fieldset": true,
}

// builder holds the tokenizer state while a page is read.
type builder struct {
	z       *xhtml.Tokenizer
	pg      *page
	stack   []*node
	skip    string // name of the skipped element we are inside, if any
	depth   int    // nesting of skip-named elements inside the skipped one
	inTitle bool
	slab    []node // unused nodes, see newNode
}

// parse builds the tree of markup. It never fails: broken markup gives a
// best-effort tree, as browsers do.
func parse(markup string) *page {
	root := &node{tag: "html"}
	b := &builder{
		z:     xhtml.NewTokenizer(strings.NewReader(stripRaw(markup))),
		pg:    &page{root: root},
		stack: []*node{root},
	}
	b.z.SetMaxBuf(0)
	for {
		tt := b.z.Next()
		if tt == xhtml.ErrorToken {
			// io.EOF at the end of the markup; the tokenizer never fails
			// otherwise on a strings.Reader.
			return b.pg
		}
		if b.skip != "" {
			b.skipToken(tt)
			continue
		}
		switch tt {
		case xhtml.StartTagToken, xhtml.SelfClosingTagToken:
			// <p class="x"> or <br/>: opens an element (void ones stay empty).
			b.start(tt == xhtml.SelfClosingTagToken)
		case xhtml.EndTagToken:
			// </p>: closes the nearest open element of that name.
			name, _ := b.z.TagName()
			b.end(string(name))
		case xhtml.TextToken:
			// Character data, entities decoded: a text node.
			b.text()
		case xhtml.CommentToken, xhtml.DoctypeToken:
			// <!-- ... --> and <!DOCTYPE ...>: never content.
		}
	}
}

// skipToken consumes tokens inside a skipped element, counting nested
// elements of the same name so the right end tag ends the skip.
func (b *builder) skipToken(tt xhtml.TokenType) {
	if tt != xhtml.StartTagToken && tt != xhtml.EndTagToken {
		return
	}
	name, _ := b.z.TagName()
	if string(name) != b.skip {
		return
	}
	if tt == xhtml.StartTagToken {
		b.depth++
		return
	}
	if b.depth--; b.depth < 0 {
		b.skip = ""
	}
}

func (b *builder) top() *node { return b.stack[len(b.stack)-1] }

// slabSize is how many nodes are allocated at once: one allocation per
// slab instead of one per node.
const slabSize = 256

// newNode returns a zero node from the builder's current slab.
func (b *builder) newNode() *node {
	if len(b.slab) == 0 {
		b.slab = make([]node, slabSize)
	}
	n := &b.slab[0]
	b.slab = b.slab[1:]
	return n
}

// start handles a start tag.
func (b *builder) start(selfClosing bool) {
	name, hasAttr := b.z.TagName()
	tag := string(name)
	var attrs []xhtml.Attribute
	for hasAttr {
		var k, v []byte
		k, v, hasAttr = b.z.TagAttr()
		if keepAttr(k) {
			attrs = append(attrs, xhtml.Attribute{Key: string(k), Val: string(v)})
		}
	}
	switch {
	case skipTags[tag]:
		if !selfClosing {
			b.skip, b.depth = tag, 0
		}
		return
	case tag == "script":
		b.script(attrs)
		return
	case tag == "meta":
		b.pg.metas = append(b.pg.metas, &node{tag: tag, attrs: attrs})
		return
	case tag == "link":
		b.link(attrs)
		return
	case tag == "title":
		b.inTitle = !selfClosing && b.pg.title == ""
		return
	case tag == "html":
		if b.pg.lang == "" {
			b.pg.lang = strings.TrimSpace((&node{attrs: attrs}).attr("lang"))
		}
		return
	case tag == "body" || tag == "head":
		return
	}
	b.autoClose(tag)
	n := b.newNode()
	n.tag, n.attrs, n.parent = tag, attrs, b.top()
	n.parent.kids = append(n.parent.kids, n)
	if !voidTags[tag] && !selfClosing && len(b.stack) < maxDepth {
		b.stack = append(b.stack, n)
	}
}

// keepAttr reports whether an attribute is one extraction reads; the rest
// (srcset, sizes, event handlers, tracking data...) are never copied.
func keepAttr(k []byte) bool {
	switch string(k) {
	case "class", "id", "style", "lang", "hidden", "href", "src", "rel", "itemprop", "datetime",
		"content", "title", "pubdate", "cite", "type", "name", "property", "value", "http-equiv",
		"data-src", "data-href", "data-telegram-post", "data-instgrm-permalink",
		"data-bluesky-uri", "data-embed-url":
		return true
	}
	return false
}

// autoClose pops elements that a new start tag implicitly ends.
func (b *builder) autoClose(tag string) {
	switch {
	case closesP[tag]:
		b.popIfOpen("p", "")
	case tag == "li":
		b.popIfOpen("li", "ul ol")
	case tag == "dt" || tag == "dd":
		b.popIfOpen("dt dd", "dl")
	case tag == "tr":
		b.popIfOpen("tr td th", "table")
	case tag == "td" || tag == "th":
		b.popIfOpen("td th", "tr table")
	case tag == "option":
		b.popIfOpen("option", "select")
	}
}

// popIfOpen pops to and including the nearest open element named in names,
// unless an element named in stop is met first.
func (b *builder) popIfOpen(names, stop string) {
	for i := len(b.stack) - 1; i > 0; i-- {
		t := b.stack[i].tag
		if inList(names, t) {
			b.stack = b.stack[:i]
			return
		}
		if inList(stop, t) || (stop == "" && !inlineTags[t]) {
			return
		}
	}
}

// inList reports whether word is one of the space-separated words of list.
func inList(list, word string) bool {
	for f := range strings.FieldsSeq(list) {
		if f == word {
			return true
		}
	}
	return false
}

// end handles an end tag: it closes the nearest open element of that name;
// a stray end tag is ignored.
func (b *builder) end(tag string) {
	if tag == "title" {
		b.inTitle = false
		return
	}
	for i := len(b.stack) - 1; i > 0; i-- {
		if b.stack[i].tag == tag {
			b.stack = b.stack[:i]
			return
		}
	}
}

// text appends a text run to the open element.
func (b *builder) text() {
	raw := b.z.Text()
	if b.inTitle {
		b.pg.title = collapse(string(raw))
		return
	}
	top := b.top()
	if len(bytes.TrimSpace(raw)) == 0 {
		// White space right after a block boundary never shows: skip it
		// rather than keep a node for it.
		if k := len(top.kids); k == 0 && !inlineTags[top.tag] || k > 0 && top.kids[k-1].tag != "" && !inlineTags[top.kids[k-1].tag] {
			return
		}
		raw = []byte(" ")
	}
	if k := len(top.kids); k > 0 && top.kids[k-1].tag == "" {
		top.kids[k-1].text += string(raw)
		return
	}
	n := b.newNode()
	n.text, n.parent = string(raw), top
	top.kids = append(top.kids, n)
}

// script keeps JSON-LD bodies and Telegram embed scripts; other scripts are
// skipped.
func (b *builder) script(attrs []xhtml.Attribute) {
	n := &node{tag: "script", attrs: attrs}
	if n.attr("data-telegram-post") != "" {
		n.parent = b.top()
		n.parent.kids = append(n.parent.kids, n)
	}
	if strings.Contains(strings.ToLower(n.attr("type")), "ld+json") {
		if b.z.Next() == xhtml.TextToken {
			b.pg.jsonLD = append(b.pg.jsonLD, string(b.z.Text()))
		}
		return
	}
	// The tokenizer reads a script body as one raw text token.
	if b.z.Next() != xhtml.TextToken {
		return
	}
}

// link records <link rel=... href=...>.
func (b *builder) link(attrs []xhtml.Attribute) {
	n := node{attrs: attrs}
	if rel := n.attr("rel"); rel != "" {
		b.pg.links = append(b.pg.links, linkTag{rel: strings.ToLower(rel), href: n.attr("href")})
	}
}

// inlineTags are elements that do not break a paragraph.
var inlineTags = map[string]bool{
	"a": true, "abbr": true, "b": true, "bdi": true, "bdo": true, "cite": true,
	"code": true, "data": true, "dfn": true, "em": true, "font": true, "i": true,
	"kbd": true, "mark": true, "q": true, "s": true, "samp": true, "small": true,
	"span": true, "strong": true, "sub": true, "sup": true, "time": true, "u": true,
	"var": true, "label": true, "strike": true, "del": true, "ins": true, "big": true,
	"img": true, "wbr": true, "picture": true, "source": true,
}

// collapse trims s and folds runs of white space into one space.
func collapse(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

package html

import (
	"strings"

	"github.com/dyad-events/dyad"
)

// para is one paragraph of output: body text or an embedded post.
type para struct {
	kind dyad.BlockKind
	text string
	post *dyad.Post
}

// renderer turns the content elements into paragraphs: every block-level
// element starts a new one, inline elements run together.
type renderer struct {
	e     *Extractor
	title string // the headline, so that an h1 repeating it is skipped
	out   []para
	buf   strings.Builder
	br    bool // a <br> was the last thing written: a second one ends the paragraph
}

// render renders each of nodes.
func (r *renderer) render(nodes []*node) []para {
	for _, n := range nodes {
		r.node(n, true)
		r.flush()
	}
	return r.out
}

// node renders n; top is true for the content elements themselves, which
// are never dropped by the conditional checks.
func (r *renderer) node(n *node, top bool) {
	switch {
	case n.tag == "":
		r.buf.WriteString(n.text)
		if r.br && strings.TrimSpace(n.text) != "" {
			r.br = false
		}
		return
	case n.dropped:
		return
	case n.post != nil:
		r.flush()
		r.out = append(r.out, para{kind: dyad.BlockPost, text: n.post.text, post: &n.post.post})
		return
	case n.tag == "br":
		if r.br {
			r.flush()
		}
		r.buf.WriteByte(' ')
		r.br = true
		return
	case !top && !n.keep && r.e.conditionalDrop(n):
		return
	case n.tag == "h1" && r.title != "" && collapse(innerText(n)) == r.title:
		return
	case linkParagraph(n):
		return
	}
	cell := n.tag == "td" || n.tag == "th"
	if cell {
		r.buf.WriteByte(' ') // table cells run together, one row a paragraph
	}
	block := !inlineTags[n.tag] && !cell
	if block {
		r.flush()
	}
	for _, k := range n.kids {
		r.node(k, false)
	}
	if block {
		r.flush()
	}
}

// flush ends the paragraph being built.
func (r *renderer) flush() {
	r.br = false
	if r.buf.Len() == 0 {
		return
	}
	text := collapse(r.buf.String())
	r.buf.Reset()
	if text != "" {
		r.out = append(r.out, para{kind: dyad.BlockBody, text: text})
	}
}

// linkParagraph reports whether n is a paragraph or list item made only of
// a link: a pointer to another article, not part of this one.
func linkParagraph(n *node) bool {
	switch n.tag {
	case "p", "li", "h2", "h3", "h4", "h5", "h6", "dd", "dt":
	default:
		return false
	}
	chars, links := textStats(n)
	return chars > 0 && chars < 120 && float64(links) >= 0.9*float64(chars)
}

// tagCounts counts what a container holds, for conditionalDrop.
type tagCounts struct {
	p, img, li, input, embed, figure, commas int
}

// counts returns the tag counts below n, memoised: the renderer asks for
// them at every level of nesting.
func counts(n *node) *tagCounts {
	if n.counts != nil {
		return n.counts
	}
	c := &tagCounts{}
	for _, k := range n.kids {
		if k.tag == "" {
			c.commas += commas(k)
			continue
		}
		if k.dropped || k.post != nil {
			continue
		}
		c.add(k.tag)
		if k.tag != "p" && isParagraph(k) {
			c.p++ // a div of text counts as a paragraph, as Readability converts it
		}
		kc := counts(k)
		c.p, c.img, c.li, c.input = c.p+kc.p, c.img+kc.img, c.li+kc.li, c.input+kc.input
		c.embed, c.figure, c.commas = c.embed+kc.embed, c.figure+kc.figure, c.commas+kc.commas
	}
	n.counts = c
	return c
}

// add counts one element named tag.
func (c *tagCounts) add(tag string) {
	switch tag {
	case "p":
		c.p++
	case "img":
		c.img++
	case "li":
		c.li++
	case "input", "select", "textarea":
		c.input++
	case "iframe", "video", "object", "embed":
		c.embed++
	case "figure":
		c.figure++
	}
}

// conditionalDrop reports whether a container inside the content looks
// like chrome by its make-up: mostly links, images without text, form
// fields or lists of links.
func (e *Extractor) conditionalDrop(n *node) bool {
	switch n.tag {
	case "div", "section", "ul", "ol", "table", "dl":
	default:
		return false
	}
	if n.hasPost {
		return false
	}
	weight := e.rules.weight(n)
	score := 0.0
	if n.scored {
		score = n.score
	}
	if weight+score < 0 {
		return true
	}
	c := counts(n)
	if c.commas >= 10 {
		return false
	}
	chars, _ := textStats(n)
	ld := linkDensity(n)
	list := n.tag == "ul" || n.tag == "ol" || n.tag == "dl"
	switch {
	case c.img > 1 && float64(c.p)/float64(c.img) < 0.5 && c.figure == 0:
		return true
	case !list && c.li > c.p+3 && ld > 0.2:
		return true
	case c.input > c.p/3:
		return true
	case !list && chars < 25 && (c.img == 0 || c.img > 2):
		return true
	case weight < 25 && ld > 0.2 && !list:
		return true
	case list && ld > 0.5:
		return true
	case weight >= 25 && ld > 0.5:
		return true
	case c.embed == 1 && chars < 75, c.embed > 1:
		return true
	}
	return false
}

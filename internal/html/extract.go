package html

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/dyad-events/dyad"
)

// Options configures an Extractor.
type Options struct {
	// Rules, when set, replaces the built-in chrome rules (data/chrome.txt)
	// with a file in the same format.
	Rules io.Reader
}

// Extractor is the pipeline stage that turns Document.HTML into text and
// blocks.
type Extractor struct {
	rules   *rules
	relaxed *Extractor // the same without class and id rules, for a second pass
}

// New returns an Extractor using opts.
func New(opts Options) (*Extractor, error) {
	var r io.Reader = strings.NewReader(defaultRules)
	if opts.Rules != nil {
		r = opts.Rules
	}
	rs, err := parseRules(r)
	if err != nil {
		return nil, err
	}
	plain := &rules{drop: rs.drop, wrapper: rs.wrapper, negword: map[string]bool{}}
	return &Extractor{rules: rs, relaxed: &Extractor{rules: plain}}, nil
}

// minBody is the body length, in characters, under which extraction is
// retried without the class and id rules: some sites name their article
// wrappers like chrome.
const minBody = 250

// Process extracts d.HTML into d.Text, d.Blocks and metadata, then clears
// d.HTML. A document without HTML is left alone.
func (e *Extractor) Process(ctx context.Context, d *dyad.Document) error {
	if d.HTML == "" {
		return nil
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("html: %w", err)
	}
	pg := parse(d.HTML)
	md := readMetadata(pg)
	title := pageTitle(pg, md)
	paras := e.extract(pg.root, title)
	if bodyChars(paras) < minBody {
		retry := e.relaxed.extract(parse(d.HTML).root, title)
		// Only a much longer text is worth what the class rules removed.
		if bodyChars(retry) > 3*bodyChars(paras) {
			paras = retry
		}
	}
	setMetadata(d, md, title)
	assemble(d, paras)
	d.HTML = ""
	if len(d.Blocks) == 0 {
		d.AddError("html", dyad.ReasonEmpty, "html: no article text found")
	}
	return nil
}

// extract finds the article in the tree below root and renders it.
func (e *Extractor) extract(root *node, title string) []para {
	markEmbeds(root)
	e.markChrome(root)
	cands := e.scoreCandidates(root)
	top := pickTop(root, cands)
	r := &renderer{e: e, title: title}
	return r.render(gather(top))
}

// markChrome marks chrome below n as dropped.
func (e *Extractor) markChrome(n *node) {
	for _, k := range n.kids {
		if k.tag == "" || k.post != nil {
			continue
		}
		if e.rules.isChrome(k) && !k.hasPost {
			k.dropped = true
			continue
		}
		e.markChrome(k)
	}
}

func bodyChars(paras []para) int {
	n := 0
	for _, p := range paras {
		if p.kind == dyad.BlockBody {
			n += len(p.text)
		}
	}
	return n
}

// setMetadata copies what the page says about itself onto d. The page's
// own publication date wins over the container's; other fields are only
// filled when empty.
func setMetadata(d *dyad.Document, md metadata, title string) {
	if d.Title == "" {
		d.Title = title
	}
	if d.Byline == "" {
		d.Byline = md.byline
	}
	if !md.date.IsZero() {
		d.Date = md.date
	}
	if d.URL == "" {
		d.URL = md.url
	}
	if d.SiteName == "" {
		d.SiteName = md.site
	}
	if d.Lang == "" {
		d.Lang = md.lang
	}
	if d.Source == "" {
		d.Source = md.site
	}
}

// assemble writes the title and paragraphs into d.Text, one block each,
// separated by blank lines.
func assemble(d *dyad.Document, paras []para) {
	var b strings.Builder
	var blocks []dyad.Block
	add := func(kind dyad.BlockKind, text string, post *dyad.Post) {
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		start := b.Len()
		b.WriteString(text)
		blocks = append(blocks, dyad.Block{Kind: kind, Start: start, End: b.Len(), Post: post})
	}
	if d.Title != "" {
		add(dyad.BlockTitle, d.Title, nil)
	}
	for _, p := range paras {
		add(p.kind, p.text, p.post)
	}
	d.Text = b.String()
	for i := range blocks {
		blocks[i].Text = d.Text[blocks[i].Start:blocks[i].End]
	}
	d.Blocks = blocks
}

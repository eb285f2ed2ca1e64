package read

import (
	"bufio"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"html"
	"io"
	"net/url"
	"strings"

	"github.com/dyad-events/dyad"
)

// rssItem is an RSS 2.0 <item> or an RSS 1.0 (RDF) <item>.
type rssItem struct {
	Title       string `xml:"title"`
	Link        string `xml:"link"`
	GUID        string `xml:"guid"`
	PubDate     string `xml:"pubDate"`
	DCDate      string `xml:"http://purl.org/dc/elements/1.1/ date"`
	Author      string `xml:"author"`
	Creator     string `xml:"http://purl.org/dc/elements/1.1/ creator"`
	Description string `xml:"description"`
	Content     string `xml:"http://purl.org/rss/1.0/modules/content/ encoded"`
}

// atomEntry is an Atom <entry>.
type atomEntry struct {
	Title     atomText   `xml:"title"`
	ID        string     `xml:"id"`
	Links     []atomLink `xml:"link"`
	Published string     `xml:"published"`
	Updated   string     `xml:"updated"`
	Authors   []struct {
		Name string `xml:"name"`
	} `xml:"author"`
	Content atomText `xml:"content"`
	Summary atomText `xml:"summary"`
}

// atomText is Atom's text construct: plain text, escaped HTML, or inline
// XHTML kept as markup.
type atomText struct {
	Type  string `xml:"type,attr"`
	Text  string `xml:",chardata"`
	Inner string `xml:",innerxml"`
}

type atomLink struct {
	Rel  string `xml:"rel,attr"`
	Href string `xml:"href,attr"`
}

// feedState is what a feed reader has learnt so far.
type feedState struct {
	src    source
	kind   string // "rss" or "atom"
	title  string // the channel's title, used as each item's Source
	n      int    // items read
	repair repairNoter
}

// readFeed reads an RSS or Atom feed: one Document per item or entry. A
// feed that breaks off yields its items so far, then an error Document.
func (r *Reader) readFeed(ctx context.Context, src source, br *bufio.Reader, emit emitFunc) error {
	dec, rep := xmlInput(br)
	st := &feedState{src: src, kind: "rss", repair: repairNoter{rep: rep}}
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return st.finish(emit)
		}
		if err != nil {
			return emit(failed(recordOrigin(src.origin, "item", st.n+1), xmlReason(err), fmt.Errorf("feed: %w", err)))
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		d, stop := st.element(dec, se, r.cfg.MaxItemBytes)
		if d != nil {
			if err := emit(d); err != nil {
				return err
			}
		}
		if stop {
			return nil
		}
	}
}

// element handles one start tag. It returns a Document for an item, and
// stop when the feed cannot be read further (the Document then says why).
func (st *feedState) element(dec *xml.Decoder, se xml.StartElement, limit int64) (*dyad.Document, bool) {
	switch se.Name.Local {
	case "feed":
		st.kind = "atom"
	case "title":
		if st.n == 0 && st.title == "" {
			var t string
			if err := dec.DecodeElement(&t, &se); err != nil {
				return st.broken(err), true
			}
			st.title = oneLine(t)
		}
	case "item", "entry":
		start := dec.InputOffset()
		d, err := st.item(dec, se)
		if err != nil {
			return st.broken(err), true
		}
		if dec.InputOffset()-start > limit {
			d = failed(d.Origin, dyad.ReasonOversize, fmt.Errorf("item larger than %d bytes", limit))
		}
		return d, false
	}
	return nil, false
}

// broken is the Document for a decoding error that ends the feed.
func (st *feedState) broken(err error) *dyad.Document {
	return failed(recordOrigin(st.src.origin, "item", st.n+1), xmlReason(err), fmt.Errorf("feed: %w", err))
}

func (st *feedState) item(dec *xml.Decoder, se xml.StartElement) (*dyad.Document, error) {
	d := &dyad.Document{Origin: recordOrigin(st.src.origin, "item", st.n+1), Format: st.kind, Source: st.title}
	var err error
	if se.Name.Local == "entry" {
		err = st.atom(dec, se, d)
	} else {
		err = st.rss(dec, se, d)
	}
	if err != nil {
		return nil, err
	}
	st.n++
	st.repair.check(d)
	if d.Title == "" && d.Text == "" && d.HTML == "" {
		d.AddError("read", dyad.ReasonEmpty, "feed item has no title or content")
	}
	return d, nil
}

func (st *feedState) rss(dec *xml.Decoder, se xml.StartElement, d *dyad.Document) error {
	var it rssItem
	if err := dec.DecodeElement(&it, &se); err != nil {
		return err
	}
	d.Title = oneLine(it.Title)
	d.URL = st.resolve(firstOf(it.Link, guidLink(it.GUID)))
	d.Byline = oneLine(firstOf(it.Creator, it.Author))
	setBody(d, firstOf(it.Content, it.Description))
	setFeedDate(d, firstOf(it.PubDate, it.DCDate))
	return nil
}

func (st *feedState) atom(dec *xml.Decoder, se xml.StartElement, d *dyad.Document) error {
	var e atomEntry
	if err := dec.DecodeElement(&e, &se); err != nil {
		return err
	}
	d.Title = e.Title.plain()
	d.URL = st.resolve(atomHref(e.Links))
	if len(e.Authors) > 0 {
		d.Byline = oneLine(e.Authors[0].Name)
	}
	if e.Content.Text == "" && e.Content.Inner == "" {
		e.Content = e.Summary
	}
	setBody(d, e.Content.body())
	setFeedDate(d, firstOf(e.Published, e.Updated))
	return nil
}

// plain is the text construct as one line of plain text: titles typed
// "html" or "xhtml" lose their tags and entities.
func (t atomText) plain() string {
	switch t.Type {
	case "html":
		return oneLine(html.UnescapeString(stripTags(t.Text)))
	case "xhtml":
		return oneLine(html.UnescapeString(stripTags(t.Inner)))
	}
	return oneLine(t.Text)
}

// stripTags removes everything from each '<' to the next '>'. Title tags
// are inline (<em>, <b>), so no space takes their place.
func stripTags(s string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		j := strings.IndexByte(s[i:], '>')
		if j < 0 {
			return b.String()
		}
		s = s[i+j+1:]
	}
}

// resolve makes a relative item link absolute against the feed's own URL,
// when the feed was fetched; otherwise the link is kept as given.
func (st *feedState) resolve(link string) string {
	link = strings.TrimSpace(link)
	if link == "" || st.src.url == "" {
		return link
	}
	base, err := url.Parse(st.src.url)
	ref, rerr := url.Parse(link)
	if err != nil || rerr != nil {
		return link
	}
	return base.ResolveReference(ref).String()
}

// body is the text construct's content: XHTML keeps its markup.
func (t atomText) body() string {
	if t.Type == "xhtml" {
		return t.Inner
	}
	return t.Text
}

func atomHref(links []atomLink) string {
	for _, l := range links {
		if l.Rel == "" || l.Rel == "alternate" {
			return strings.TrimSpace(l.Href)
		}
	}
	return ""
}

// guidLink uses a GUID as the link only when it is a URL.
func guidLink(g string) string {
	if isURL(strings.TrimSpace(g)) {
		return g
	}
	return ""
}

// setBody puts markup in HTML for the html stage and plain text in Text.
func setBody(d *dyad.Document, s string) {
	s = strings.TrimSpace(s)
	if looksHTML(s) {
		d.HTML = s
	} else {
		d.Text = s
	}
}

// looksHTML reports text holding at least one tag.
func looksHTML(s string) bool {
	for i := strings.IndexByte(s, '<'); i >= 0 && i+1 < len(s); i = next(s, i) {
		c := s[i+1]
		if isNameStart(c) || c == '/' || c == '!' {
			return strings.IndexByte(s[i:], '>') > 0
		}
	}
	return false
}

func next(s string, i int) int {
	j := strings.IndexByte(s[i+1:], '<')
	if j < 0 {
		return -1
	}
	return i + 1 + j
}

func setFeedDate(d *dyad.Document, s string) {
	if s = strings.TrimSpace(s); s != "" {
		setDate(d, s)
	}
}

// finish ends a feed; a feed without items still yields a Document.
func (st *feedState) finish(emit emitFunc) error {
	if st.n > 0 {
		return nil
	}
	return emit(failed(st.src.origin, dyad.ReasonEmpty, errors.New("feed has no items")))
}

func firstOf(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}

// oneLine collapses runs of white space, as titles and names need.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// xmlReason names why XML could not be read.
func xmlReason(err error) string {
	var syn *xml.SyntaxError
	switch {
	case errors.As(err, &syn) && strings.Contains(syn.Msg, "unexpected EOF"):
		return dyad.ReasonTruncated
	case errors.As(err, &syn):
		return dyad.ReasonMalformed
	}
	return streamReason(err)
}

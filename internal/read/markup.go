package read

import (
	"bytes"
	"strings"
)

// byMarkup recognises markup formats by their doctype or first element,
// skipping a byte-order mark, an XML declaration, processing instructions
// and comments. It decides nothing when the prolog runs past head.
func byMarkup(head []byte) (format, bool) {
	s := bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	for {
		s = bytes.TrimLeft(s, " \t\r\n")
		switch {
		case bytes.HasPrefix(s, []byte("<?")):
			s = after(s, "?>")
		case bytes.HasPrefix(s, []byte("<!--")):
			s = after(s, "-->")
		case hasPrefixFold(s, "<!doctype"):
			return byDoctype(s)
		case len(s) > 1 && s[0] == '<' && isNameStart(s[1]):
			return byRoot(elementName(s[1:]))
		default:
			return 0, false
		}
		if s == nil {
			return 0, false
		}
	}
}

// after returns s past the first end, or nil when end is missing.
func after(s []byte, end string) []byte {
	i := bytes.Index(s, []byte(end))
	if i < 0 {
		return nil
	}
	return s[i+len(end):]
}

func hasPrefixFold(s []byte, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(string(s[:len(prefix)]), prefix)
}

func isNameStart(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}

// elementName reads a tag name up to a space, '>' or '/'.
func elementName(s []byte) string {
	end := bytes.IndexAny(s, " \t\r\n>/")
	if end < 0 {
		end = len(s)
	}
	return strings.ToLower(string(s[:end]))
}

func byDoctype(s []byte) (format, bool) {
	name := elementName(bytes.TrimLeft(s[len("<!doctype"):], " \t\r\n"))
	switch name {
	case "html":
		return fmtHTML, true
	case "lewis":
		return fmtSGML, true
	case "rss":
		return fmtFeed, true
	}
	return 0, false
}

// htmlTags are elements that open HTML fragments saved without <html>.
var htmlTags = map[string]bool{
	"html": true, "head": true, "body": true, "meta": true, "title": true, "link": true,
	"div": true, "p": true, "article": true, "section": true, "main": true, "header": true,
	"h1": true, "h2": true, "h3": true, "table": true, "script": true, "style": true,
	"iframe": true, "span": true, "a": true, "b": true, "br": true, "font": true,
	"blockquote": true, "ul": true, "nav": true,
}

// byRoot maps a document's first element to a format.
func byRoot(name string) (format, bool) {
	switch name {
	case "rss", "rdf:rdf", "feed":
		return fmtFeed, true
	case "sentences", "validation":
		return fmtPetrarch, true
	case "reuters":
		return fmtSGML, true
	}
	if htmlTags[name] {
		return fmtHTML, true
	}
	return 0, false
}

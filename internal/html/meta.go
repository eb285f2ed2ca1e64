package html

import (
	"encoding/json"
	"strings"
	"time"
)

// metadata is what a page says about itself.
type metadata struct {
	title  string
	byline string
	site   string
	url    string
	lang   string // from <html lang>, as written ("en", "pt-BR")
	date   time.Time
}

// metaValues maps lower-cased meta names (name, property or itemprop) to
// the first content given for each.
func metaValues(pg *page) map[string]string {
	m := make(map[string]string, len(pg.metas))
	for _, n := range pg.metas {
		val := n.attr("content")
		if val == "" {
			val = n.attr("value")
		}
		val = collapse(val)
		if val == "" {
			continue
		}
		for _, k := range []string{"property", "name", "itemprop", "http-equiv"} {
			for key := range strings.FieldsSeq(strings.ToLower(n.attr(k))) {
				if _, ok := m[key]; !ok {
					m[key] = val
				}
			}
		}
	}
	return m
}

// ldArticle is the part of a schema.org JSON-LD object that describes an
// article.
type ldArticle struct {
	headline, author, publisher, url string
	published                        string
}

// readJSONLD finds the first article-like JSON-LD object of the page.
// Broken JSON is common in the wild and is skipped.
func readJSONLD(pg *page) ldArticle {
	for _, src := range pg.jsonLD {
		var v any
		if json.Unmarshal([]byte(unwrapCDATA(src)), &v) != nil {
			continue
		}
		if obj := findArticle(v, 0); obj != nil {
			return ldArticle{
				headline:  ldString(obj["headline"]),
				author:    ldNames(obj["author"]),
				publisher: ldNames(obj["publisher"]),
				url:       ldURL(obj),
				published: ldString(obj["datePublished"]),
			}
		}
	}
	return ldArticle{}
}

// unwrapCDATA strips the CDATA markers (optionally behind // comments)
// some pages wrap JSON-LD in.
func unwrapCDATA(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(strings.TrimPrefix(s, "//"), "<![CDATA[")
	s = strings.TrimSpace(s)
	s = strings.TrimSuffix(s, "]]>")
	s = strings.TrimSpace(s)
	return strings.TrimSpace(strings.TrimSuffix(s, "//"))
}

// findArticle walks v (arrays, @graph) for an object whose @type names an
// article.
func findArticle(v any, depth int) map[string]any {
	if depth > 8 {
		return nil
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			if o := findArticle(e, depth+1); o != nil {
				return o
			}
		}
	case map[string]any:
		if isArticleType(x["@type"]) {
			return x
		}
		if g, ok := x["@graph"]; ok {
			return findArticle(g, depth+1)
		}
	}
	return nil
}

// isArticleType reports whether a JSON-LD @type (string or list) is an
// article kind: Article, NewsArticle, BlogPosting, ReportageNewsArticle...
func isArticleType(t any) bool {
	switch x := t.(type) {
	case string:
		return strings.Contains(x, "Article") || strings.Contains(x, "BlogPosting") || x == "Report"
	case []any:
		for _, e := range x {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

// ldString returns a JSON-LD value as text.
func ldString(v any) string {
	switch x := v.(type) {
	case string:
		return collapse(x)
	case []any:
		if len(x) > 0 {
			return ldString(x[0])
		}
	}
	return ""
}

// ldNames returns the name(s) of a person or organization value: a string,
// an object with "name", or a list of either, joined with ", ".
func ldNames(v any) string {
	switch x := v.(type) {
	case string:
		return collapse(x)
	case map[string]any:
		return ldString(x["name"])
	case []any:
		var names []string
		for _, e := range x {
			if s := ldNames(e); s != "" {
				names = append(names, s)
			}
		}
		return strings.Join(names, ", ")
	}
	return ""
}

// ldURL returns the article's own URL from url or mainEntityOfPage.
func ldURL(obj map[string]any) string {
	if s := ldString(obj["url"]); strings.HasPrefix(s, "http") {
		return s
	}
	switch x := obj["mainEntityOfPage"].(type) {
	case string:
		return x
	case map[string]any:
		return ldString(x["@id"])
	}
	return ""
}

// first returns the first non-empty value of m for keys.
func first(m map[string]string, keys ...string) string {
	for _, k := range keys {
		if v := m[k]; v != "" {
			return v
		}
	}
	return ""
}

// titleKeys, authorKeys, dateKeys and siteKeys list meta names in order of
// trust.
var (
	titleKeys  = []string{"og:title", "twitter:title", "dc.title", "dcterms.title", "parsely-title", "sailthru.title", "headline"}
	authorKeys = []string{"author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "byl", "byline", "citation_author"}
	dateKeys   = []string{
		"article:published_time", "datepublished", "og:published_time", "article.published",
		"published_time", "publish-date", "publish_date", "publishdate", "pubdate", "date",
		"dc.date.issued", "dc.date", "dcterms.date", "dcterms.created", "dc.date.created",
		"sailthru.date", "parsely-pub-date", "originalpublicationdate", "citation_publication_date",
		"article:published", "displaydate", "datecreated",
	}
	siteKeys = []string{"og:site_name", "application-name", "twitter:site", "al:ios:app_name", "publisher"}
)

// timeValue is a time that may be missing.
type timeValue struct {
	t  time.Time
	ok bool
}

// readMetadata gathers the page's metadata from meta tags, JSON-LD and
// links; title and byline fall back to the tree in extract.
func readMetadata(pg *page) metadata {
	m := metaValues(pg)
	ld := readJSONLD(pg)
	md := metadata{
		title:  firstNonEmpty(ld.headline, first(m, titleKeys...)),
		byline: firstNonEmpty(ld.author, personName(first(m, authorKeys...))),
		site:   firstNonEmpty(first(m, siteKeys[:1]...), ld.publisher, first(m, siteKeys[1:]...)),
	}
	md.site = strings.TrimPrefix(md.site, "@")
	md.lang = pg.lang
	for _, l := range pg.links {
		if inList(l.rel, "canonical") && strings.HasPrefix(l.href, "http") {
			md.url = l.href
			break
		}
	}
	md.url = firstNonEmpty(md.url, httpOnly(m["og:url"]), ld.url)
	for _, s := range []string{ld.published, first(m, dateKeys...)} {
		if t, ok := parseDate(s); ok {
			md.date = t
			break
		}
	}
	if md.date.IsZero() {
		md.date = treeDate(pg.root).t
	}
	if md.byline == "" {
		md.byline = treeByline(pg.root)
	}
	return md
}

// personName rejects author values that are URLs (Facebook profile links
// in article:author).
func personName(s string) string {
	if strings.Contains(s, "://") || strings.HasPrefix(s, "www.") {
		return ""
	}
	return s
}

func httpOnly(s string) string {
	if strings.HasPrefix(s, "http") {
		return s
	}
	return ""
}

func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if v != "" {
			return v
		}
	}
	return ""
}

// dateLayouts are the timestamp forms pages use, most common first.
var dateLayouts = []string{
	time.RFC3339, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05", "2006-01-02T15:04Z07:00",
	"2006-01-02T15:04", "2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05 -0700", "2006-01-02 15:04:05",
	"2006-01-02 15:04", "2006-01-02", "2006/01/02", "20060102", time.RFC1123Z, time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST", "January 2, 2006", "Jan 2, 2006",
	"2 January 2006", "2006-01-02T15:04:05.000-0700", "2006-01-02 15:04:05.000000",
}

// parseDate reads a timestamp in any of dateLayouts.
func parseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil && t.Year() > 1900 {
			return t, true
		}
	}
	return time.Time{}, false
}

package html

import (
	"strings"

	xhtml "golang.org/x/net/html"
)

// titleSeparators split a <title> into headline and site name.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " // ", " » ", " · ", " : "}

// pageTitle chooses the headline: JSON-LD or meta titles first, then the
// <title> without its site name, then the first h1.
func pageTitle(pg *page, md metadata) string {
	h1 := firstH1(pg.root)
	t := firstNonEmpty(md.title, pg.title)
	if t == "" {
		return h1
	}
	// Some pages escape entities twice in meta tags: "&amp;#8217;".
	if strings.Contains(t, "&") {
		t = xhtml.UnescapeString(t)
	}
	return cleanTitle(t, md.site, h1)
}

// cleanTitle removes a site name from a title: the part matching the site
// name, or, when the h1 is one of the parts, the h1.
func cleanTitle(t, site, h1 string) string {
	if h1 != "" && (t == h1 || strings.Contains(t, h1) && len(h1) > len(t)/3) {
		return h1
	}
	for _, sep := range titleSeparators {
		parts := strings.Split(t, sep)
		if len(parts) < 2 {
			continue
		}
		if site != "" {
			if kept := dropPart(parts, site); len(kept) < len(parts) {
				return strings.Join(kept, sep)
			}
		}
		last := parts[len(parts)-1]
		head := strings.Join(parts[:len(parts)-1], sep)
		if len(strings.Fields(head)) >= 3 && len(strings.Fields(last)) <= 4 {
			return head
		}
	}
	return t
}

// dropPart removes the parts equal (case-insensitively) to site.
func dropPart(parts []string, site string) []string {
	var kept []string
	for _, p := range parts {
		if !strings.EqualFold(strings.TrimSpace(p), site) {
			kept = append(kept, p)
		}
	}
	if len(kept) == 0 {
		return parts
	}
	return kept
}

// firstH1 returns the text of the first h1 of the page.
func firstH1(root *node) string {
	if hs := findAll(root, "h1"); len(hs) > 0 {
		return collapse(innerText(hs[0]))
	}
	return ""
}

package html

import (
	"regexp"
	"strings"

	"github.com/dyad-events/dyad"
)

// postEmbed is a social-media post found in the page, rendered as a post
// block.
type postEmbed struct {
	post dyad.Post
	text string
}

// embedKind recognises one platform's embed markup.
type embedKind struct {
	platform string
	match    func(n *node) bool
	read     func(n *node) postEmbed
}

// embedKinds lists the embeds recognised, tried in order.
var embedKinds = []embedKind{
	{"twitter", classed("blockquote", "twitter-tweet", "twitter-video"), readQuoted},
	{"instagram", classed("blockquote", "instagram-media"), readInstagram},
	{"bluesky", classed("blockquote", "bluesky-embed"), readQuoted},
	{"mastodon", classed("", "mastodon-embed"), readMastodon},
	{"facebook", classed("div", "fb-post", "fb-video"), readFacebook},
	{"youtube", isYouTube, readYouTube},
	{"telegram", func(n *node) bool { return n.attr("data-telegram-post") != "" }, readTelegram},
}

// classed matches elements named tag (any when "") having one of classes.
func classed(tag string, classes ...string) func(*node) bool {
	return func(n *node) bool {
		if tag != "" && n.tag != tag {
			return false
		}
		for _, c := range classes {
			if n.hasClass(c) {
				return true
			}
		}
		return false
	}
}

// markEmbeds finds embedded posts below n and marks them; it reports whether
// any was found so that chrome removal can spare their containers.
func markEmbeds(n *node) bool {
	if n.tag == "" {
		return false
	}
	for _, k := range embedKinds {
		if k.match(n) {
			p := k.read(n)
			p.post.Platform = k.platform
			if p.text == "" {
				p.text = p.post.URL
			}
			if p.text != "" {
				n.post = &p
				return true
			}
		}
	}
	for _, k := range n.kids {
		if markEmbeds(k) {
			n.hasPost = true
		}
	}
	return n.hasPost
}

// attribution matches the closing line of a quoted post:
// "— Jane Doe (@jane) March 3, 2024".
var attribution = regexp.MustCompile(`[—–-]\s*([^()@—–]*?)\s*\(@([\w.\-]+)\)\s*(.*)$`)

// readQuoted reads a Twitter or Bluesky blockquote: its text, its closing
// attribution and the permalink.
func readQuoted(n *node) postEmbed {
	text := collapse(innerText(n))
	var p postEmbed
	p.text = text
	if m := attribution.FindStringSubmatchIndex(text); m != nil {
		p.post.Author, p.post.Handle = strings.TrimSpace(text[m[2]:m[3]]), "@"+text[m[4]:m[5]]
		if t, ok := parseDate(text[m[6]:m[7]]); ok {
			p.post.Date = t
		}
		// The attribution is kept in the Post fields, not in the text.
		if body := strings.TrimSpace(text[:m[0]]); body != "" {
			p.text = body
		}
	}
	for _, a := range findAll(n, "a") {
		h := a.attr("href")
		if strings.Contains(h, "/status/") || strings.Contains(h, "/post/") {
			p.post.URL = h
		}
	}
	if uri := n.attr("data-bluesky-uri"); p.post.URL == "" && uri != "" {
		p.post.URL = uri
	}
	return p
}

// sharedBy matches Instagram's caption line "A post shared by Jane (@jane)".
var sharedBy = regexp.MustCompile(`shared by\s*([^()@]*?)\s*\(@([\w.]+)\)`)

func readInstagram(n *node) postEmbed {
	p := postEmbed{text: collapse(innerText(n))}
	p.post.URL = n.attr("data-instgrm-permalink")
	if m := sharedBy.FindStringSubmatch(p.text); m != nil {
		p.post.Author, p.post.Handle = strings.TrimSpace(m[1]), "@"+m[2]
	}
	if p.post.URL == "" {
		p.post.URL = firstHref(n, "instagram.com/")
	}
	for _, t := range findAll(n, "time") {
		if d, ok := parseDate(t.attr("datetime")); ok {
			p.post.Date = d
		}
	}
	return p
}

// mastodonURL matches https://instance/@user/12345 (with optional /embed).
var mastodonURL = regexp.MustCompile(`^https?://([^/]+)/@([\w.]+)/(\d+)`)

func readMastodon(n *node) postEmbed {
	p := postEmbed{text: collapse(innerText(n))}
	src := firstNonEmpty(n.attr("src"), n.attr("data-embed-url"), firstHref(n, "/@"))
	if m := mastodonURL.FindStringSubmatch(src); m != nil {
		p.post.URL = strings.TrimSuffix(m[0], "/embed")
		p.post.Handle = "@" + m[2] + "@" + m[1]
	}
	return p
}

func readFacebook(n *node) postEmbed {
	p := postEmbed{text: collapse(innerText(n))}
	p.post.URL = n.attr("data-href")
	for _, c := range findAll(n, "cite") {
		p.post.URL = firstNonEmpty(p.post.URL, c.attr("cite"))
	}
	if as := findAll(n, "a"); len(as) > 0 {
		p.post.Author = collapse(innerText(as[len(as)-1]))
	}
	return p
}

// isYouTube matches a YouTube player iframe.
func isYouTube(n *node) bool {
	if n.tag != "iframe" {
		return false
	}
	src := firstNonEmpty(n.attr("src"), n.attr("data-src"))
	return strings.Contains(src, "youtube.com/embed/") || strings.Contains(src, "youtube-nocookie.com/embed/") ||
		strings.Contains(src, "youtu.be/")
}

func readYouTube(n *node) postEmbed {
	src := firstNonEmpty(n.attr("src"), n.attr("data-src"))
	if strings.HasPrefix(src, "//") {
		src = "https:" + src
	}
	// The player's address becomes the video's own page.
	if _, rest, ok := strings.Cut(src, "/embed/"); ok {
		if id, _, _ := strings.Cut(rest, "?"); id != "" && !strings.Contains(id, "/") {
			src = "https://www.youtube.com/watch?v=" + id
		}
	}
	return postEmbed{text: collapse(n.attr("title")), post: dyad.Post{URL: src}}
}

// readTelegram reads script or blockquote data-telegram-post="channel/123".
func readTelegram(n *node) postEmbed {
	ref := n.attr("data-telegram-post")
	p := postEmbed{text: collapse(innerText(n))}
	p.post.URL = "https://t.me/" + ref
	if ch, _, ok := strings.Cut(ref, "/"); ok {
		p.post.Handle = "@" + ch
	}
	return p
}

// firstHref returns the first link below n whose href contains sub.
func firstHref(n *node, sub string) string {
	for _, a := range findAll(n, "a") {
		if h := a.attr("href"); strings.Contains(h, sub) {
			return h
		}
	}
	return ""
}

// findAll returns the elements named tag below n, in document order.
func findAll(n *node, tag string) []*node {
	var out []*node
	var walk func(*node)
	walk = func(n *node) {
		for _, k := range n.kids {
			if k.tag == tag {
				out = append(out, k)
			}
			walk(k)
		}
	}
	walk(n)
	return out
}

// innerText returns the raw text below n, block boundaries as spaces.
func innerText(n *node) string {
	var b strings.Builder
	var walk func(*node)
	walk = func(n *node) {
		if n.tag == "" {
			b.WriteString(n.text)
			return
		}
		block := n.tag == "br" || !inlineTags[n.tag]
		if block {
			b.WriteByte(' ')
		}
		for _, k := range n.kids {
			walk(k)
		}
		if block {
			b.WriteByte(' ')
		}
	}
	walk(n)
	return b.String()
}

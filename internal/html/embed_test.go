package html

import (
	"strings"
	"testing"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/google/go-cmp/cmp"
)

// prose surrounds an embed with enough article text to be chosen as the
// content.
func prose(embed string) string {
	return `<html><body><div class="article-body">
<p>The mayor announced the new budget on Tuesday, saying that schools, roads and clinics would all receive more money next year.</p>` + embed + `
<p>Opposition councillors said the plan relied on optimistic forecasts, and promised to table amendments before the final vote.</p>
</div></body></html>`
}

func TestEmbeds(t *testing.T) {
	tests := []struct {
		name, embed string
		want        dyad.Post
		text        string // a piece of the post's text
	}{
		{"twitter", `<blockquote class="twitter-tweet"><p>Budget day. Read the full plan on our site.</p>&mdash; City Hall (@ExampleCity) <a href="https://twitter.com/ExampleCity/status/123">March 4, 2025</a></blockquote>`,
			dyad.Post{Author: "City Hall", Handle: "@ExampleCity", Date: time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC), URL: "https://twitter.com/ExampleCity/status/123", Platform: "twitter"},
			"Budget day."},
		{"instagram", `<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/ABC/"><a href="https://www.instagram.com/p/ABC/">A post shared by Rosa Lind (@rosa.lind)</a></blockquote>`,
			dyad.Post{Author: "Rosa Lind", Handle: "@rosa.lind", URL: "https://www.instagram.com/p/ABC/", Platform: "instagram"},
			"A post shared by"},
		{"bluesky", `<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:x/app.bsky.feed.post/1"><p>Councillors are debating now.</p>&mdash; Local Desk (@localdesk.bsky.social) <a href="https://bsky.app/profile/did:plc:x/post/1">2025-03-04T10:00:00Z</a></blockquote>`,
			dyad.Post{Author: "Local Desk", Handle: "@localdesk.bsky.social", Date: time.Date(2025, 3, 4, 10, 0, 0, 0, time.UTC), URL: "https://bsky.app/profile/did:plc:x/post/1", Platform: "bluesky"},
			"Councillors are debating now."},
		{"mastodon iframe", `<iframe class="mastodon-embed" src="https://toot.example/@reporter/1098/embed"></iframe>`,
			dyad.Post{Handle: "@reporter@toot.example", URL: "https://toot.example/@reporter/1098", Platform: "mastodon"},
			"https://toot.example/@reporter/1098"},
		{"mastodon blockquote", `<blockquote class="mastodon-embed" data-embed-url="https://toot.example/@desk/55/embed"><a href="https://toot.example/@desk/55">The vote is tomorrow.</a></blockquote>`,
			dyad.Post{Handle: "@desk@toot.example", URL: "https://toot.example/@desk/55", Platform: "mastodon"},
			"The vote is tomorrow."},
		{"facebook", `<div class="fb-post" data-href="https://www.facebook.com/cityhall/posts/42"><blockquote cite="https://www.facebook.com/cityhall/posts/42" class="fb-xfbml-parse-ignore"><p>Join us for the budget town hall.</p>Posted by <a href="https://www.facebook.com/cityhall">City Hall</a></blockquote></div>`,
			dyad.Post{Author: "City Hall", URL: "https://www.facebook.com/cityhall/posts/42", Platform: "facebook"},
			"Join us for the budget town hall."},
		{"facebook video", `<div class="fb-video" data-href="https://www.facebook.com/cityhall/videos/7"></div>`,
			dyad.Post{URL: "https://www.facebook.com/cityhall/videos/7", Platform: "facebook"},
			"https://www.facebook.com/cityhall/videos/7"},
		{"youtube", `<iframe src="//www.youtube-nocookie.com/embed/xyz123?rel=0" title="Budget speech in full"></iframe>`,
			dyad.Post{URL: "https://www.youtube.com/watch?v=xyz123", Platform: "youtube"},
			"Budget speech in full"},
		{"telegram script", `<script async src="https://telegram.org/js/telegram-widget.js" data-telegram-post="citynews/812"></script>`,
			dyad.Post{Handle: "@citynews", URL: "https://t.me/citynews/812", Platform: "telegram"},
			"https://t.me/citynews/812"},
		{"telegram blockquote", `<blockquote data-telegram-post="citynews/813"><p>Budget passed at first reading.</p></blockquote>`,
			dyad.Post{Handle: "@citynews", URL: "https://t.me/citynews/813", Platform: "telegram"},
			"Budget passed at first reading."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := extractString(t, prose(tt.embed))
			checkBlocks(t, d)
			var posts []dyad.Block
			for _, b := range d.Blocks {
				switch b.Kind {
				case dyad.BlockPost:
					posts = append(posts, b)
				case dyad.BlockBody:
					if strings.Contains(b.Text, tt.text) {
						t.Errorf("post text in body block %q", b.Text)
					}
				}
			}
			if len(posts) != 1 {
				t.Fatalf("got %d post blocks, want 1: %+v", len(posts), d.Blocks)
			}
			if diff := cmp.Diff(tt.want, *posts[0].Post); diff != "" {
				t.Errorf("post (-want +got):\n%s", diff)
			}
			if !strings.Contains(posts[0].Text, tt.text) {
				t.Errorf("post text %q lacks %q", posts[0].Text, tt.text)
			}
			if len(d.Blocks) != 3 || d.Blocks[1].Kind != dyad.BlockPost {
				t.Errorf("post not in place between the two paragraphs: %+v", d.Blocks)
			}
		})
	}
}

// TestEmbedInChrome checks that a post inside a container named like chrome
// ("social-embed") survives chrome removal.
func TestEmbedInChrome(t *testing.T) {
	d := extractString(t, prose(`<div class="social-embed"><blockquote class="twitter-tweet"><p>Live from the chamber.</p>&mdash; Desk (@desk) <a href="https://twitter.com/desk/status/9">March 4, 2025</a></blockquote></div>`))
	n := 0
	for _, b := range d.Blocks {
		if b.Kind == dyad.BlockPost {
			n++
		}
	}
	if n != 1 {
		t.Errorf("got %d posts, want 1: %+v", n, d.Blocks)
	}
}

package clean

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/dyad-events/dyad"
)

// postCase is a text with the expected post blocks.
type postCase struct {
	name  string
	text  string
	posts []dyad.Post
	texts []string // each post block's text
	body  int      // body blocks expected
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestPosts(t *testing.T) {
	tests := []postCase{
		{name: "text line then signature",
			text:  "The mayor responded online.\nWe will rebuild the bridge by summer. https://t.co/Ab12Cd\n— Lena Park (@MayorPark) June 4, 2024\nCrews began work on Monday.",
			posts: []dyad.Post{{Author: "Lena Park", Handle: "@MayorPark", Date: day(2024, 6, 4), URL: "https://t.co/Ab12Cd", Platform: "twitter"}},
			texts: []string{"We will rebuild the bridge by summer. https://t.co/Ab12Cd\n— Lena Park (@MayorPark) June 4, 2024"},
			body:  2},
		{name: "hyphen signature and trailing picture line",
			text:  "Officials confirmed the closure.\nThe border is closed until further notice.\n- Border Agency (@BorderAgency) 2 March 2025\nQueues stretched for miles pic.twitter.com/Xy9Zz\nTraders said they had lost a week of sales.",
			posts: []dyad.Post{{Author: "Border Agency", Handle: "@BorderAgency", Date: day(2025, 3, 2), URL: "https://pic.twitter.com/Xy9Zz", Platform: "twitter"}},
			texts: []string{"The border is closed until further notice.\n- Border Agency (@BorderAgency) 2 March 2025\nQueues stretched for miles pic.twitter.com/Xy9Zz"},
			body:  2},
		{name: "link line before the next signature belongs to the next post",
			text:  "Both leaders posted.\nFirst post text here today.\n— Leader One (@leader1) May 2, 2025\nSecond post text pic.twitter.com/Qq11\n— Leader Two (@leader2) May 3, 2025\nAnalysts were unimpressed.",
			posts: []dyad.Post{{Author: "Leader One", Handle: "@leader1", Date: day(2025, 5, 2), Platform: "twitter"}, {Author: "Leader Two", Handle: "@leader2", Date: day(2025, 5, 3), URL: "https://pic.twitter.com/Qq11", Platform: "twitter"}},
			texts: []string{"First post text here today.\n— Leader One (@leader1) May 2, 2025", "Second post text pic.twitter.com/Qq11\n— Leader Two (@leader2) May 3, 2025"},
			body:  2},
		{name: "earlier line with a link is post text, narration is not",
			text:  "She wrote on Sunday that talks had failed.\nThread on the talks: https://t.co/Aa1\nNo deal tonight.\n— Ana Diaz (@anadiaz) January 5, 2025",
			posts: []dyad.Post{{Author: "Ana Diaz", Handle: "@anadiaz", Date: day(2025, 1, 5), URL: "https://t.co/Aa1", Platform: "twitter"}},
			texts: []string{"Thread on the talks: https://t.co/Aa1\nNo deal tonight.\n— Ana Diaz (@anadiaz) January 5, 2025"},
			body:  1},
		{name: "hashtag line pulls in the words before it",
			text:  "The union answered.\nFour days and no written offer from anyone.\n#Strike #Port pic.twitter.com/Zz1\n— Dock Union (@dockunion) Mar 12, 2026",
			posts: []dyad.Post{{Author: "Dock Union", Handle: "@dockunion", Date: day(2026, 3, 12), URL: "https://pic.twitter.com/Zz1", Platform: "twitter"}},
			texts: []string{"Four days and no written offer from anyone.\n#Strike #Port pic.twitter.com/Zz1\n— Dock Union (@dockunion) Mar 12, 2026"},
			body:  1},
		{name: "inline signature with status link",
			text:  "He replied within minutes.\nWe never agreed to that. — Jon Bell (@jonbell) April 1, 2025 https://twitter.com/jonbell/status/123456789\nThe row continued.",
			posts: []dyad.Post{{Author: "Jon Bell", Handle: "@jonbell", Date: day(2025, 4, 1), URL: "https://twitter.com/jonbell/status/123456789", Platform: "twitter"}},
			texts: []string{"We never agreed to that. — Jon Bell (@jonbell) April 1, 2025 https://twitter.com/jonbell/status/123456789"},
			body:  2},
		{name: "instagram",
			text:  "The singer announced the tour.\nSee you all in September!\nA post shared by Mila Rose (@milarose) on Jul 9, 2024 at 10:02am PDT\nTickets go on sale Friday.",
			posts: []dyad.Post{{Author: "Mila Rose", Handle: "@milarose", Date: day(2024, 7, 9), Platform: "instagram"}},
			texts: []string{"See you all in September!\nA post shared by Mila Rose (@milarose) on Jul 9, 2024 at 10:02am PDT"},
			body:  2},
		{name: "signature without its dash",
			text:  "The embassy posted a warning.\nAvoid the city centre tonight.\nUS Embassy Lima (@USEmbassyLima) 3 May 2025\nShops closed early.",
			posts: []dyad.Post{{Author: "US Embassy Lima", Handle: "@USEmbassyLima", Date: day(2025, 5, 3), Platform: "twitter"}},
			texts: []string{"Avoid the city centre tonight.\nUS Embassy Lima (@USEmbassyLima) 3 May 2025"},
			body:  2},
		{name: "bluesky",
			text:  "She moved to Bluesky last year.\nPolls open at eight. Bring ID.\n— Ana Ruiz (@anaruiz.bsky.social) May 2, 2025 at 3:15 PM\nTurnout was high.",
			posts: []dyad.Post{{Author: "Ana Ruiz", Handle: "@anaruiz.bsky.social", Date: day(2025, 5, 2), Platform: "bluesky"}},
			texts: []string{"Polls open at eight. Bring ID.\n— Ana Ruiz (@anaruiz.bsky.social) May 2, 2025 at 3:15 PM"},
			body:  2},
		{name: "a sentence naming a handle is no signature",
			text: "The newspaper (@dailyherald) first reported the story on May 2, 2025.",
			body: 1},
		{name: "a dash clause in narration is no signature",
			text: "The minister - who spoke to reporters (and to @Reuters) - said nothing new.",
			body: 1},
	}
	c := New()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkPosts(t, c, tt) })
	}
}

func checkPosts(t *testing.T, c *Cleaner, tt postCase) {
	d := &dyad.Document{Text: tt.text}
	run(t, c, d)
	var posts []dyad.Post
	var texts []string
	body := 0
	for _, b := range d.Blocks {
		switch b.Kind {
		case dyad.BlockPost:
			posts = append(posts, *b.Post)
			texts = append(texts, b.Text)
		case dyad.BlockBody:
			body++
		}
	}
	if fmt.Sprint(posts) != fmt.Sprint(tt.posts) {
		t.Errorf("posts\n got %+v\nwant %+v", posts, tt.posts)
	}
	if strings.Join(texts, "|") != strings.Join(tt.texts, "|") {
		t.Errorf("post texts\n got %q\nwant %q", texts, tt.texts)
	}
	if body != tt.body {
		t.Errorf("%d body blocks, want %d: %q", body, tt.body, kinds(d))
	}
}

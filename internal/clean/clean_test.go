package clean

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

// run cleans text and checks the block invariants.
func run(t testing.TB, c *Cleaner, d *dyad.Document) {
	t.Helper()
	if err := c.Process(context.Background(), d); err != nil {
		t.Fatalf("Process: %v", err)
	}
	if err := checkBlocks(d); err != nil {
		t.Fatal(err)
	}
}

// checkBlocks reports the first broken block invariant: blocks are ordered,
// non-overlapping spans of the text whose Text matches the span.
func checkBlocks(d *dyad.Document) error {
	end := 0
	for i, b := range d.Blocks {
		if b.Start < end || b.End < b.Start || b.End > len(d.Text) {
			return fmt.Errorf("block %d [%d,%d) out of order or bounds (prev end %d, len %d)", i, b.Start, b.End, end, len(d.Text))
		}
		if b.Text != d.Text[b.Start:b.End] {
			return fmt.Errorf("block %d text %q != span %q", i, b.Text, d.Text[b.Start:b.End])
		}
		if b.Kind == "" {
			return fmt.Errorf("block %d has no kind", i)
		}
		end = b.End
	}
	return nil
}

// kinds renders blocks as "kind:reason" lines, for compact expectations.
func kinds(d *dyad.Document) []string {
	var out []string
	for _, b := range d.Blocks {
		out = append(out, string(b.Kind)+":"+b.Reason)
	}
	return out
}

func TestLineRules(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"related list until article resumes", "The council met on Monday and approved the budget.\nYou may also like:\nTen gardens to visit this spring\nWhy rents keep rising in the capital?\nThe vote passed by 31 to 12, with two abstentions, after a debate that lasted most of the afternoon.",
			[]string{"body:body", "boilerplate:list.also-like", "boilerplate:list.also-like", "boilerplate:list.also-like", "body:body"}},
		{"list ends at a sentence", "Officials said the bridge would reopen.\nMost read\nStorm closes schools in the north\nThe mayor said repairs would cost less than expected.",
			[]string{"body:body", "boilerplate:list.most-read", "boilerplate:list.most-read", "body:body"}},
		{"more from prefix", "The strike ended on Friday.\nMore from World News\nFloods hit southern provinces",
			[]string{"body:body", "boilerplate:list.more-from", "boilerplate:list.more-from"}},
		{"share and subscribe prompts", "Police arrested two men.\nShare this story\nSign up for our morning briefing\nClick to share on WhatsApp (Opens in new window)",
			[]string{"body:body", "boilerplate:share", "boilerplate:subscribe", "boilerplate:share"}},
		{"long paragraph mentioning newsletter stays body", "The minister, who had described the plan in a newsletter to party members last month, said on Tuesday that the government would not retreat from its pledge to cut the deficit by half before the next election, whatever the opposition argued.",
			[]string{"body:body"}},
		{"photo credits", "Rescuers searched the rubble.\n(Photo: Emergency workers in the town square / Supplied)\nPhotograph: Karim Nasser/Reuters\nJane Roe/AFP via Getty Images",
			[]string{"body:body", "boilerplate:credit.photo", "boilerplate:credit.photo", "boilerplate:credit.photo"}},
		{"advertisement", "Turnout was high.\nAdvertisement\nStory continues below advertisement\nCounting began at eight.",
			[]string{"body:body", "boilerplate:ad", "boilerplate:ad", "body:body"}},
		{"cookie prompt", "We use cookies to improve your experience.\nThe talks resumed.",
			[]string{"boilerplate:cookie", "body:body"}},
		{"biscuits are not cookies", "Sales of chocolate cookies rose 4% in the quarter.\nShares fell.",
			[]string{"body:body", "body:body"}},
		{"inline related link", "The port reopened.\nRead more: How the port strike began\nShips queued outside.",
			[]string{"body:body", "boilerplate:related.inline", "body:body"}},
		{"bylines", "Talks resume in Geneva\nBy Maria Lopez and Tom Reed\nDiplomats met again on Monday.",
			[]string{"title:title.first-line", "byline:byline.by", "body:body"}},
		{"agency byline", "Talks resume in Geneva\nMaria Lopez | Reuters\nDiplomats met again on Monday.",
			[]string{"title:title.first-line", "byline:byline.agency", "body:body"}},
		{"by as a preposition is body", "By Monday the river had fallen by two metres.",
			[]string{"body:body"}},
		{"credit trailer", "The ceasefire held.\nReporting by Ana Silva; Editing by John Mair",
			[]string{"body:body", "boilerplate:footer"}},
	}
	c := New()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &dyad.Document{Text: tt.text}
			run(t, c, d)
			if got := kinds(d); strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestTitle(t *testing.T) {
	tests := []struct {
		name, text, meta string
		want             dyad.BlockKind
	}{
		{"headline", "Rebels agree to ceasefire in north\nThe rebels said on Sunday.", "", dyad.BlockTitle},
		{"question headline", "Will the ceasefire hold?\nThe rebels said on Sunday.", "", dyad.BlockTitle},
		{"all caps with abbreviation", "TAIWAN TO SEEK TALKS WITH U.S.\nTaiwan said on Sunday.", "", dyad.BlockTitle},
		{"sentence", "Rebels agreed to a ceasefire in the north on Sunday, officials said.\nThe truce began at noon.", "", dyad.BlockBody},
		{"long first line", "Rebels in the north of the country agreed to a ceasefire with government forces on Sunday after three weeks of talks in the capital\nThe truce began at noon.", "", dyad.BlockBody},
		{"broken sentence", "Rebels agreed on Sunday to a ceasefire with\nthe army, officials said.", "", dyad.BlockBody},
		{"lone line", "Rebels agree to ceasefire", "", dyad.BlockBody},
		{"two sentences", "Prices rose again. Shoppers are angry\nThe index rose 2%.", "", dyad.BlockBody},
		{"abbreviation is no sentence break", "U.S. Open ends early\nRain stopped play.", "", dyad.BlockTitle},
		{"brand name start", "iPhone sales slow in Europe\nApple said on Monday.", "", dyad.BlockTitle},
		{"repeats metadata title", "Rebels agreed to a ceasefire.\nThe truce began at noon.", "Rebels agreed to a ceasefire.", dyad.BlockTitle},
	}
	c := New()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &dyad.Document{Text: tt.text, Title: tt.meta}
			run(t, c, d)
			if got := d.Blocks[0].Kind; got != tt.want {
				t.Errorf("first block %s (%s), want %s", got, d.Blocks[0].Reason, tt.want)
			}
		})
	}
}

func TestDateline(t *testing.T) {
	tests := []struct {
		name, text           string
		dateline, place, src string
		body                 string
	}{
		{"reuters", "MEXICO CITY (Reuters) - The peso fell.", "MEXICO CITY (Reuters) -", "MEXICO CITY", "Reuters", "The peso fell."},
		{"ap with date", "LONDON, May 3 (AP) — Strikes spread.", "LONDON, May 3 (AP) —", "LONDON", "AP", "Strikes spread."},
		{"bare place", "WASHINGTON — The Senate voted.", "WASHINGTON —", "WASHINGTON", "", "The Senate voted."},
		{"place and region", "KYIV, Ukraine (AP) — Sirens sounded.", "KYIV, Ukraine (AP) —", "KYIV, Ukraine", "AP", "Sirens sounded."},
		{"state abbreviation", "ST. LOUIS, Mo. -- The river rose.", "ST. LOUIS, Mo. --", "ST. LOUIS, Mo.", "", "The river rose."},
		{"accented place", "SÃO PAULO, Brazil (Reuters) - Markets rallied.", "SÃO PAULO, Brazil (Reuters) -", "SÃO PAULO, Brazil", "Reuters", "Markets rallied."},
		{"ordinary capitals with date", "New York, March 2 - Shares fell.", "New York, March 2 -", "New York", "", "Shares fell."},
		{"capital month and slash", "DALLAS/FORT WORTH, Texas, MARCH 3 - Fares rose.", "DALLAS/FORT WORTH, Texas, MARCH 3 -", "DALLAS/FORT WORTH, Texas", "", "Fares rose."},
		{"ordinary capitals without date is no dateline", "New York - the city that never sleeps - woke late.", "", "", "", ""},
		{"source only", "(Reuters) - Oil rose.", "(Reuters) -", "", "Reuters", "Oil rose."},
		{"after title and byline", "Peso falls\nBy Ana Ruiz\nMEXICO CITY (Reuters) - The peso fell.", "MEXICO CITY (Reuters) -", "MEXICO CITY", "Reuters", "The peso fell."},
		{"no dateline in later paragraphs", "The peso fell.\nMEXICO CITY - Traders said.", "", "", "", ""},
		{"acronym is not a place", "NATO said on Monday it would send more ships.", "", "", "", ""},
	}
	c := New()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &dyad.Document{Text: tt.text}
			run(t, c, d)
			i := indexKind(d, dyad.BlockDateline)
			if tt.dateline == "" {
				if i >= 0 {
					t.Fatalf("unexpected dateline %q", d.Blocks[i].Text)
				}
				return
			}
			if i < 0 || i+1 >= len(d.Blocks) {
				t.Fatalf("no dateline and body in %q", kinds(d))
			}
			b := d.Blocks[i]
			if b.Text != tt.dateline || b.Place != tt.place || b.Source != tt.src {
				t.Errorf("dateline %q place %q source %q, want %q %q %q", b.Text, b.Place, b.Source, tt.dateline, tt.place, tt.src)
			}
			if next := d.Blocks[i+1]; next.Kind != dyad.BlockBody || next.Text != tt.body {
				t.Errorf("after dateline %s %q, want body %q", next.Kind, next.Text, tt.body)
			}
		})
	}
}

func indexKind(d *dyad.Document, k dyad.BlockKind) int {
	for i, b := range d.Blocks {
		if b.Kind == k {
			return i
		}
	}
	return -1
}

func TestWrappedText(t *testing.T) {
	text := "PORT TALKS RESUME\nGENOA, May 2 - Dock operators and unions met\nagain on Friday to discuss the new shift rules, officials\nsaid.\n    The talks will continue next week, a union official\nsaid after the meeting.\n"
	d := &dyad.Document{Text: text}
	run(t, New(), d)
	want := []string{"title:title.first-line", "dateline:dateline.wire", "body:body", "body:body"}
	if got := kinds(d); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Fatalf("got %q, want %q", got, want)
	}
	if got := d.Blocks[3].Text; got != "The talks will continue next week, a union official\nsaid after the meeting." {
		t.Errorf("last paragraph %q", got)
	}
}

func TestExtractedBlocks(t *testing.T) {
	text := "Headline from the page\nBy Sara Kim\nThe vote was close.\nAdvertisement\nThe count ended late.\nA post text.\n— Some One (@someone) May 1, 2025"
	title := strings.Index(text, "Headline")
	body := strings.Index(text, "By Sara")
	post := strings.Index(text, "A post")
	d := &dyad.Document{Text: text, Blocks: []dyad.Block{
		{Kind: dyad.BlockTitle, Start: title, End: body - 1, Text: text[title : body-1], Reason: "html.title"},
		{Kind: dyad.BlockBody, Start: body, End: post - 1, Text: text[body : post-1]},
		{Kind: dyad.BlockPost, Start: post, End: len(text), Text: text[post:], Post: &dyad.Post{Handle: "@someone"}, Reason: "html.blockquote"},
	}}
	run(t, New(), d)
	want := []string{"title:html.title", "byline:byline.by", "body:body", "boilerplate:ad", "body:body", "post:html.blockquote"}
	if got := kinds(d); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Fatalf("got %q, want %q", got, want)
	}
	if d.Blocks[5].Post == nil || d.Blocks[5].Post.Handle != "@someone" {
		t.Errorf("kept post lost its Post: %+v", d.Blocks[5].Post)
	}
}

func TestBadBlocksAreSplitAgain(t *testing.T) {
	d := &dyad.Document{Text: "One line.\nTwo line.", Blocks: []dyad.Block{{Kind: dyad.BlockBody, Start: 5, End: 99}}}
	run(t, New(), d)
	if len(d.Blocks) != 2 || len(d.Errors) != 1 || d.Errors[0].Reason != dyad.ReasonMalformed {
		t.Errorf("blocks %q errors %+v", kinds(d), d.Errors)
	}
}

func TestUserRules(t *testing.T) {
	path := filepath.Join(t.TempDir(), "mine.rules")
	rules := "# house rules\nmine.promo boilerplate prefix Call our hotline\nmine.head list is Partner offers:\n"
	if err := os.WriteFile(path, []byte(rules), 0o644); err != nil {
		t.Fatal(err)
	}
	text := "The bank cut rates.\nCall our hotline for a quote\nAdvertisement\nPartner offers\nCheap loans today"
	tests := []struct {
		name       string
		noDefaults bool
		want       []string
	}{
		{"added to defaults", false, []string{"body:body", "boilerplate:mine.promo", "boilerplate:ad", "boilerplate:mine.head", "boilerplate:mine.head"}},
		{"instead of defaults", true, []string{"body:body", "boilerplate:mine.promo", "body:body", "boilerplate:mine.head", "boilerplate:mine.head"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := NewWithConfig(Config{RuleFiles: []string{path}, NoDefaults: tt.noDefaults})
			if err != nil {
				t.Fatal(err)
			}
			d := &dyad.Document{Text: text}
			run(t, c, d)
			if got := kinds(d); strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
	if _, err := NewWithConfig(Config{RuleFiles: []string{filepath.Join(t.TempDir(), "missing")}}); err == nil {
		t.Error("missing rules file: no error")
	}
}

func TestParseRule(t *testing.T) {
	tests := []struct {
		line    string
		ok      bool
		wantErr string
	}{
		{"# comment", false, ""},
		{"   ", false, ""},
		{"ad boilerplate is Advertisement", true, ""},
		{"ad boilerplate is", false, "want ID KIND MATCH PATTERN"},
		{"ad nonsense is Advertisement", false, "unknown kind"},
		{"ad boilerplate sounds-like Advertisement", false, "unknown match"},
		{"ad boilerplate regexp (", false, "missing closing"},
		{"dl dateline regexp ^[A-Z]+ -", false, "named group"},
		{"dl dateline prefix WASHINGTON", false, "must be regexps"},
		{"d date is May", false, "layout"},
		{"x boilerplate layout Jan 2", false, "layout"},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			_, ok, err := ParseRule(tt.line)
			if ok != tt.ok {
				t.Errorf("ok = %v, want %v", ok, tt.ok)
			}
			if (err == nil) != (tt.wantErr == "") || err != nil && !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("err = %v, want %q", err, tt.wantErr)
			}
		})
	}
}

func TestRequiredLiterals(t *testing.T) {
	tests := []struct {
		pattern string
		want    string
	}{
		{`\((?P<h>@\w+)\)`, "[(] [@] [)]"},
		{`(?i:by)\s+x`, "[by]i [x]"},
		{`^(?i:by)\s+x`, "^[by]i [by]i [x]"},
		{`^(?:Read|See) more`, "^[Read See] [Read See] [ more]"},
		{`^\(?x`, "[x]"},
		{`a?b|c`, "[b c]"},
		{`a?b|c*`, ""},
		{`(?:ab){2,}z*`, "[ab] [ab]"},
		{`^(?i:Photo|Image)s?:`, "^[photo image]i [photo image]i [:]"},
		{`\w+\s*[|/]`, "[/ |]"},
		{`[a-z]x`, "[x]"},
	}
	for _, tt := range tests {
		t.Run(tt.pattern, func(t *testing.T) {
			var got []string
			for _, n := range requiredLiterals(tt.pattern) {
				s := fmt.Sprint(n.lits)
				if n.fold {
					s += "i"
				}
				if n.prefix {
					s = "^" + s
				}
				got = append(got, s)
			}
			if strings.Join(got, " ") != tt.want {
				t.Errorf("got %q, want %q", strings.Join(got, " "), tt.want)
			}
		})
	}
}

package quote

import (
	"context"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

// doc builds a document with one body block (and sentence) per line.
func doc(lines ...string) *dyad.Document {
	d := &dyad.Document{Text: strings.Join(lines, "\n")}
	off := 0
	for _, l := range lines {
		d.Blocks = append(d.Blocks, dyad.Block{Kind: dyad.BlockBody, Text: l, Start: off, End: off + len(l)})
		d.Sentences = append(d.Sentences, dyad.Sentence{Block: len(d.Blocks) - 1, Start: off, End: off + len(l), Text: l})
		off += len(l) + 1
	}
	return d
}

type want struct{ text, speaker, verb string }

func TestQuoteShapes(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []want
	}{
		{"attribution after", []string{`“We will not give up,” Ruiz said.`}, []want{{"We will not give up,", "Ruiz", "said"}}},
		{"verb first after", []string{`"The border stays open," said the interior minister.`}, []want{{"The border stays open,", "the interior minister", "said"}}},
		{"attribution before with colon", []string{`To loud cheers, she added: “We will never accept it.”`}, []want{{"We will never accept it.", "she", "added"}}},
		{"attribution before with comma", []string{`He told reporters, "The talks failed."`}, []want{{"The talks failed.", "He", "told"}}},
		{"split quote", []string{`“We can talk,” the minister said, “but not today.”`}, []want{{"We can talk,", "the minister", "said"}, {"but not today.", "the minister", "said"}}},
		{"partial quote", []string{`Officials called the deal “a betrayal” of farmers.`}, []want{{"a betrayal", "", ""}}},
		{"paragraph-initial quote continues speaker", []string{`“We are ready,” Ruiz said.`, `“Nobody will stop us.”`}, []want{{"We are ready,", "Ruiz", "said"}, {"Nobody will stop us.", "Ruiz", ""}}},
		{"single quotes British style", []string{`‘It is over,’ the mayor said.`}, []want{{"It is over,", "the mayor", "said"}}},
		{"apostrophes are not quotes", []string{`The farmers' union rejected Ruiz’s plan, officials said.`}, nil},
		{"according to", []string{`"The plant is closed," according to the company.`}, []want{{"The plant is closed,", "the company", "according to"}}},
		{"indirect speech", []string{`The minister said on Friday that the troops would leave.`}, []want{{"the troops would leave", "The minister", "said"}}},
	}
	f := New()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := doc(tt.lines...)
			if err := f.Process(context.Background(), d); err != nil {
				t.Fatal(err)
			}
			if len(d.Quotes) != len(tt.want) {
				t.Fatalf("got %d quotes %+v, want %d", len(d.Quotes), d.Quotes, len(tt.want))
			}
			for i, w := range tt.want {
				q := d.Quotes[i]
				if q.Text != w.text || q.SpeakerText != w.speaker || q.Verb != w.verb {
					t.Errorf("quote %d = %q by %q (%q), want %q by %q (%q)", i, q.Text, q.SpeakerText, q.Verb, w.text, w.speaker, w.verb)
				}
			}
		})
	}
}

func TestNestedAndMixedMarks(t *testing.T) {
	// Opened curly, closed straight, with single-quoted speech inside.
	d := doc(`“He said, 'Can we help you? I propose it.' And you know what I said to him? 'No, Mr President.'"`, `She added it later.`)
	_ = New().Process(context.Background(), d)
	if len(d.Quotes) != 3 {
		t.Fatalf("got %d quotes: %+v", len(d.Quotes), d.Quotes)
	}
	outer, first, second := d.Quotes[0], d.Quotes[1], d.Quotes[2]
	if outer.Parent != -1 || first.Parent != 0 || second.Parent != 0 {
		t.Errorf("parents %d %d %d", outer.Parent, first.Parent, second.Parent)
	}
	if first.Text != "Can we help you? I propose it." || first.SpeakerText != "He" {
		t.Errorf("first nested %q by %q", first.Text, first.SpeakerText)
	}
	if second.Text != "No, Mr President." || second.SpeakerText != "I" {
		t.Errorf("second nested %q by %q", second.Text, second.SpeakerText)
	}
}

func TestMultiParagraphQuote(t *testing.T) {
	d := doc(`“The first part goes on,`, `“and ends here,” Ruiz said.`)
	_ = New().Process(context.Background(), d)
	if len(d.Quotes) != 1 {
		t.Fatalf("got %d quotes: %+v", len(d.Quotes), d.Quotes)
	}
	if q := d.Quotes[0]; !strings.HasPrefix(q.Text, "The first part") || !strings.HasSuffix(q.Text, "ends here,") || q.SpeakerText != "Ruiz" {
		t.Errorf("got %q by %q", q.Text, q.SpeakerText)
	}
}

func TestSpeakersResolveThroughMentions(t *testing.T) {
	d := doc(`President Ana Ruiz met Carlos Vega on Monday.`, `“He said, 'Give up.' I said no,” she said.`)
	ruiz := &dyad.Actor{Code: "PERGOV", Name: "Ana Ruiz", ID: "ruiz"}
	vega := &dyad.Actor{Code: "BOLGOV", Name: "Carlos Vega", ID: "vega"}
	d.Mentions = []dyad.Mention{
		{Start: 0, End: 18, Kind: dyad.MentionName, Actor: ruiz, Ref: -1},
		{Start: 23, End: 34, Kind: dyad.MentionName, Actor: vega, Ref: -1},
	}
	// "she" is a pronoun mention pointing back to Ruiz.
	she := strings.LastIndex(d.Text, "she")
	d.Mentions = append(d.Mentions, dyad.Mention{Start: she, End: she + 3, Kind: dyad.MentionPronoun, Ref: 0})
	_ = New().Process(context.Background(), d)
	got := map[string]string{}
	for _, q := range d.Quotes {
		if q.Speaker != nil {
			got[q.Text] = q.Speaker.Name
		}
	}
	if got["Give up."] != "Carlos Vega" {
		t.Errorf("nested 'he' resolved to %q, want Carlos Vega (%v)", got["Give up."], got)
	}
	if got["He said, 'Give up.' I said no,"] != "Ana Ruiz" {
		t.Errorf("outer quote by %q, want Ana Ruiz (%v)", got["He said, 'Give up.' I said no,"], got)
	}
}

func TestPostsAreQuotes(t *testing.T) {
	d := doc(`Some text.`, `Markets fell sharply today`)
	d.Blocks[1].Kind = dyad.BlockPost
	d.Blocks[1].Post = &dyad.Post{Author: "Daily Wire Service", Handle: "@dws"}
	_ = New().Process(context.Background(), d)
	if len(d.Quotes) != 1 || d.Quotes[0].SpeakerText != "Daily Wire Service" || d.Quotes[0].Speaker == nil {
		t.Fatalf("got %+v", d.Quotes)
	}
}

func FuzzQuotes(f *testing.F) {
	for _, s := range []string{`“a ‘b’ c” d said`, `"x`, `'`, `“”“`, `He said, "a 'b" c'`, "“a\n“b” he said"} {
		f.Add(s)
	}
	fd := New()
	f.Fuzz(func(t *testing.T, s string) {
		d := doc(strings.Split(s, "\n")...)
		if err := fd.Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		for _, q := range d.Quotes {
			if q.Start > q.End || q.End > len(d.Text) || d.Text[q.Start:q.End] != q.Text {
				t.Fatalf("bad quote span %+v", q)
			}
			if q.Parent >= len(d.Quotes) {
				t.Fatalf("bad parent %d", q.Parent)
			}
		}
	})
}

func BenchmarkQuotes(b *testing.B) {
	lines := []string{
		`President Ana Ruiz said on Friday that the talks had failed.`,
		`“We can work together, but not like this,” Ruiz said. “He said, 'Trust me.' I said no.”`,
		`To loud applause, she added: “We will never accept it.”`,
	}
	f := New()
	for b.Loop() {
		_ = f.Process(context.Background(), doc(lines...))
	}
}

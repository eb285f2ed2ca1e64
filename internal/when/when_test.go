package when

import (
	"context"
	"testing"
	"time"

	"github.com/dyad-events/dyad"
)

func newFinder(t testing.TB) *Finder {
	t.Helper()
	f, err := New()
	if err != nil {
		t.Fatal(err)
	}
	f.now = func() time.Time { return date(2026, 11, 24) }
	return f
}

// doc makes a one-body-block document.
func doc(text string, pub time.Time) *dyad.Document {
	return &dyad.Document{Text: text, Date: pub, Blocks: []dyad.Block{{Kind: dyad.BlockBody, Text: text, Start: 0, End: len(text)}}}
}

func TestExpressions(t *testing.T) {
	pub := date(2025, 5, 3) // a Saturday
	tests := []struct {
		text, want, value string
	}{
		{"She spoke on Saturday, 3 May, to supporters.", "Saturday, 3 May", "2025-05-03"},
		{"Talks began on May 3, 2024 in Geneva.", "May 3, 2024", "2024-05-03"},
		{"It was signed on 2025-04-30.", "2025-04-30", "2025-04-30"},
		{"They met on 19 February.", "19 February", "2025-02-19"},
		{"Troops arrived in January.", "January", "2025-01"},
		{"The vote is due in June.", "June", "2025-06"},
		{"They met in December.", "December", "2024-12"},
		{"It was agreed last month.", "last month", "2025-04"},
		{"It will end next year.", "next year", "2026"},
		{"The law passed last week.", "last week", "2025-W17"},
		{"Police said yesterday.", "yesterday", "2025-05-02"},
		{"He spoke on Friday.", "Friday", "2025-05-02"},
		{"He will speak on Tuesday.", "Tuesday", "2025-05-06"},
		{"The war began two years ago.", "two years ago", "2023"},
		{"The army has grown in recent months.", "in recent months", "PXM"},
		{"The siege lasted three weeks.", "three weeks", "P3W"},
		{"It happened in 2019, officials said.", "2019", "2019"},
		{"Prices rose early this year.", "early this year", "2025"},
		{"She returned in late March.", "late March", "2025-03"},
		{"Turnout peaked in mid-2011.", "mid-2011", "2011"},
		{"Rebels now control the town.", "now", "PRESENT_REF"},
		{"Officials said it was the worst flood of the 20th century.", "20th century", "19"},
		{"It happened last June.", "last June", "2024-06"},
		{"He left on Sunday night.", "Sunday night", "2025-04-27TNI"},
	}
	f := newFinder(t)
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			d := doc(tt.text, pub)
			if err := f.Process(context.Background(), d); err != nil {
				t.Fatal(err)
			}
			if len(d.Times) != 1 {
				t.Fatalf("got %d expressions: %+v", len(d.Times), d.Times)
			}
			got := d.Times[0]
			if got.Text != tt.want || got.Value != tt.value {
				t.Errorf("got %q = %s, want %q = %s", got.Text, got.Value, tt.want, tt.value)
			}
			if d.Text[got.Start:got.End] != got.Text {
				t.Errorf("offsets %d:%d do not give %q", got.Start, got.End, got.Text)
			}
		})
	}
}

func TestNotTimes(t *testing.T) {
	for _, text := range []string{
		"Officials may resign.",
		"Protesters march on the capital.",
		"The army sent 2000 troops.",
		"He paid $2019 for it.",
		"Sunni and Shia leaders met.",
	} {
		t.Run(text, func(t *testing.T) {
			d := doc(text, date(2025, 5, 3))
			_ = newFinder(t).Process(context.Background(), d)
			if len(d.Times) != 0 {
				t.Errorf("found %+v", d.Times)
			}
		})
	}
}

func TestDayBeforeFollowsLastExplicitDate(t *testing.T) {
	text := "She spoke on 3 May about an article published the day before. Police acted the next day."
	d := doc(text, date(2025, 5, 10))
	_ = newFinder(t).Process(context.Background(), d)
	want := map[string]string{"3 May": "2025-05-03", "the day before": "2025-05-02", "the next day": "2025-05-04"}
	for _, tr := range d.Times {
		if want[tr.Text] != tr.Value {
			t.Errorf("%q = %s, want %s", tr.Text, tr.Value, want[tr.Text])
		}
		delete(want, tr.Text)
	}
	if len(want) > 0 {
		t.Errorf("not found: %v", want)
	}
}

func TestInferDate(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		posts []time.Time
		want  string
	}{
		{"weekday fixes year near posts", "The minister said on Saturday, 3 May, that talks failed.", []time.Time{date(2025, 5, 2)}, "2025-05-03"},
		{"weekday fixes year without posts", "The minister said on Tuesday, 4 March, that talks failed.", nil, "2025-03-04"},
		{"latest post", "The minister said that talks failed.", []time.Time{date(2024, 1, 2), date(2024, 1, 5)}, "2024-01-05"},
		{"latest full date", "Talks began on 2 March 2023 and ended on 9 March 2023.", nil, "2023-03-09"},
		{"nothing to go on", "Talks failed.", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := doc(tt.text, time.Time{})
			for _, p := range tt.posts {
				d.Blocks = append(d.Blocks, dyad.Block{Kind: dyad.BlockPost, Post: &dyad.Post{Date: p}})
			}
			_ = newFinder(t).Process(context.Background(), d)
			got := ""
			if !d.Date.IsZero() {
				got = d.Date.Format("2006-01-02")
			}
			if got != tt.want {
				t.Errorf("inferred %q, want %q", got, tt.want)
			}
		})
	}
}

func FuzzFinder(f *testing.F) {
	for _, s := range []string{"on Saturday, 3 May 2025", "the day before", "12 -", "May 31st of", "mid-", "3\n May"} {
		f.Add(s)
	}
	fd, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := doc(s, date(2025, 5, 3))
		if err := fd.Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		last := 0
		for _, tr := range d.Times {
			if tr.Start < last || tr.End > len(s) || tr.Start >= tr.End || s[tr.Start:tr.End] != tr.Text {
				t.Fatalf("bad span %+v in %q", tr, s)
			}
			last = tr.End
		}
	})
}

func BenchmarkFinder(b *testing.B) {
	text := "President Ana Ruiz said on Saturday, 3 May, that the deal signed last month would be reviewed in January, two days after a vote held the day before the summit on 19 February."
	f := newFinder(b)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		d := doc(text, date(2025, 5, 3))
		_ = f.Process(context.Background(), d)
	}
}

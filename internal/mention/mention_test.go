package mention

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/actors"
)

// tok is a hand-parsed token: form, UPOS, head (1-based), relation.
type tok struct {
	form, upos string
	head       int
	rel        string
}

// docOf builds a document of sentences from hand-parsed tokens.
func docOf(date time.Time, sents ...[]tok) *dyad.Document {
	d := &dyad.Document{Date: date}
	var b strings.Builder
	for _, s := range sents {
		start := b.Len()
		var ts []dyad.Token
		for _, t := range s {
			if b.Len() > start {
				b.WriteByte(' ')
			}
			ts = append(ts, dyad.Token{Form: t.form, Start: b.Len(), End: b.Len() + len(t.form), UPOS: t.upos, Head: t.head, Rel: t.rel, SpaceAfter: true})
			b.WriteString(t.form)
		}
		d.Sentences = append(d.Sentences, dyad.Sentence{Block: 0, Start: start, End: b.Len(), Tokens: ts})
		b.WriteByte('\n')
	}
	d.Text = b.String()
	d.Blocks = []dyad.Block{{Kind: dyad.BlockBody, Start: 0, End: len(d.Text), Text: d.Text}}
	for i := range d.Sentences {
		d.Sentences[i].Text = d.Text[d.Sentences[i].Start:d.Sentences[i].End]
	}
	return d
}

func finder(t *testing.T) *Finder {
	t.Helper()
	lx, err := actors.Default()
	if err != nil {
		t.Fatal(err)
	}
	f, err := New(lx)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// actorOf returns the code of the mention with the given text, or "?".
func codeOf(d *dyad.Document, text string, nth int) string {
	for _, m := range d.Mentions {
		if m.Text == text {
			if nth == 0 {
				if m.Actor == nil {
					return ""
				}
				return m.Actor.Code + "/" + m.Actor.Name
			}
			nth--
		}
	}
	return "?"
}

func TestReferences(t *testing.T) {
	day := time.Date(2025, 5, 3, 0, 0, 0, 0, time.UTC)
	d := docOf(day,
		[]tok{{"President", "PROPN", 3, "compound"}, {"Claudia", "PROPN", 3, "compound"}, {"Sheinbaum", "PROPN", 4, "nsubj"}, {"spoke", "VERB", 0, "root"}},
		[]tok{{"Her", "PRON", 2, "nmod:poss"}, {"remarks", "NOUN", 3, "nsubj"}, {"angered", "VERB", 0, "root"}, {"Donald", "PROPN", 5, "compound"}, {"Trump", "PROPN", 3, "obj"}},
		[]tok{{"Trump", "PROPN", 2, "nsubj"}, {"pressured", "VERB", 0, "root"}, {"her", "PRON", 2, "obj"}},
		[]tok{{"The", "DET", 2, "det"}, {"president", "NOUN", 3, "nsubj"}, {"refused", "VERB", 0, "root"}},
		[]tok{{"Carlos", "PROPN", 2, "compound"}, {"Vega", "PROPN", 3, "nsubj"}, {"agreed", "VERB", 0, "root"}, {"and", "CCONJ", 6, "cc"}, {"Vega", "PROPN", 6, "nsubj"}, {"left", "VERB", 3, "conj"}},
		[]tok{{"Former", "ADJ", 4, "amod"}, {"president", "NOUN", 4, "compound"}, {"Vicente", "PROPN", 4, "compound"}, {"Fox", "PROPN", 5, "nsubj"}, {"spoke", "VERB", 0, "root"}},
		[]tok{{"Fox", "PROPN", 2, "nsubj"}, {"left", "VERB", 0, "root"}},
		[]tok{{"Mr", "PROPN", 2, "compound"}, {"Fox", "PROPN", 3, "nsubj"}, {"left", "VERB", 0, "root"}},
	)
	if err := finder(t).Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text string
		nth  int
		want string
	}{
		{"Her", 0, "MEXGOV/Claudia Sheinbaum"},
		{"Donald Trump", 0, "USAGOV/Donald Trump"},
		{"her", 0, "MEXGOV/Claudia Sheinbaum"}, // not Trump, the subject of its clause
		{"The president", 0, "MEXGOV/Claudia Sheinbaum"},
		{"Carlos Vega", 0, "/Carlos Vega"},
		{"Vega", 0, "/Carlos Vega"},
		{"Fox", 0, "MEXELI/Vicente Fox"}, // a sentence's first word, linked to the full name
		{"Mr Fox", 0, "MEXELI/Vicente Fox"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			if got := codeOf(d, tt.text, tt.nth); got != tt.want {
				t.Errorf("%q resolved to %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

// TestSurnameAlone: a surname of someone out of office, never named in
// full in the document, stays an unknown name.
func TestSurnameAlone(t *testing.T) {
	d := docOf(time.Date(2025, 5, 3, 0, 0, 0, 0, time.UTC),
		[]tok{{"Dr", "PROPN", 2, "compound"}, {"Fox", "PROPN", 3, "nsubj"}, {"left", "VERB", 0, "root"}})
	if err := finder(t).Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if got := codeOf(d, "Dr Fox", 0); got != "/Dr Fox" {
		t.Errorf("Dr Fox resolved to %q, want an unknown name", got)
	}
}

// TestTownRoles: a role noun tied to a town takes the town's country, and
// a later national role noun does not refer back to it.
func TestTownRoles(t *testing.T) {
	d := docOf(time.Date(2025, 5, 3, 0, 0, 0, 0, time.UTC),
		[]tok{{"The", "DET", 2, "det"}, {"mayor", "NOUN", 5, "nsubj"}, {"of", "ADP", 4, "case"}, {"Lyon", "PROPN", 2, "nmod"}, {"spoke", "VERB", 0, "root"}},
		[]tok{{"The", "DET", 2, "det"}, {"president", "NOUN", 3, "nsubj"}, {"left", "VERB", 0, "root"}})
	at := strings.Index(d.Text, "Lyon")
	d.Places = []dyad.Place{{Name: "Lyon", Text: "Lyon", Start: at, End: at + 4, Kind: "city", Country: "FRA", Certainty: 0.9, GazID: "city:FRA.Lyon"}}
	if err := finder(t).Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if got := codeOf(d, "The mayor", 0); got != "FRAGOV/mayor" {
		t.Errorf("the mayor of Lyon resolved to %q, want FRAGOV", got)
	}
	if got := codeOf(d, "The president", 0); strings.HasPrefix(got, "FRA") {
		t.Errorf("the president resolved to the mayor: %q", got)
	}
}

// TestTitledUnknownPeople: a person the lexicon lacks is coded by the title
// before the name, with the country before the title; a firm whose name
// begins with a title word is not.
func TestTitledUnknownPeople(t *testing.T) {
	d := docOf(time.Date(2025, 5, 3, 0, 0, 0, 0, time.UTC),
		[]tok{{"US", "PROPN", 2, "compound"}, {"Senator", "PROPN", 4, "compound"}, {"Jane", "PROPN", 4, "flat"}, {"Roe", "PROPN", 5, "nsubj"}, {"spoke", "VERB", 0, "root"}},
		[]tok{{"Gen.", "PROPN", 3, "compound"}, {"John", "PROPN", 3, "flat"}, {"Doe", "PROPN", 4, "nsubj"}, {"left", "VERB", 0, "root"}},
		[]tok{{"General", "PROPN", 2, "compound"}, {"Motors", "PROPN", 3, "nsubj"}, {"left", "VERB", 0, "root"}})
	if err := finder(t).Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ text, want string }{
		{"Jane Roe", "USALEG/Jane Roe"},
		{"Gen. John Doe", "MIL/Gen. John Doe"},
		{"General Motors", "/General Motors"},
	}
	for _, tt := range tests {
		if got := codeOf(d, tt.text, 0); got != tt.want {
			t.Errorf("%q resolved to %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestRoleOfAName: "a spokeswoman for Vega" is Vega's, not the official
// named before.
func TestRoleOfAName(t *testing.T) {
	d := docOf(time.Date(2025, 5, 3, 0, 0, 0, 0, time.UTC),
		[]tok{{"Claudia", "PROPN", 2, "compound"}, {"Sheinbaum", "PROPN", 3, "nsubj"}, {"spoke", "VERB", 0, "root"}},
		[]tok{{"A", "DET", 2, "det"}, {"spokeswoman", "NOUN", 5, "nsubj"}, {"for", "ADP", 4, "case"}, {"Vega", "PROPN", 2, "nmod"}, {"declined", "VERB", 0, "root"}})
	if err := finder(t).Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if got := codeOf(d, "spokeswoman", 0); strings.HasPrefix(got, "MEX") {
		t.Errorf("the spokeswoman for Vega resolved to %q", got)
	}
}

package coder

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/dyad-events/dyad"
)

// wordFilter vetoes sentences holding a word, like a one-phrase discard list.
type wordFilter string

func (w wordFilter) Veto(d *dyad.Document) map[int]Veto {
	out := map[int]Veto{}
	for si, s := range d.Sentences {
		for _, t := range s.Tokens {
			if strings.EqualFold(t.Form, string(w)) {
				out[si] = Veto{Rule: "discard", Source: "test:1", Why: "holds " + string(w)}
			}
		}
	}
	return out
}

func TestFiltersAndDefaults(t *testing.T) {
	day := time.Date(2025, 5, 3, 0, 0, 0, 0, time.UTC)
	criticized := []tok{{"Mexico", "Mexico", "PROPN", 2, "nsubj"}, {"criticized", "criticize", "VERB", 0, "root"}, {"Russia", "Russia", "PROPN", 2, "obj"}}
	noSubject := []tok{{"Talks", "talk", "NOUN", 2, "nsubj"}, {"criticized", "criticize", "VERB", 0, "root"}, {"Russia", "Russia", "PROPN", 2, "obj"}}
	noTarget := []tok{{"Mexico", "Mexico", "PROPN", 2, "nsubj"}, {"criticized", "criticize", "VERB", 0, "root"}, {"it", "it", "PRON", 2, "obj"}}
	for _, tc := range []struct {
		name   string
		cfg    Config
		toks   []tok
		want   string
		errors int
		path   string // the first event's evidence path, when given
	}{
		{"no filter", Config{}, criticized, "MEX 111 RUS asserted", 0, ""},
		{"filter passes", Config{Filters: []Filter{wordFilter("tennis")}}, criticized, "MEX 111 RUS asserted", 0, ""},
		{"filter vetoes", Config{Filters: []Filter{wordFilter("russia")}}, criticized, "", 1, ""},
		{"no source", Config{}, noSubject, "", 0, ""},
		{"default source", Config{DefaultSource: "PER"}, noSubject, "PER 111 RUS asserted", 0, "source DEFAULT; target obj"},
		{"default source unused", Config{DefaultSource: "PER"}, criticized, "MEX 111 RUS asserted", 0, ""},
		{"no target", Config{}, noTarget, "", 0, ""},
		{"default target", Config{DefaultTarget: "BOL"}, noTarget, "MEX 111 BOL asserted", 0, "source nsubj; target DEFAULT"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := newStages(t)
			s.coder = New(s.coder.verbs, s.coder.onto, tc.cfg)
			d := parsedDoc(day, tc.toks...)
			s.run(t, d)
			if got := strings.Join(summary(d.Events), "; "); got != tc.want {
				t.Errorf("events %q, want %q", got, tc.want)
			}
			if tc.path != "" && (len(d.Events) == 0 || d.Events[0].Evidence.Path != tc.path || !strings.Contains(d.Events[0].Evidence.Comment, "configured default")) {
				t.Errorf("evidence %+v, want path %q and a comment", d.Events, tc.path)
			}
			if len(d.Errors) != tc.errors {
				t.Fatalf("errors %+v, want %d", d.Errors, tc.errors)
			}
			if tc.errors > 0 && (d.Errors[0].Fatal || d.Errors[0].Reason != "discard" || d.Failed()) {
				t.Errorf("veto recorded as %+v", d.Errors[0])
			}
			tr := s.coder.Explain(d, 0)
			if tc.errors > 0 && (len(tr) != 1 || !tr[0].Chosen || !strings.Contains(tr[0].Why, "holds russia")) {
				t.Errorf("explain: %+v", tr)
			}
		})
	}
}

func TestDropVetoed(t *testing.T) {
	d := parsedDoc(time.Time{}, tok{"Peru", "Peru", "PROPN", 0, "root"})
	d.Sentences = append(d.Sentences, d.Sentences[0])
	d.Events = []dyad.Event{{Sentence: 0, CAMEO: "051"}, {Sentence: 1, CAMEO: "111"}}
	story := storyFilter{}
	for range 2 { // twice: the second run records nothing new
		if err := (DropVetoed{story}).Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
	}
	if len(d.Events) != 0 || len(d.Errors) != 1 || d.Errors[0].Message != "the story holds PERU (t:1)" {
		t.Errorf("events %+v, errors %+v", d.Events, d.Errors)
	}
}

// storyFilter vetoes every sentence of a document for one reason.
type storyFilter struct{}

func (storyFilter) Veto(d *dyad.Document) map[int]Veto {
	out := map[int]Veto{}
	for si := range d.Sentences {
		out[si] = Veto{Rule: "discard", Source: "t:1", Why: "the story holds PERU"}
	}
	return out
}

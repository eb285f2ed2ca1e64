package coder

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/actors"
	"github.com/dyad-events/dyad/internal/cameo"
	"github.com/dyad-events/dyad/internal/mention"
	"github.com/dyad-events/dyad/internal/verbs"
)

// tok is a hand-parsed token: form, lemma, UPOS, head (1-based), relation.
type tok struct {
	form, lemma, upos string
	head              int
	rel               string
}

// parsedDoc builds a one-sentence document from hand-parsed tokens.
func parsedDoc(date time.Time, ts ...tok) *dyad.Document {
	d := &dyad.Document{ID: "t", Date: date}
	var b strings.Builder
	var toks []dyad.Token
	for _, t := range ts {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		toks = append(toks, dyad.Token{Form: t.form, Lemma: t.lemma, UPOS: t.upos, Head: t.head, Rel: t.rel, Start: b.Len(), End: b.Len() + len(t.form), SpaceAfter: true})
		b.WriteString(t.form)
	}
	d.Text = b.String()
	d.Blocks = []dyad.Block{{Kind: dyad.BlockBody, Text: d.Text, End: len(d.Text)}}
	d.Sentences = []dyad.Sentence{{Text: d.Text, End: len(d.Text), Tokens: toks}}
	return d
}

type stages struct {
	mentions *mention.Finder
	coder    *Coder
}

func newStages(t testing.TB) stages {
	t.Helper()
	lx, err := actors.Default()
	if err != nil {
		t.Fatal(err)
	}
	mf, err := mention.New(lx)
	if err != nil {
		t.Fatal(err)
	}
	vb, err := verbs.Default()
	if err != nil {
		t.Fatal(err)
	}
	onto, err := cameo.Default()
	if err != nil {
		t.Fatal(err)
	}
	return stages{mf, New(vb, onto, Config{})}
}

func (s stages) run(t testing.TB, d *dyad.Document) {
	t.Helper()
	for _, st := range []dyad.Stage{s.mentions, s.coder} {
		if err := st.Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
	}
}

// summary renders events as "SRC CODE TGT modality".
func summary(evs []dyad.Event) []string {
	var out []string
	for _, e := range evs {
		out = append(out, e.Source.Code+" "+e.CAMEO+" "+e.Target.Code+" "+string(e.Modality))
	}
	return out
}

func TestCoder(t *testing.T) {
	day := time.Date(2025, 5, 3, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		toks []tok
		want []string
	}{
		{"coordinated subjects", []tok{
			{"Mexico", "Mexico", "PROPN", 4, "nsubj"}, {"and", "and", "CCONJ", 3, "cc"}, {"Canada", "Canada", "PROPN", 1, "conj"},
			{"criticized", "criticize", "VERB", 0, "root"}, {"Russia", "Russia", "PROPN", 4, "obj"}},
			[]string{"MEX 111 RUS asserted", "CAN 111 RUS asserted"}},
		{"passive with agent", []tok{
			{"Russia", "Russia", "PROPN", 3, "nsubj:pass"}, {"was", "be", "AUX", 3, "aux:pass"}, {"criticized", "criticize", "VERB", 0, "root"},
			{"by", "by", "ADP", 5, "case"}, {"Mexico", "Mexico", "PROPN", 3, "obl:agent"}},
			[]string{"MEX 111 RUS asserted"}},
		{"negation read by the pattern", []tok{
			{"Mexico", "Mexico", "PROPN", 4, "nsubj"}, {"did", "do", "AUX", 4, "aux"}, {"not", "not", "PART", 4, "advmod"},
			{"accept", "accept", "VERB", 0, "root"}, {"US", "US", "PROPN", 6, "compound"}, {"troops", "troop", "NOUN", 4, "obj"}},
			[]string{"MEX 1212 USAMIL asserted"}},
		{"negated event", []tok{
			{"Mexico", "Mexico", "PROPN", 4, "nsubj"}, {"did", "do", "AUX", 4, "aux"}, {"not", "not", "PART", 4, "advmod"},
			{"criticize", "criticize", "VERB", 0, "root"}, {"Russia", "Russia", "PROPN", 4, "obj"}},
			[]string{"MEX 111 RUS negated"}},
		{"obligation is not an event", []tok{
			{"Mexico", "Mexico", "PROPN", 3, "nsubj"}, {"must", "must", "AUX", 3, "aux"}, {"criticize", "criticize", "VERB", 0, "root"}, {"Russia", "Russia", "PROPN", 3, "obj"}},
			[]string{"MEX 111 RUS hypothetical"}},
		{"future", []tok{
			{"Mexico", "Mexico", "PROPN", 3, "nsubj"}, {"will", "will", "AUX", 3, "aux"}, {"criticize", "criticize", "VERB", 0, "root"}, {"Russia", "Russia", "PROPN", 3, "obj"}},
			[]string{"MEX 111 RUS future"}},
		{"object control", []tok{
			{"Trump", "Trump", "PROPN", 2, "nsubj"}, {"pressured", "pressure", "VERB", 0, "root"}, {"Mexico", "Mexico", "PROPN", 2, "obj"},
			{"to", "to", "PART", 5, "mark"}, {"accept", "accept", "VERB", 2, "xcomp"}, {"US", "US", "PROPN", 7, "compound"}, {"troops", "troop", "NOUN", 5, "obj"}},
			[]string{"USAGOV 1012 MEX asserted"}},
	}
	s := newStages(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parsedDoc(day, tt.toks...)
			s.run(t, d)
			got := summary(d.Events)
			if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
			for _, e := range d.Events {
				if e.Evidence.Pattern == "" || e.Evidence.File == "" || len(e.Evidence.Words) < 2 || e.Date != "2025-05-03" {
					t.Errorf("incomplete event: %+v", e)
				}
			}
		})
	}
}

func TestExplain(t *testing.T) {
	s := newStages(t)
	d := parsedDoc(time.Date(2025, 5, 3, 0, 0, 0, 0, time.UTC),
		tok{"Mexico", "Mexico", "PROPN", 2, "nsubj"}, tok{"criticized", "criticize", "VERB", 0, "root"}, tok{"Russia", "Russia", "PROPN", 2, "obj"})
	if err := s.mentions.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	traces := s.coder.Explain(d, 0)
	chosen := 0
	for _, tr := range traces {
		if tr.Chosen {
			chosen++
			if tr.Code != "111" || tr.Word != "criticized" || tr.Source == "" {
				t.Errorf("chosen trace %+v", tr)
			}
		}
		if tr.Why == "" {
			t.Errorf("trace without reason: %+v", tr)
		}
	}
	if chosen != 1 {
		t.Errorf("%d chosen traces in %+v", chosen, traces)
	}
}

func TestReciprocal(t *testing.T) {
	s := newStages(t)
	d := parsedDoc(time.Date(2025, 5, 3, 0, 0, 0, 0, time.UTC),
		tok{"Peru", "Peru", "PROPN", 4, "nsubj"}, tok{"and", "and", "CCONJ", 3, "cc"}, tok{"Bolivia", "Bolivia", "PROPN", 1, "conj"},
		tok{"met", "meet", "VERB", 0, "root"})
	s.run(t, d)
	got := strings.Join(summary(d.Events), "; ")
	if !strings.Contains(got, "PER 04") || !strings.Contains(got, "BOL 04") || !strings.Contains(got, " BOL asserted") || !strings.Contains(got, " PER asserted") {
		t.Errorf("got %q, want PER and BOL meeting each other", got)
	}
}

func TestEventPlace(t *testing.T) {
	s := newStages(t)
	d := parsedDoc(time.Date(2025, 5, 3, 0, 0, 0, 0, time.UTC),
		tok{"Mexico", "Mexico", "PROPN", 2, "nsubj"}, tok{"criticized", "criticize", "VERB", 0, "root"}, tok{"Russia", "Russia", "PROPN", 2, "obj"},
		tok{"in", "in", "ADP", 5, "case"}, tok{"Geneva", "Geneva", "PROPN", 2, "obl"})
	at := strings.Index(d.Text, "Geneva")
	d.Places = []dyad.Place{{Name: "Geneva", Text: "Geneva", Start: at, End: at + len("Geneva"), Country: "CHE"}}
	s.run(t, d)
	if len(d.Events) != 1 || d.Events[0].Place == nil || d.Events[0].Place.Name != "Geneva" {
		t.Fatalf("events %+v, want one in Geneva", d.Events)
	}
}

func TestTargetsOfContent(t *testing.T) {
	day := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		toks []tok
		want string
	}{
		{"sanctions on a country", []tok{
			{"Canada", "Canada", "PROPN", 2, "nsubj"}, {"imposed", "impose", "VERB", 0, "root"}, {"sanctions", "sanction", "NOUN", 2, "obj"},
			{"on", "on", "ADP", 5, "case"}, {"Russia", "Russia", "PROPN", 3, "nmod"}}, "CAN 163 RUS asserted"},
	}
	s := newStages(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parsedDoc(day, tt.toks...)
			s.run(t, d)
			got := strings.Join(summary(d.Events), "; ")
			if !strings.Contains(got, tt.want) {
				t.Errorf("got %q, want %q among them", got, tt.want)
			}
		})
	}
}

func TestDisputedModality(t *testing.T) {
	// "Iran denied that it criticized Yemen" / "accusations that it criticized Yemen"
	for _, tt := range []struct {
		governor, lemma, rel string
		want                 dyad.Modality
	}{
		{"denied", "deny", "ccomp", dyad.Negated},
		{"accusations", "accusation", "acl", dyad.Reported},
		{"said", "say", "ccomp", dyad.Asserted},
	} {
		toks := []dyad.Token{
			{Form: "Iran", Lemma: "Iran", UPOS: "PROPN", Head: 2, Rel: "nsubj"},
			{Form: tt.governor, Lemma: tt.lemma, UPOS: "VERB", Head: 0, Rel: "root"},
			{Form: "it", Lemma: "it", UPOS: "PRON", Head: 4, Rel: "nsubj"},
			{Form: "criticized", Lemma: "criticize", UPOS: "VERB", Head: 2, Rel: tt.rel},
		}
		if got, _ := newTree(toks).modality(3); got != tt.want {
			t.Errorf("under %q: %s, want %s", tt.governor, got, tt.want)
		}
	}
}

// TestTownTargets: a town that internal/where placed codes as its country,
// and a capital that is the target of force is the country, not its
// government; a capital criticised is still its government.
func TestTownTargets(t *testing.T) {
	day := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, verb, lemma, town, kind, want string
	}{
		{"capital shelled", "shelled", "shell", "Kyiv", "city", "RUS 194 UKR asserted"},
		{"town shelled", "shelled", "shell", "Kharkiv", "city", "RUS 194 UKR asserted"},
		{"capital criticised", "criticized", "criticize", "Kyiv", "city", "RUS 111 UKRGOV asserted"},
		{"unplaced name", "shelled", "shell", "Kharkiv", "", "RUS 194  asserted"}, // an unknown target is dropped
	}
	s := newStages(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parsedDoc(day, tok{"Russia", "Russia", "PROPN", 2, "nsubj"}, tok{tt.verb, tt.lemma, "VERB", 0, "root"},
				tok{tt.town, tt.town, "PROPN", 2, "obj"})
			if tt.kind != "" {
				at := strings.Index(d.Text, tt.town)
				d.Places = []dyad.Place{{Name: tt.town, Text: tt.town, Start: at, End: at + len(tt.town), Kind: tt.kind, Country: "UKR", Certainty: 0.9}}
			}
			s.run(t, d)
			if got := strings.Join(summary(d.Events), "; "); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestOneEventPerDyad: towns of one country visited in one breath give one
// event.
func TestOneEventPerDyad(t *testing.T) {
	s := newStages(t)
	d := parsedDoc(time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC),
		tok{"Mexico", "Mexico", "PROPN", 2, "nsubj"}, tok{"shelled", "shell", "VERB", 0, "root"}, tok{"Lviv", "Lviv", "PROPN", 2, "obj"},
		tok{"and", "and", "CCONJ", 5, "cc"}, tok{"Odesa", "Odesa", "PROPN", 3, "conj"})
	for _, town := range []string{"Lviv", "Odesa"} {
		at := strings.Index(d.Text, town)
		d.Places = append(d.Places, dyad.Place{Name: town, Text: town, Start: at, End: at + len(town), Kind: "city", Country: "UKR", Certainty: 0.9})
	}
	s.run(t, d)
	if got := strings.Join(summary(d.Events), "; "); got != "MEX 194 UKR asserted" {
		t.Errorf("got %q, want one MEX 194 UKR event", got)
	}
}

// TestNotMutual: joint subjects of a verb that is not done to each other
// ("Italy and Germany praised the plan") give no event between them.
func TestNotMutual(t *testing.T) {
	s := newStages(t)
	d := parsedDoc(time.Date(2025, 5, 3, 0, 0, 0, 0, time.UTC),
		tok{"Peru", "Peru", "PROPN", 4, "nsubj"}, tok{"and", "and", "CCONJ", 3, "cc"}, tok{"Bolivia", "Bolivia", "PROPN", 1, "conj"},
		tok{"praised", "praise", "VERB", 0, "root"}, tok{"the", "the", "DET", 6, "det"}, tok{"plan", "plan", "NOUN", 4, "obj"})
	s.run(t, d)
	for _, e := range d.Events {
		if e.Target.Code == "PER" || e.Target.Code == "BOL" {
			t.Errorf("event between the joint subjects: %+v", summary(d.Events))
		}
	}
}

// TestTownNotSource: a town is not the one who acts.
func TestTownNotSource(t *testing.T) {
	s := newStages(t)
	d := parsedDoc(time.Date(2025, 5, 3, 0, 0, 0, 0, time.UTC),
		tok{"Kharkiv", "Kharkiv", "PROPN", 2, "nsubj"}, tok{"criticized", "criticize", "VERB", 0, "root"}, tok{"Russia", "Russia", "PROPN", 2, "obj"})
	d.Places = []dyad.Place{{Name: "Kharkiv", Text: "Kharkiv", Start: 0, End: len("Kharkiv"), Kind: "city", Country: "UKR", Certainty: 0.9, GazID: "city:UKR.Kharkiv"},
		{Name: "Russia", Text: "Russia", Start: len("Kharkiv criticized "), End: len(d.Text), Kind: "country", Country: "RUS", Certainty: 0.9, GazID: "country:RUS"}}
	s.run(t, d)
	if len(d.Events) > 0 {
		t.Errorf("a town as source: %q", summary(d.Events))
	}
	// a country that internal/where also placed still acts
	d = parsedDoc(time.Date(2025, 5, 3, 0, 0, 0, 0, time.UTC),
		tok{"Russia", "Russia", "PROPN", 2, "nsubj"}, tok{"criticized", "criticize", "VERB", 0, "root"}, tok{"Mexico", "Mexico", "PROPN", 2, "obj"})
	d.Places = []dyad.Place{{Name: "Russia", Text: "Russia", Start: 0, End: len("Russia"), Kind: "country", Country: "RUS", Certainty: 0.9, GazID: "country:RUS"}}
	s.run(t, d)
	if got := strings.Join(summary(d.Events), "; "); got != "RUS 111 MEX asserted" {
		t.Errorf("a placed country: got %q", got)
	}
}

// TestVerbalAttack: a politician attacking a politician or party is
// criticism; a country or force attacking stays force.
func TestVerbalAttack(t *testing.T) {
	day := time.Date(2025, 5, 3, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		toks []tok
		want string
	}{
		{"politician on politician", []tok{{"Claudia", "Claudia", "PROPN", 2, "compound"}, {"Sheinbaum", "Sheinbaum", "PROPN", 3, "nsubj"},
			{"attacked", "attack", "VERB", 0, "root"}, {"Donald", "Donald", "PROPN", 5, "compound"}, {"Trump", "Trump", "PROPN", 3, "obj"}},
			"MEXGOV 111 USAGOV asserted"},
		{"politician on the press", []tok{{"Sheinbaum", "Sheinbaum", "PROPN", 2, "nsubj"},
			{"attacked", "attack", "VERB", 0, "root"}, {"journalists", "journalist", "NOUN", 2, "obj"}},
			"MEXGOV 111 MED asserted"},
		{"leader on a country", []tok{{"Trump", "Trump", "PROPN", 2, "nsubj"}, {"attacked", "attack", "VERB", 0, "root"}, {"Iran", "Iran", "PROPN", 2, "obj"}},
			"USAGOV 190 IRN asserted"},
		{"party on civilians", []tok{{"Democrats", "Democrat", "PROPN", 2, "nsubj"}, {"attacked", "attack", "VERB", 0, "root"}, {"civilians", "civilian", "NOUN", 2, "obj"}},
			"USAOPPPTY 111 CVL asserted"},
		{"country on country", []tok{{"Russia", "Russia", "PROPN", 2, "nsubj"}, {"attacked", "attack", "VERB", 0, "root"}, {"Ukraine", "Ukraine", "PROPN", 2, "obj"}},
			"RUS 190 UKR asserted"},
		{"parties clash", []tok{{"Democrats", "Democrat", "PROPN", 4, "nsubj"}, {"and", "and", "CCONJ", 3, "cc"}, {"Republicans", "Republican", "PROPN", 1, "conj"},
			{"clashed", "clash", "VERB", 0, "root"}},
			"USAOPPPTY 111 USAGOVPTY asserted; USAGOVPTY 111 USAOPPPTY asserted"},
	}
	s := newStages(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parsedDoc(day, tt.toks...)
			s.run(t, d)
			if got := strings.Join(summary(d.Events), "; "); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestRegularStems(t *testing.T) {
	tests := []struct{ form, want string }{
		{"persuaded", "persuade"}, {"landed", "land"}, {"shredded", "shred"}, {"carried", "carry"},
		{"shelling", "shell"}, {"raiding", "raid"}, {"bombs", "bomb"}, {"blockades", "blockade"},
	}
	for _, tt := range tests {
		t.Run(tt.form, func(t *testing.T) {
			if got := regularStems(tt.form); !slices.Contains(got, tt.want) {
				t.Errorf("regularStems(%q) = %q, want it to hold %q", tt.form, got, tt.want)
			}
		})
	}
}

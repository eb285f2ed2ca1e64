package surface

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/google/go-cmp/cmp"
)

func TestOptions(t *testing.T) {
	base := testCoder(t)
	def := DefaultOptions()
	with := func(f func(o *Options)) Options {
		o := def
		f(&o)
		return o
	}
	for _, tc := range []struct {
		name, text string
		opts       Options
		want       []Triple
	}{
		{"end clause dropped", "Riverland praised the boats , a Hillmark trader said on Monday .", def, nil},
		{"end clause too long to drop", "Riverland praised the boats , a Hillmark trader said on Monday .",
			with(func(o *Options) { o.Comma.EMax = 5 }), []Triple{{"RVL", "HLM", "051"}}},
		{"beginning dropped", "Hillmark praised the boats , Riverland praised Quill Bay",
			with(func(o *Options) { o.Comma = Comma{BMin: 3, BMax: 8} }), []Triple{{"RVL", "QBY", "051"}, {"RVL", "SLT", "051"}}},
		{"list commas are no clause", "Riverland praised Hillmark , Quill Bay , Old Realm and the rest", def, []Triple{
			{"RVL", "HLM", "051"}, {"RVL", "QBY", "051"}, {"RVL", "SLT", "051"}, {"RVL", "NRL", "051"}}},
		{"commas off", "Riverland praised the boats , a Hillmark trader said on Monday .",
			with(func(o *Options) { o.Comma = Comma{} }), []Triple{{"RVL", "HLM", "051"}}},
		{"too few words", "Riverland praised Hillmark 's boats .", with(func(o *Options) { o.MinWords = 5 }), nil},
		{"enough words", "Riverland praised Hillmark 's boats today .", with(func(o *Options) { o.MinWords = 5 }), []Triple{{"RVL", "HLM", "051"}}},
		{"by clause", "Riverland praised Hillmark ; Old Realm praised Riverland", def, []Triple{{"RVL", "HLM", "051"}, {"NRL", "RVL", "051"}}},
		{"by sentence", "Riverland praised Hillmark ; Old Realm praised Riverland",
			with(func(o *Options) { o.CodeBy = BySentence }), []Triple{{"RVL", "HLM", "051"}}},
		{"every verb", "Riverland praised Hillmark who praised Old Realm",
			with(func(o *Options) { o.CodeBy = ByVerb }), []Triple{{"RVL", "HLM", "051"}, {"RVL", "NRL", "051"}}},
		{"spaced actor phrase with words between", "Riverland praised Marsh state-run Radio", with(func(o *Options) { o.ActorGap = 5 }),
			[]Triple{{"RVL", "MRD", "051"}}},
		{"spaced actor phrase adjacent only by default", "Riverland praised Marsh state-run Radio", def, nil},
		{"no gap across a comma", "Riverland praised Marsh , a radio", with(func(o *Options) { o.ActorGap = 5 }), nil},
		{"connected phrase preferred", "Riverland praised Cape Wren", with(func(o *Options) { o.ActorGap = 5 }),
			[]Triple{{"RVL", "CWR", "051"}}},
		{"hyphen joins a connected phrase", "Riverland praised Cape - Wren", with(func(o *Options) { o.ActorGap = 5 }),
			[]Triple{{"RVL", "CWR", "051"}}},
		{"spaced phrase with a word between", "Riverland praised Cape of Wren", with(func(o *Options) { o.ActorGap = 5 }),
			[]Triple{{"RVL", "CPW", "051"}}},
		{"null-coded actor is a noun", "Riverland praised the Grey Court and Hillmark", def, []Triple{{"RVL", "HLM", "051"}}},
		{"agent alone dropped", "The aid group praised Riverland", def, nil},
		{"agent alone converted", "The aid group praised Riverland", with(func(o *Options) { o.ConvertAgents = true }),
			[]Triple{{"NGO~", "RVL", "051"}}},
		{"converted agents in a compound", "Riverland praised the aid group and foreign minister", with(func(o *Options) { o.ConvertAgents = true }),
			[]Triple{{"RVL", "NGO~", "051"}, {"RVL", "~GOVFRM", "051"}}},
		{"too many verbs", "Riverland praised Hillmark and praised Quill Bay", with(func(o *Options) { o.Complex.Verbs = 2 }), nil},
		{"too many conjunctions", "Riverland praised Hillmark and the boats or the rest", with(func(o *Options) { o.Complex.Conj = 2 }), nil},
		{"compound conjunctions do not count", "Riverland praised Hillmark and Quill Bay or the rest", with(func(o *Options) { o.Complex.Conj = 2 }),
			[]Triple{{"RVL", "HLM", "051"}, {"RVL", "QBY", "051"}, {"RVL", "SLT", "051"}}},
		{"no actor before the verb", "Praised by Riverland , Hillmark left", with(func(o *Options) { o.Complex.NoActorPrior = true; o.Comma = Comma{} }), nil},
		{"null verb before the actor", "In a snub Riverland praised Hillmark", with(func(o *Options) { o.Complex.NoActorPrior = true }),
			[]Triple{{"RVL", "HLM", "051"}}},
		{"prefix match by default", "Riverland praisesome Hillmark", def, []Triple{{"RVL", "HLM", "051"}}},
		{"whole words: no prefix match", "Riverland praisesome Hillmark", with(func(o *Options) { o.WholeWords = true }), nil},
		{"whole words: regular forms", "Riverland praising Hillmark", with(func(o *Options) { o.WholeWords = true }), []Triple{{"RVL", "HLM", "051"}}},
		{"whole words: actor prefix", "Riverlanders praised Hillmark", with(func(o *Options) { o.WholeWords = true }), nil},
		{"no target after the verb", "Riverland met Hillmark after Quill Bay was praised", with(func(o *Options) { o.CodeBy = ByVerb }), nil},
		{"target before the verb", "Riverland met Hillmark after the boats were praised", with(func(o *Options) { o.CodeBy = ByVerb; o.TargetBeforeVerb = true }),
			[]Triple{{"RVL", "HLM", "051"}}},
		{"spaced alternative with a word between", "Riverland praised Hillmark with kind and warm words", with(func(o *Options) { o.ActorGap = 5 }),
			[]Triple{{"RVL", "HLM", "042"}}},
		{"spaced alternative adjacent only by default", "Riverland praised Hillmark with kind and warm words", def, []Triple{{"RVL", "HLM", "051"}}},
		{"default source", "The boats praised Hillmark", with(func(o *Options) { o.DefSource = "DEF" }), []Triple{{"DEF", "HLM", "051"}}},
		{"source after the verb", "The boats praised Hillmark and Quill Bay", with(func(o *Options) { o.DefSource, o.SourceAfterVerb = "DEF", true }),
			[]Triple{{"HLM", "QBY", "051"}, {"HLM", "SLT", "051"}}},
		{"target in the compound", "Riverland and Hillmark praised the boats", with(func(o *Options) { o.DefTarget, o.TargetInCompound = "DEF", true }),
			[]Triple{{"RVL", "HLM", "051"}}},
		{"converted agents joined by AND", "The foreign minister and aid group praised Riverland", with(func(o *Options) { o.ConvertAgents = true }),
			[]Triple{{"~GOVFRM", "RVL", "051"}, {"NGO~", "RVL", "051"}}},
		{"list comma before an article and adjective", "Riverland praised Hillmark , the proud Quill Bay , and Old Realm", def, []Triple{
			{"RVL", "HLM", "051"}, {"RVL", "QBY", "051"}, {"RVL", "SLT", "051"}, {"RVL", "NRL", "051"}}},
		{"every verb: new subject after BUT", "Riverland praised Old Realm warmly but Hillmark praised Quill Bay", with(func(o *Options) { o.CodeBy = ByVerb }),
			[]Triple{{"RVL", "NRL", "051"}, {"HLM", "QBY", "051"}, {"HLM", "SLT", "051"}}},
		{"dominant code", "Riverland hosted Hillmark to attend talks with Old Realm",
			with(func(o *Options) { o.CodeBy = ByVerb }), []Triple{{"RVL", "NRL", "031"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := base.WithOptions(tc.opts).Code(strings.Fields(strings.ToUpper(tc.text)), 20150505)
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("Code(%q) (-want +got):\n%s", tc.text, d)
			}
		})
	}
}

func TestRegularForm(t *testing.T) {
	for _, tc := range []struct {
		base, tok string
		want      bool
	}{
		{"PRAISE", "PRAISED", true}, {"PRAISE", "PRAISING", true}, {"DEPART", "DEPARTS", true},
		{"DEPART", "DEPARTX", false}, {"DEPART", "DEPARTES", false}, {"MARCH", "MARCHES", true}, {"STOP", "STOPPED", true}, {"STOP", "STOPPING", true},
		{"PLAY", "PLAYYED", false}, {"DEPART", "DEPARTURE", false},
	} {
		t.Run(tc.base+"/"+tc.tok, func(t *testing.T) {
			if got := regularForm(tc.base, tc.tok); got != tc.want {
				t.Errorf("regularForm(%q, %q) = %v", tc.base, tc.tok, got)
			}
		})
	}
}

// TestForward codes a two-sentence document: the second sentence's
// leading pronoun stands for the first sentence's first actor only when
// forwarding.
func TestForward(t *testing.T) {
	text := "Riverland 's foreign minister praised Quill Bay . He then praised Hillmark ."
	var toks []dyad.Token
	var sents []dyad.Sentence
	start, from := 0, 0
	for _, w := range strings.Fields(text) {
		start = strings.Index(text[start:], w) + start
		toks = append(toks, dyad.Token{Form: w, Start: start, End: start + len(w)})
		start += len(w)
		if w == "." {
			sents = append(sents, dyad.Sentence{Tokens: toks[from:]})
			from = len(toks)
		}
	}
	for _, tc := range []struct {
		forward bool
		want    []Triple
	}{
		{false, nil},
		{true, []Triple{{"RVL", "HLM", "051"}}},
	} {
		t.Run(fmt.Sprint(tc.forward), func(t *testing.T) {
			o := DefaultOptions()
			o.Forward = tc.forward
			d := &dyad.Document{ID: "f", Text: text, Sentences: sents}
			if err := testCoder(t).WithOptions(o).Process(context.Background(), d); err != nil {
				t.Fatal(err)
			}
			var got []Triple
			for _, e := range d.Events {
				if e.Sentence == 1 {
					got = append(got, Triple{e.Source.Code, e.Target.Code, e.CAMEO})
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("second sentence (-want +got):\n%s", diff)
			}
		})
	}
}

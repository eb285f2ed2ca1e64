package surface

import (
	"context"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/petrarch"
	"github.com/google/go-cmp/cmp"
)

// Invented dictionaries in the peers' notation; the countries are fictional.
const (
	testActors = "MARSHFOLK [+++]\nTHE_CIRCUS [###]\nHARBOR_ [HBR]\nGOOSE= [GSE]\nMARSH RADIO [MRD]\nCAPE_WREN [CWR]\nCAPE WREN [CPW]\nGREY_COURT [---]\nRIVERLAND [RVL]\nHILLMARK_ [HLM]\nQUILL_BAY [QBY/SLT]\nOLD_REALM [ORL 20100101-20120101]\n\t[NRL]\n"
	testAgents = "FOREIGN_MINISTER [~GOVFRM]\nAID_GROUP [NGO~]\n"
	testVerbs  = `<ADJECTIVE>
STERN
PROUD
</ADJECTIVE>
&FERRY
+BARGE
+FERRY

--- PRAISE [051] ---
PRAISE
- * &FERRY [071]
- $ WAS_* BY_ + [999]
- * + FOR_ HELP [0??]
- * WITH_SCORN [+++]
- * WITH_{ KIND | WARM }_WORDS [041]
- * WITH { KIND WORDS | WARM THANKS } [042]
--- HOST [032:033] ---
HOST
--- CONFER [031] ---
CONFER
- % * [036:037]
- * WITH % [038]
--- BLOCKADE [191] ---
BLOCKADE
+FENCE_OFF {+FENCED_OFF +FENCING_OFF }
ROPE_+TIE {ROPE_+TIED}
--- BURN_DOWN [222] ---
BURN DOWN
--- RALLY [017] ---
RALLY
- ANTI- + * [111]
--- SNUB [110] ---
SNUB
- $ AT ^ * + [111]
--- A_SNUB [---] ---
A_SNUB
--- ATTEND [031!] ---
ATTEND
--- SAY [023?] ---
SAY
`
	testDiscards = "TENNIS MATCH\n"
)

func testCoder(t *testing.T) *Coder {
	t.Helper()
	var d petrarch.Dict
	for _, f := range []struct {
		kind petrarch.Kind
		text string
	}{{petrarch.KindActors, testActors}, {petrarch.KindAgents, testAgents}, {petrarch.KindVerbs, testVerbs}, {petrarch.KindDiscards, testDiscards}} {
		if err := d.Load(strings.NewReader(f.text), "test", f.kind); err != nil {
			t.Fatal(err)
		}
	}
	return New(&d)
}

func TestCode(t *testing.T) {
	c := testCoder(t)
	for _, tc := range []struct {
		name, text string
		day        int
		want       []Triple
	}{
		{"default code", "Riverland praised Hillmark on Monday", 0, []Triple{{"RVL", "HLM", "051"}}},
		{"exact word", "Riverland praised Hillmarkers", 0, nil},
		{"synset pattern", "Riverland praised Hillmark for the barges", 0, []Triple{{"RVL", "HLM", "071"}}},
		{"source and target markers", "Riverland was praised by Hillmark", 0, []Triple{{"RVL", "HLM", "999"}}},
		{"agent suffix", "Riverland 's foreign minister praised Hillmark", 0, []Triple{{"RVLGOVFRM", "HLM", "051"}}},
		{"agent prefix", "The aid group of Riverland praised Hillmark", 0, []Triple{{"NGORVL", "HLM", "051"}}},
		{"compound", "Riverland and Hillmark praised Quill Bay", 0, []Triple{
			{"RVL", "QBY", "051"}, {"RVL", "SLT", "051"}, {"HLM", "QBY", "051"}, {"HLM", "SLT", "051"}}},
		{"dated code", "Old Realm praised Riverland", 20110505, []Triple{{"ORL", "RVL", "051"}}},
		{"undated fallback", "Old Realm praised Riverland", 20150505, []Triple{{"NRL", "RVL", "051"}}},
		{"tentative code", "Riverland said Hillmark left", 0, nil},
		{"noun after determiner", "Riverland gave the praise to Hillmark", 0, nil},
		{"discard", "Riverland praised Hillmark after the tennis match", 0, nil},
		{"no target", "Riverland praised everyone", 0, nil},
		{"one verb per clause", "Riverland praised Hillmark who praised Old Realm", 20150505, []Triple{{"RVL", "HLM", "051"}}},
		{"conjoined verb phrase", "Riverland praised Hillmark and then praised Old Realm", 20150505, []Triple{
			{"RVL", "HLM", "051"}, {"RVL", "NRL", "051"}}},
		{"joined alternatives", "Riverland praised Hillmark with warm words", 0, []Triple{{"RVL", "HLM", "041"}}},
		{"joined alternatives not adjacent", "Riverland praised Hillmark with warm , kind words", 0, []Triple{{"RVL", "HLM", "051"}}},
		{"pronoun is the first actor", "Riverland met Hillmark and then it praised Quill Bay", 0, []Triple{
			{"RVL", "QBY", "051"}, {"RVL", "SLT", "051"}}},
		{"pronoun object", "Riverland praised Old Realm warmly and Hillmark praised him", 20150505, []Triple{
			{"RVL", "NRL", "051"}, {"HLM", "RVL", "051"}}},
		{"pronoun of a compound", "Riverland and Hillmark met and then they praised Quill Bay", 0, []Triple{
			{"RVL", "QBY", "051"}, {"RVL", "SLT", "051"}, {"HLM", "QBY", "051"}, {"HLM", "SLT", "051"}}},
		{"new subject starts a clause", "Riverland praised Old Realm warmly and then it said that Hillmark should praise Quill Bay", 20150505, []Triple{
			{"RVL", "NRL", "051"}, {"RVL", "QBY", "051"}, {"RVL", "SLT", "051"}}},
		{"agent inside a compound", "Riverland and the aid group of Hillmark praised Quill Bay", 0, []Triple{
			{"RVL", "QBY", "051"}, {"RVL", "SLT", "051"}, {"NGOHLM", "QBY", "051"}, {"NGOHLM", "SLT", "051"}}},
		{"agent before a compound", "The aid group of Riverland and Hillmark praised Old Realm", 20150505, []Triple{
			{"NGORVL", "NRL", "051"}, {"NGOHLM", "NRL", "051"}}},
		{"agents joined by AND", "Riverland 's foreign minister and aid group praised Hillmark", 0, []Triple{
			{"RVLGOVFRM", "HLM", "051"}, {"NGORVL", "HLM", "051"}}},
		{"adjectives between actor and agent", "Riverland 's stern and proud foreign minister praised Hillmark", 0, []Triple{{"RVLGOVFRM", "HLM", "051"}}},
		{"neither ... nor compound", "Neither Riverland nor Hillmark praised Old Realm", 20150505, []Triple{{"RVL", "NRL", "051"}, {"HLM", "NRL", "051"}}},
		{"OR before a verb", "Riverland praised Old Realm warmly or praised Hillmark", 20150505, []Triple{{"RVL", "NRL", "051"}, {"RVL", "HLM", "051"}}},
		{"OR before an actor is a compound", "Riverland praised Old Realm or Hillmark", 20150505, []Triple{{"RVL", "NRL", "051"}}},
		{"possessive is no actor", "Riverland praised its barges", 0, nil},
		{"compound is no new clause", "Riverland praised Hillmark and Quill Bay praised Old Realm", 20150505, []Triple{
			{"RVL", "HLM", "051"}, {"RVL", "QBY", "051"}, {"RVL", "SLT", "051"}}},
		{"compound acts on itself", "Riverland and Hillmark conferred", 0, []Triple{
			{"RVL", "HLM", "036"}, {"HLM", "RVL", "037"}, {"HLM", "RVL", "036"}, {"RVL", "HLM", "037"}}},
		{"compound after the verb", "Old Realm conferred with Riverland and Hillmark", 20150505, []Triple{{"RVL", "HLM", "038"}, {"HLM", "RVL", "038"}}},
		{"no compound, no match", "Riverland conferred with Hillmark", 0, []Triple{{"RVL", "HLM", "031"}}},
		{"skipped actor", "Riverland at Quill Bay snubbed Hillmark", 0, []Triple{{"RVL", "HLM", "111"}}},
		{"exact noun takes a plural", "Riverland praised the Harbors", 0, []Triple{{"RVL", "HBR", "051"}}},
		{"exact noun takes no other ending", "Riverland praised the Harborites", 0, nil},
		{"irregular noun takes no plural", "Riverland praised the Gooses", 0, nil},
		{"irregular noun", "Riverland praised the Goose", 0, []Triple{{"RVL", "GSE", "051"}}},
		{"multi-word verb marked with +", "Riverland fenced off Hillmark", 0, []Triple{{"RVL", "HLM", "191"}}},
		{"multi-word verb with a word before", "Riverland rope tied Hillmark", 0, []Triple{{"RVL", "HLM", "191"}}},
		{"discard actor outside the event", "Riverland praised Hillmark ; the circus left", 0, nil},
		{"discard actor", "Riverland praised the circus and then praised Hillmark", 0, nil},
		{"stem in a verb phrase", "Riverland praised Hillmark and burned down Quill Bay", 0, []Triple{{"RVL", "HLM", "051"}, {"RVL", "QBY", "222"}, {"RVL", "SLT", "222"}}},
		{"pattern word with a trailing hyphen", "Riverland joined an anti - Hillmark rally", 0, []Triple{{"RVL", "HLM", "111"}}},
		{"complex actor", "Riverland praised Hillmark and then praised Marshfolk", 0, nil},
		{"complex pattern", "Hillmark praised Riverland with scorn", 0, nil},
		{"comma aside dropped", "Riverland , as Hillmark noted , praised Old Realm", 20150505, []Triple{{"RVL", "NRL", "051"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := c.Code(strings.Fields(strings.ToUpper(tc.text)), tc.day)
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("Code(%q) (-want +got):\n%s", tc.text, d)
			}
		})
	}
}

func BenchmarkCode(b *testing.B) {
	c := testCoder(&testing.T{})
	toks := strings.Fields(strings.ToUpper("Riverland 's foreign minister praised Hillmark and Quill Bay for the barges on Monday"))
	for b.Loop() {
		c.Code(toks, 0)
	}
}

func TestProcessTagged(t *testing.T) {
	c := testCoder(t)
	text := "Riverland and proud Hillmark praised Quill_Bay"
	var toks []dyad.Token
	tags := []string{"PROPN", "CCONJ", "ADJ", "PROPN", "VERB", "PROPN"}
	start := 0
	for i, w := range strings.Fields(text) {
		start = strings.Index(text[start:], w) + start
		toks = append(toks, dyad.Token{Form: w, Start: start, End: start + len(w), UPOS: tags[i]})
		start += len(w)
	}
	d := &dyad.Document{ID: "t", Text: text, Sentences: []dyad.Sentence{{Text: text, Tokens: toks}}}
	if err := c.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	var got []Triple
	for _, e := range d.Events {
		got = append(got, Triple{e.Source.Code, e.Target.Code, e.CAMEO})
	}
	want := []Triple{{"RVL", "QBY", "051"}, {"RVL", "SLT", "051"}, {"HLM", "QBY", "051"}, {"HLM", "SLT", "051"}}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("events (-want +got):\n%s", d)
	}
}

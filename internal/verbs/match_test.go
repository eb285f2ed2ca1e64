package verbs

import (
	"strconv"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

// parse builds tokens from "lemma/UPOS/head/rel" words: a hand-written
// UD parse, enough for Match.
func parse(t *testing.T, s string) []dyad.Token {
	t.Helper()
	var toks []dyad.Token
	for _, w := range strings.Fields(s) {
		f := strings.Split(w, "/")
		h, err := strconv.Atoi(f[2])
		if len(f) != 4 || err != nil {
			t.Fatalf("bad token %q", w)
		}
		toks = append(toks, dyad.Token{Form: f[0], Lemma: f[0], UPOS: f[1], Head: h, Rel: f[3]})
	}
	return toks
}

func TestMatch(t *testing.T) {
	// The ministry proposed sending troops to the border.
	proposal := "the/DET/2/det ministry/NOUN/3/nsubj propose/VERB/0/root send/VERB/3/xcomp " +
		"troop/NOUN/4/obj to/ADP/8/case the/DET/8/det border/NOUN/4/obl"
	// The rebels did not accept the offer.
	refusal := "the/DET/2/det rebel/NOUN/5/nsubj do/AUX/5/aux not/PART/5/advmod accept/VERB/0/root " +
		"the/DET/7/det offer/NOUN/5/obj"
	// Talks with the opposition resumed.
	talks := "talk/NOUN/5/nsubj with/ADP/4/case the/DET/4/det opposition/NOUN/1/nmod resume/VERB/0/root"
	// The union called off the strike.
	calloff := "the/DET/2/det union/NOUN/3/nsubj call/VERB/0/root off/ADP/3/compound:prt " +
		"the/DET/6/det strike/NOUN/3/obj"
	tests := []struct {
		name    string
		pattern string
		toks    string
		head    int
		want    bool
	}{
		{"xcomp object", "0312 propose +xcomp:send +xcomp.obj:troop", proposal, 2, true},
		{"wrong object", "0312 propose +xcomp:send +xcomp.obj:weapon", proposal, 2, false},
		{"preposition", "154 send +obj:troop +prep/to:border", proposal, 3, true},
		{"wrong preposition", "154 send +obj:troop +prep/from", proposal, 3, false},
		{"forbid holds", "0312 propose +xcomp -ccomp", proposal, 2, true},
		{"forbid fails", "0312 propose -xcomp", proposal, 2, false},
		{"negation", "120 accept +advmod:not|never +obj:offer", refusal, 4, true},
		{"wrong head", "120 accept +advmod:not", refusal, 6, false},
		{"nominal", "040 n:talk +prep/with", talks, 0, true},
		{"verb pattern on noun", "040 talk +prep/with", talks, 0, false},
		{"particle", "082 call +prt:off +obj:strike", calloff, 2, true},
		{"compound is not particle", "082 call +compound:off", calloff, 2, false},
		{"head out of range", "082 call", calloff, 9, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lx, err := Load(mapFS("p.txt", tt.pattern))
			if err != nil {
				t.Fatal(err)
			}
			p := lx.Patterns()[0]
			if got := p.Match(parse(t, tt.toks), tt.head); got != tt.want {
				t.Errorf("Match = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestAcceptsToken(t *testing.T) {
	lx, err := Load(mapFS("p.txt", "043 host +obj:leader|PROPN"))
	if err != nil {
		t.Fatal(err)
	}
	c := lx.Patterns()[0].Constraints[0]
	tests := []struct {
		lemma, upos string
		want        bool
	}{
		{"leader", "NOUN", true},
		{"Putin", "PROPN", true},
		{"party", "NOUN", false},
		{"propn", "NOUN", false},
		{"Putin", "", false},
	}
	for _, tt := range tests {
		if got := c.AcceptsToken(tt.lemma, tt.upos); got != tt.want {
			t.Errorf("AcceptsToken(%q, %q) = %v, want %v", tt.lemma, tt.upos, got, tt.want)
		}
	}
	if c.Accepts("Putin") {
		t.Error("Accepts must ignore tags")
	}
}

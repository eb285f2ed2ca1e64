package store

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/dyad-events/dyad"
)

// Synthetic documents for the crash test and benchmarks: random words, so
// no two are copies, with events between a few countries.
var (
	synthWords = strings.Fields(`minister talks border trade water army police protest election
		court budget summit treaty aid loan oil gas port bridge road school hospital farmers
		workers strike union leader party vote reform tax tariff sanctions embassy envoy
		navy coast island river valley capital province city village market bank currency
		inflation drought flood storm harvest fishing mining forest energy grid dam pipeline
		rebels ceasefire talks agreement statement spokesman official report inquiry charge`)
	synthActors = strings.Fields("USA MEX CAN BRA ARG PER BOL CHL COL VEN CUB CHN RUS IND PAK IRN ISR EGY NGA ZAF")
	synthCAMEO  = strings.Fields("010 020 036 042 043 051 057 061 071 112 120 130 141 172 190 193")
)

func synthEvent(r *rand.Rand) dyad.Event {
	src := synthActors[r.IntN(len(synthActors))]
	tgt := synthActors[r.IntN(len(synthActors))]
	cameo := synthCAMEO[r.IntN(len(synthCAMEO))]
	e := ev(src, tgt, cameo, dayString(18262+int64(r.IntN(6*365)))) // 2020..2025
	e.Goldstein = float64(r.IntN(21) - 10)
	e.QuadClass = 1 + r.IntN(4)
	return e
}

func synthDoc(r *rand.Rand, i int) *dyad.Document {
	var b strings.Builder
	for s := range 8 {
		for w := range 18 {
			if w > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(synthWords[r.IntN(len(synthWords))])
		}
		fmt.Fprintf(&b, " %d-%d.\n", i, s)
	}
	evs := []dyad.Event{synthEvent(r), synthEvent(r), synthEvent(r)}
	d := doc(fmt.Sprintf("https://synth.example/%d", i), synthActors[i%7]+" Wire", "2025-05-05", b.String(), evs...)
	for si := range d.Sentences {
		analyse(&d.Sentences[si])
		d.Mentions = append(d.Mentions, dyad.Mention{Sentence: si, Start: d.Sentences[si].Start,
			End: d.Sentences[si].Tokens[0].End, Text: d.Sentences[si].Tokens[0].Form, Kind: dyad.MentionName,
			TokEnd: 1, Ref: -1, Actor: &dyad.Actor{Code: synthActors[si], Name: synthActors[si], Known: true}})
	}
	d.Times = []dyad.TimeRef{{Text: "Monday", Start: 3, End: 9, Value: "2025-05-05", Type: "DATE", Precision: dyad.PrecisionDay}}
	return d
}

// analyse gives every word of s a token with a lemma, tag and head, as
// the tagger and parser would.
func analyse(s *dyad.Sentence) {
	s.Tokens = s.Tokens[:0]
	pos := s.Start
	for _, w := range strings.Fields(s.Text) {
		off := strings.Index(s.Text[pos-s.Start:], w) + pos
		s.Tokens = append(s.Tokens, dyad.Token{Form: w, Start: off, End: off + len(w), Lemma: strings.ToLower(w),
			UPOS: "NOUN", XPOS: "NN", Feats: "Number=Sing", Head: 1 + len(s.Tokens)%3, Rel: "nmod", SpaceAfter: true})
		pos = off + len(w)
	}
}

// synthDocs makes n documents, the same ones for the same seed.
func synthDocs(seed uint64, n int) []*dyad.Document {
	r := rand.New(rand.NewPCG(seed, 1))
	out := make([]*dyad.Document, n)
	for i := range out {
		out[i] = synthDoc(r, i)
	}
	return out
}

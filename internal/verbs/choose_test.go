package verbs

import (
	"strconv"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

// hand builds tokens from "lemma/UPOS/head/rel" words (forms = lemmas).
func hand(t *testing.T, s string) []dyad.Token {
	t.Helper()
	var toks []dyad.Token
	for _, w := range strings.Fields(s) {
		f := strings.Split(w, "/")
		if len(f) != 4 {
			t.Fatalf("bad token %q", w)
		}
		h, err := strconv.Atoi(f[2])
		if err != nil {
			t.Fatalf("bad head in %q", w)
		}
		toks = append(toks, dyad.Token{Form: f[0], Lemma: f[0], UPOS: f[1], Head: h, Rel: f[3]})
	}
	return toks
}

// choose picks what a simple coder would: among matching patterns the one
// with most constraint steps and word lists; a discard wins a tie. It
// returns the code, DiscardCode, or "" for no match.
func choose(lx *Lexicon, toks []dyad.Token, head int) string {
	cands := lx.ByLemma(toks[head].Lemma)
	if toks[head].UPOS == "NOUN" {
		cands = lx.Nominal(toks[head].Lemma)
	}
	best, bestScore := (*Pattern)(nil), -1
	for _, p := range cands {
		if !p.Match(toks, head) {
			continue
		}
		s := score(p)
		if s > bestScore || (s == bestScore && p.Discard && !best.Discard) {
			best, bestScore = p, s
		}
	}
	switch {
	case best == nil:
		return ""
	case best.Discard:
		return DiscardCode
	}
	return best.Code
}

func score(p *Pattern) int {
	n := 0
	for _, c := range p.Constraints {
		if c.Forbid {
			continue
		}
		n += len(c.Path)
		if c.Words != nil {
			n++
		}
	}
	return n
}

// TestBuiltinChooses runs the built-in lexicon over hand-parsed news-style
// sentences (UD, gold-quality parses written for this test) and checks the
// code a specificity-first coder would pick at the event word.
func TestBuiltinChooses(t *testing.T) {
	tests := []struct {
		sentence, parse string
		head            int // 0-based event word
		want            string
	}{
		{"Trump proposed sending troops to Mexico.",
			"trump/PROPN/2/nsubj propose/VERB/0/root send/VERB/2/xcomp troops/NOUN/3/obj to/ADP/6/case mexico/PROPN/3/obl", 1, "0312"},
		{"Mexico rejected the offer.",
			"mexico/PROPN/2/nsubj reject/VERB/0/root the/DET/4/det offer/NOUN/2/obj", 1, "120"},
		{"Washington pressured Mexico to accept American troops.",
			"washington/PROPN/2/nsubj pressure/VERB/0/root mexico/PROPN/2/obj to/PART/5/mark accept/VERB/2/xcomp american/ADJ/7/amod troops/NOUN/5/obj", 1, "1012"},
		{"The army surged troops to the border.",
			"the/DET/2/det army/NOUN/3/nsubj surge/VERB/0/root troops/NOUN/3/obj to/ADP/7/case the/DET/7/det border/NOUN/3/obl", 2, "154"},
		{"The government designated the cartel as a terrorist organization.",
			"the/DET/2/det government/NOUN/3/nsubj designate/VERB/0/root the/DET/5/det cartel/NOUN/3/obj as/ADP/9/case a/DET/9/det terrorist/ADJ/9/amod organization/NOUN/3/obl", 2, "172"},
		{"Rebels called off the talks.",
			"rebel/NOUN/2/nsubj call/VERB/0/root off/ADP/2/compound:prt the/DET/5/det talk/NOUN/2/obj", 1, "164"},
		{"The minister warned that the country would retaliate.",
			"the/DET/2/det minister/NOUN/3/nsubj warn/VERB/0/root that/SCONJ/8/mark the/DET/6/det country/NOUN/8/nsubj would/AUX/8/aux retaliate/VERB/3/ccomp", 2, "130"},
		{"The envoy warned of a humanitarian crisis.",
			"the/DET/2/det envoy/NOUN/3/nsubj warn/VERB/0/root of/ADP/7/case a/DET/7/det humanitarian/ADJ/7/amod crisis/NOUN/3/obl", 2, "012"},
		{"The UN urged both sides to negotiate.",
			"the/DET/2/det un/PROPN/3/nsubj urge/VERB/0/root both/DET/5/det side/NOUN/3/obj to/PART/7/mark negotiate/VERB/3/xcomp", 2, "026"},
		{"Police arrested three protesters.",
			"police/NOUN/2/nsubj arrest/VERB/0/root three/NUM/4/nummod protester/NOUN/2/obj", 1, "173"},
		{"Israeli jets struck targets in Gaza.",
			"israeli/ADJ/2/amod jet/NOUN/3/nsubj strike/VERB/0/root target/NOUN/3/obj in/ADP/6/case gaza/PROPN/4/nmod", 2, "195"},
		{"The air strike killed ten civilians.",
			"the/DET/3/det air/NOUN/3/compound strike/NOUN/4/nsubj kill/VERB/0/root ten/NUM/6/nummod civilian/NOUN/4/obj", 2, "195"},
		{"Thousands protested against the new law.",
			"thousand/NOUN/2/nsubj protest/VERB/0/root against/ADP/6/case the/DET/6/det new/ADJ/6/amod law/NOUN/2/obl", 1, "1412"},
		{"The two leaders held talks in Geneva.",
			"the/DET/3/det two/NUM/3/nummod leader/NOUN/4/nsubj hold/VERB/0/root talk/NOUN/4/obj in/ADP/7/case geneva/PROPN/4/obl", 3, "040"},
		{"Russia expelled two British diplomats.",
			"russia/PROPN/2/nsubj expel/VERB/0/root two/NUM/5/nummod british/ADJ/5/amod diplomat/NOUN/2/obj", 1, "161"},
		{"The rebels released the hostages.",
			"the/DET/2/det rebel/NOUN/3/nsubj release/VERB/0/root the/DET/5/det hostage/NOUN/3/obj", 2, "0841"},
		{"The government imposed a curfew.",
			"the/DET/2/det government/NOUN/3/nsubj impose/VERB/0/root a/DET/5/det curfew/NOUN/3/obj", 2, "1723"},
		{"The president resigned.",
			"the/DET/2/det president/NOUN/3/nsubj resign/VERB/0/root", 2, "0831"},
		{"The EU imposed sanctions on Iran.",
			"the/DET/2/det eu/PROPN/3/nsubj impose/VERB/0/root sanction/NOUN/3/obj on/ADP/6/case iran/PROPN/3/obl", 2, "163"},
		{"Troops withdrew from the city.",
			"troops/NOUN/2/nsubj withdraw/VERB/0/root from/ADP/5/case the/DET/5/det city/NOUN/2/obl", 1, "0874"},
		{"The opposition accused the government of corruption.",
			"the/DET/2/det opposition/NOUN/3/nsubj accuse/VERB/0/root the/DET/5/det government/NOUN/3/obj of/ADP/7/case corruption/NOUN/3/obl", 2, "1121"},
		{"The ministry denied responsibility for the attack.",
			"the/DET/2/det ministry/NOUN/3/nsubj deny/VERB/0/root responsibility/NOUN/3/obj for/ADP/7/case the/DET/7/det attack/NOUN/4/nmod", 2, "016"},
		{"She told reporters the plan was dead.",
			"she/PRON/2/nsubj tell/VERB/0/root reporter/NOUN/2/iobj the/DET/5/det plan/NOUN/7/nsubj be/AUX/7/cop dead/ADJ/2/ccomp", 1, "010"},
		{"The fans were fired up.",
			"the/DET/2/det fan/NOUN/4/nsubj:pass be/AUX/4/aux:pass fire/VERB/0/root up/ADP/4/compound:prt", 3, DiscardCode},
		{"We will never accept the presence of foreign troops.",
			"we/PRON/4/nsubj will/AUX/4/aux never/ADV/4/advmod accept/VERB/0/root the/DET/6/det presence/NOUN/4/obj of/ADP/9/case foreign/ADJ/9/amod troops/NOUN/6/nmod", 3, "1212"},
		{"The two countries signed a peace agreement.",
			"the/DET/3/det two/NUM/3/nummod country/NOUN/4/nsubj sign/VERB/0/root a/DET/7/det peace/NOUN/7/compound agreement/NOUN/4/obj", 3, "057"},
		{"Japan offered humanitarian aid to Turkey.",
			"japan/PROPN/2/nsubj offer/VERB/0/root humanitarian/ADJ/4/amod aid/NOUN/2/obj to/ADP/6/case turkey/PROPN/2/obl", 1, "0333"},
		{"Demonstrators blocked the main highway.",
			"demonstrator/NOUN/2/nsubj block/VERB/0/root the/DET/5/det main/ADJ/5/amod highway/NOUN/2/obj", 1, "144"},
		{"Gunmen kidnapped two aid workers.",
			"gunman/NOUN/2/nsubj kidnap/VERB/0/root two/NUM/5/nummod aid/NOUN/5/compound worker/NOUN/2/obj", 1, "181"},
		{"The court sentenced him to ten years.",
			"the/DET/2/det court/NOUN/3/nsubj sentence/VERB/0/root he/PRON/3/obj to/ADP/7/case ten/NUM/7/nummod year/NOUN/3/obl", 2, "116"},
		{"The stock market rallied.",
			"the/DET/3/det stock/NOUN/3/compound market/NOUN/4/nsubj rally/VERB/0/root", 3, DiscardCode},
		{"The earthquake killed 300 people.",
			"the/DET/2/det earthquake/NOUN/3/nsubj kill/VERB/0/root 300/NUM/5/nummod people/NOUN/3/obj", 2, DiscardCode},
		{"The foreign minister visited Beijing.",
			"the/DET/3/det foreign/ADJ/3/amod minister/NOUN/4/nsubj visit/VERB/0/root beijing/PROPN/4/obj", 3, "042"},
		{"China hosted the Russian president.",
			"china/PROPN/2/nsubj host/VERB/0/root the/DET/5/det russian/ADJ/5/amod president/NOUN/2/obj", 1, "043"},
		{"The party praised the agreement.",
			"the/DET/2/det party/NOUN/3/nsubj praise/VERB/0/root the/DET/5/det agreement/NOUN/3/obj", 2, "051"},
		{"Both sides agreed to resume talks.",
			"both/DET/2/det side/NOUN/3/nsubj agree/VERB/0/root to/PART/5/mark resume/VERB/3/xcomp talk/NOUN/5/obj", 2, "036"},
		{"The rebels declared a ceasefire.",
			"the/DET/2/det rebel/NOUN/3/nsubj declare/VERB/0/root a/DET/5/det ceasefire/NOUN/3/obj", 2, "0871"},
		{"Prosecutors investigated corruption in the ministry.",
			"prosecutor/NOUN/2/nsubj investigate/VERB/0/root corruption/NOUN/2/obj in/ADP/6/case the/DET/6/det ministry/NOUN/3/nmod", 1, "091"},
		{"The UN demanded a ceasefire.",
			"the/DET/2/det un/PROPN/3/nsubj demand/VERB/0/root a/DET/5/det ceasefire/NOUN/3/obj", 2, "1056"},
		{"The rebels vowed to continue fighting.",
			"the/DET/2/det rebel/NOUN/3/nsubj vow/VERB/0/root to/PART/5/mark continue/VERB/3/xcomp fighting/NOUN/5/obj", 2, "1246"},
		{"Pyongyang threatened to attack Seoul.",
			"pyongyang/PROPN/2/nsubj threaten/VERB/0/root to/PART/4/mark attack/VERB/2/xcomp seoul/PROPN/4/obj", 1, "1384"},
		{"Workers went on strike.",
			"worker/NOUN/2/nsubj go/VERB/0/root on/ADP/4/case strike/NOUN/2/obl", 1, "143"},
		{"Police fired tear gas at the protesters.",
			"police/NOUN/2/nsubj fire/VERB/0/root tear/NOUN/4/compound gas/NOUN/2/obj at/ADP/7/case the/DET/7/det protester/NOUN/2/obl", 1, "175"},
		{"Gunmen assassinated the governor.",
			"gunman/NOUN/2/nsubj assassinate/VERB/0/root the/DET/4/det governor/NOUN/2/obj", 1, "186"},
		{"Rebels attacked an army base.",
			"rebel/NOUN/2/nsubj attack/VERB/0/root an/DET/5/det army/NOUN/5/compound base/NOUN/2/obj", 1, "190"},
		{"Soldiers opened fire on the crowd.",
			"soldier/NOUN/2/nsubj open/VERB/0/root fire/NOUN/2/obj on/ADP/6/case the/DET/6/det crowd/NOUN/2/obl", 1, "193"},
		{"Militias massacred hundreds of villagers.",
			"militia/NOUN/2/nsubj massacre/VERB/0/root hundred/NOUN/2/obj of/ADP/5/case villager/NOUN/3/nmod", 1, "202"},
		{"Kenya asked the UN to send peacekeepers.",
			"kenya/PROPN/2/nsubj ask/VERB/0/root the/DET/4/det un/PROPN/2/obj to/PART/6/mark send/VERB/2/xcomp peacekeeper/NOUN/6/obj", 1, "0234"},
		{"Germany pledged to boost trade with India.",
			"germany/PROPN/2/nsubj pledge/VERB/0/root to/PART/4/mark boost/VERB/2/xcomp trade/NOUN/4/obj with/ADP/7/case india/PROPN/5/nmod", 1, "0311"},
		{"The army captured the town.",
			"the/DET/2/det army/NOUN/3/nsubj capture/VERB/0/root the/DET/5/det town/NOUN/3/obj", 2, "192"},
		{"Ghana beat Peru.",
			"ghana/PROPN/2/nsubj beat/VERB/0/root peru/PROPN/2/obj", 1, "---"},
		{"Police beat the protesters.",
			"police/NOUN/2/nsubj beat/VERB/0/root the/DET/4/det protester/NOUN/2/obj", 1, "182"},
		{"Chile played against defending champion Peru.",
			"chile/PROPN/2/nsubj play/VERB/0/root against/SCONJ/4/mark defend/VERB/2/advcl champion/NOUN/6/compound peru/PROPN/4/obj", 3, "---"},
	}
	lx := mustDefault(t)
	right := 0
	for _, tt := range tests {
		t.Run(tt.sentence, func(t *testing.T) {
			if got := choose(lx, hand(t, tt.parse), tt.head); got != tt.want {
				t.Errorf("chose %q, want %q", got, tt.want)
				return
			}
			right++
		})
	}
	t.Logf("%d of %d hand-parsed sentences coded as expected", right, len(tests))
}

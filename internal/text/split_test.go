package text

import (
	"context"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

// sentenceTexts returns the text of each sentence of s joined by " || ".
func sentenceTexts(s string) string {
	var out []string
	for _, toks := range Split(s, 0) {
		out = append(out, s[toks[0].Start:toks[len(toks)-1].End])
	}
	return strings.Join(out, " || ")
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"two sentences", "Troops crossed the border. Officials denied it.",
			"Troops crossed the border. || Officials denied it."},
		{"question and exclamation", "Who fired first? Nobody knows! Talks resume.",
			"Who fired first? || Nobody knows! || Talks resume."},
		{"title abbreviation", "Gen. Smith met Mr. Jones in Washington. They talked.",
			"Gen. Smith met Mr. Jones in Washington. || They talked."},
		{"initials", "J. R. R. Tolkien wrote it. He died in 1973.",
			"J. R. R. Tolkien wrote it. || He died in 1973."},
		{"abbreviation mid-sentence", "U.S. officials met at 5 p.m. on Jan. 5 in Calif. with aides.",
			"U.S. officials met at 5 p.m. on Jan. 5 in Calif. with aides."},
		{"abbreviation ends sentence", "The talks were held in the U.S. The envoy left.",
			"The talks were held in the U.S. || The envoy left."},
		{"company ends sentence", "He sold shares of Acme Inc. They fell 5%.",
			"He sold shares of Acme Inc. || They fell 5%."},
		{"company mid-sentence", "Acme Inc. said profits rose.", "Acme Inc. said profits rose."},
		{"quote ends sentence curly", "“We will not leave.” The minister spoke.",
			"“We will not leave.” || The minister spoke."},
		{"quote ends sentence straight", `He said: "We will stay." Others left.`,
			`He said: "We will stay." || Others left.`},
		{"quote with attribution", `"Why now?" he asked. "Because."`,
			`"Why now?" he asked. || "Because."`},
		{"parenthesis", "Prices rose (again.) Markets fell.", "Prices rose (again.) || Markets fell."},
		{"ellipsis continues", "He paused... and then spoke.", "He paused... and then spoke."},
		{"ellipsis ends", "He paused… Then he spoke.", "He paused… || Then he spoke."},
		{"dateline", "KYIV (Reuters) - Russia fired missiles. Ukraine said so.",
			"KYIV (Reuters) - || Russia fired missiles. || Ukraine said so."},
		{"dateline with date", "PARIS, May 3 (AFP) — Talks opened.",
			"PARIS, May 3 (AFP) — || Talks opened."},
		{"bare dateline", "NEW DELHI - India is ready.", "NEW DELHI - || India is ready."},
		{"no dateline", "Rebels (mostly young) - and others - fled.", "Rebels (mostly young) - and others - fled."},
		{"headline line", "Ceasefire holds in north\nThe truce held overnight.",
			"Ceasefire holds in north || The truce held overnight."},
		{"wrapped line", "The truce held\novernight in the north.", "The truce held\novernight in the north."},
		{"list items", "Demands:\n1. Release prisoners\n2. Open roads",
			"Demands: || 1. Release prisoners || 2. Open roads"},
		{"bullets", "• Talks resume\n• Aid arrives", "• Talks resume || • Aid arrives"},
		{"lower-case start", "we left. they stayed.", "we left. || they stayed."},
		{"number title", "It was No. 1 in sales.", "It was No. 1 in sales."},
		{"decimal", "Growth was 3.5 percent. It slowed.", "Growth was 3.5 percent. || It slowed."},
		{"url ends sentence", "Read it at www.example.org. Then decide.",
			"Read it at www.example.org. || Then decide."},
		{"no final punctuation", "Breaking news from the front", "Breaking news from the front"},
		{"spaced ellipsis", "It was over . . . Nobody won.", "It was over . . . || Nobody won."},
		{"quote opens after ellipsis", `It is "not for sale."..."We will never accept it," she said.`,
			`It is "not for sale." || ... || "We will never accept it," she said.`},
		{"wrapped long lines", "Officials said the ministry will sign a deal with the\nSoviet Ministry of Fertiliser Production on Monday.",
			"Officials said the ministry will sign a deal with the\nSoviet Ministry of Fertiliser Production on Monday."},
		{"short wrapped line", "MidCon Corp, a unit of\nOccidental, said profit rose.",
			"MidCon Corp, a unit of\nOccidental, said profit rose."},
		{"indented paragraph", "The talks ended without a deal for the company and its\n    The ministry said",
			"The talks ended without a deal for the company and its || The ministry said"},
		{"blank line", "First part\n\nsecond part", "First part || second part"},
		{"smiley after final punctuation", "The kebabs were great! :) We will be back.",
			"The kebabs were great! :) || We will be back."},
		{"address before a name", "Questions to press@example.org Maria Lopez, spokeswoman",
			"Questions to press@example.org || Maria Lopez, spokeswoman"},
		{"address before a number", "Web: www.example.org 555-0199", "Web: www.example.org || 555-0199"},
		{"address mid-sentence", "Write to press@example.org for details.", "Write to press@example.org for details."},
		{"bracketed address", "Ask Ana <ana@example.org> She knows.", "Ask Ana <ana@example.org> || She knows."},
		{"attachment marker", "<< File: budget.xls >> Please read it.", "<< File: budget.xls >> || Please read it."},
		{"greeting", "Hi Louise, I read your note.", "Hi Louise, || I read your note."},
		{"closing", "See you then. Best regards, Omar", "See you then. || Best regards, || Omar"},
		{"closing-like opener", "Thanks, he said, to the donors.", "Thanks, he said, to the donors."},
		{"city list", "Paris, London and Rome agreed.", "Paris, London and Rome agreed."},
		{"forwarded header", "Thanks. Ana Ruiz 03/14/2019 09:05 AM Please see below.",
			"Thanks. || Ana Ruiz || 03/14/2019 09:05 AM || Please see below."},
		{"header after address", "From <ana@example.org> 03/14/2019 09:05 PM Hi all",
			"From <ana@example.org> || 03/14/2019 09:05 PM || Hi all"},
		{"stamp in a sentence", "The file was saved on 03/14/2019 09:05 am by the clerk.",
			"The file was saved on 03/14/2019 09:05 am by the clerk."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sentenceTexts(tt.in); got != tt.want {
				t.Errorf("Split(%q)\n got %s\nwant %s", tt.in, got, tt.want)
			}
		})
	}
}

func TestSplitterProcess(t *testing.T) {
	d := &dyad.Document{Text: "Truce holds\nBy Jane Roe\nThe truce held. Talks resume Monday\nShare this story"}
	d.Blocks = []dyad.Block{
		{Kind: dyad.BlockTitle, Start: 0, End: 11},
		{Kind: dyad.BlockByline, Start: 12, End: 23},
		{Kind: dyad.BlockBody, Start: 24, End: 59},
		{Kind: dyad.BlockBoilerplate, Start: 60, End: 76},
	}
	for i := range d.Blocks {
		d.Blocks[i].Text = d.Text[d.Blocks[i].Start:d.Blocks[i].End]
	}
	d.Sentences = []dyad.Sentence{{Text: "stale"}}
	if err := NewSplitter().Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	want := []struct {
		block int
		text  string
		n     int
	}{{0, "Truce holds", 2}, {2, "The truce held.", 4}, {2, "Talks resume Monday", 3}}
	if len(d.Sentences) != len(want) {
		t.Fatalf("got %d sentences %+v, want %d", len(d.Sentences), d.Sentences, len(want))
	}
	for i, w := range want {
		s := d.Sentences[i]
		if s.Block != w.block || s.Text != w.text || len(s.Tokens) != w.n || d.Text[s.Start:s.End] != s.Text {
			t.Errorf("sentence %d = block %d %q (%d tokens), want block %d %q (%d)",
				i, s.Block, s.Text, len(s.Tokens), w.block, w.text, w.n)
		}
		for _, tok := range s.Tokens {
			if d.Text[tok.Start:tok.End] != tok.Form || tok.Start < s.Start || tok.End > s.End {
				t.Errorf("token %+v outside sentence %q", tok, s.Text)
			}
		}
	}
}

func TestSplitterNeverCrossesBlocks(t *testing.T) {
	// The first block ends mid-sentence; the splitter must still cut there.
	d := &dyad.Document{Text: "Officials said the Gen. Smith ordered it."}
	d.Blocks = []dyad.Block{{Kind: dyad.BlockBody, Start: 0, End: 23}, {Kind: dyad.BlockBody, Start: 24, End: 41}}
	if err := NewSplitter().Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if len(d.Sentences) != 2 || d.Sentences[0].End > 23 || d.Sentences[1].Start < 24 {
		t.Errorf("sentences cross blocks: %+v", d.Sentences)
	}
}

func TestLoadRulesDir(t *testing.T) {
	dir := t.TempDir()
	if err := writeFile(dir+"/abbreviations.txt", "# only one\nGov title\n"); err != nil {
		t.Fatal(err)
	}
	r, err := LoadRulesDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	tk := NewTokenizer(r)
	var got []string
	for _, tok := range tk.Tokenize("Gov. Mr. Smith", 0) {
		got = append(got, tok.Form)
	}
	// "Mr" is no longer listed, so its period is split off; the other files
	// still come from the embedded defaults.
	if g := strings.Join(got, "|"); g != "Gov.|Mr|.|Smith" {
		t.Errorf("custom rules: got %s", g)
	}
	if _, ok := r.prefixes["non"]; !ok {
		t.Error("prefixes not taken from the embedded defaults")
	}
}

func TestEmbeddedRules(t *testing.T) {
	r, err := LoadRules(dataFS, "data")
	if err != nil {
		t.Fatal(err)
	}
	if len(r.abbrevs) < 100 || len(r.prefixes) < 20 || len(r.contractions) < 5 ||
		len(r.emoticons) < 10 || len(r.starters) < 50 {
		t.Errorf("embedded rules look truncated: %d abbreviations, %d prefixes, %d contractions, %d emoticons, %d starters",
			len(r.abbrevs), len(r.prefixes), len(r.contractions), len(r.emoticons), len(r.starters))
	}
	if r.abbrevs["Gen"] != abbrevTitle || r.abbrevs["No"] != abbrevNumber || r.abbrevs["Inc"] != abbrevAny {
		t.Error("abbreviation classes not read")
	}
}

func TestLoadRulesBadContraction(t *testing.T) {
	dir := t.TempDir()
	if err := writeFile(dir+"/contractions.txt", "gonna go na\n"); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadRulesDir(dir); err == nil || !strings.HasPrefix(err.Error(), "text: ") {
		t.Errorf("want a text: error for parts that do not spell the word, got %v", err)
	}
}

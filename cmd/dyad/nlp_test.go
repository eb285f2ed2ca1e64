package main

import (
	"strings"
	"testing"

	"github.com/dyad-events/dyad/internal/conllu"
)

// goldBank is a tiny treebank written for these tests.
const goldBank = `# newpar
# text = Troops crossed.
1	Troops	troop	NOUN	NNS	_	2	nsubj	_	_
2	crossed	cross	VERB	VBD	_	0	root	_	SpaceAfter=No
3	.	.	PUNCT	.	_	2	punct	_	_

# text = Talks failed.
1	Talks	talk	NOUN	NNS	_	2	nsubj	_	_
2	failed	fail	VERB	VBD	_	0	root	_	SpaceAfter=No
3	.	.	PUNCT	.	_	2	punct	_	_

`

func readBank(t *testing.T, s string) []conllu.Sentence {
	t.Helper()
	ss, err := conllu.ReadAll(strings.NewReader(s))
	if err != nil {
		t.Fatal(err)
	}
	return ss
}

func TestGoldDocumentOffsets(t *testing.T) {
	g := goldDocument(readBank(t, goldBank))
	if g.Text != "Troops crossed. Talks failed." {
		t.Fatalf("text %q", g.Text)
	}
	for _, s := range g.Sentences {
		for _, tk := range s.Tokens {
			if g.Text[tk.Start:tk.End] != tk.Form {
				t.Errorf("token %q at %d:%d reads %q", tk.Form, tk.Start, tk.End, g.Text[tk.Start:tk.End])
			}
		}
	}
}

func TestScoreDocuments(t *testing.T) {
	tests := []struct {
		name string
		edit func(sys *conllu.Sentence)
		want map[string]string
	}{
		{"identical", func(*conllu.Sentence) {}, map[string]string{"UAS": "100.00%", "LAS": "100.00%", "UPOS": "100.00%"}},
		{"wrong head", func(s *conllu.Sentence) { s.Words[2].Head = 1 }, map[string]string{"UAS": "83.33%", "LAS": "83.33%"}},
		{"subtype only", func(s *conllu.Sentence) { s.Words[0].Deprel = "nsubj:pass" }, map[string]string{"LAS": "100.00%", "LAS (full labels)": "83.33%"}},
		{"wrong tag", func(s *conllu.Sentence) { s.Words[0].UPOS = "PROPN" }, map[string]string{"UPOS": "83.33%", "UAS": "100.00%"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := goldDocument(readBank(t, goldBank))
			ss := readBank(t, goldBank)
			tc.edit(&ss[0])
			sys := goldDocument(ss)
			report := scoreDocuments(g, sys, false)
			got := map[string]string{}
			for _, line := range strings.Split(report, "\n") {
				if i := strings.LastIndexByte(line, ' '); i > 0 {
					got[strings.TrimSpace(line[:i])] = line[i+1:]
				}
			}
			for k, v := range tc.want {
				if got[k] != v {
					t.Errorf("%s = %q, want %q in\n%s", k, got[k], v, report)
				}
			}
		})
	}
}

// needModels skips when the built-in tagger or parser is not available.
func needModels(t *testing.T) {
	t.Helper()
	if _, err := newAnalyzer(modelFlags{}); err != nil {
		t.Skipf("no built-in models: %v", err)
	}
}

// TestParseCommand checks the output's shape: words, offsets and kept
// comments (the analyses themselves are the models' tests' business).
func TestParseCommand(t *testing.T) {
	needModels(t)
	tests := []struct {
		name, stdin string
		args        []string
		want        [][2]string // a line's prefix and suffix
	}{
		{"text", "Troops crossed the border.\n", []string{"parse", "-"},
			[][2]string{{"1\tTroops\t", "\tTokenRange=0:6"}, {"5\t.\t", "\tTokenRange=25:26"}}},
		{"conllu keeps words", goldBank, []string{"parse", "--input", "conllu", "-"},
			[][2]string{{"# text = Talks failed.", ""}, {"3\t.\t.\tPUNCT\t", "\tTokenRange=12:13"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, errs, code := run(t, tc.stdin, tc.args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			for _, w := range tc.want {
				if !hasLine(out, w[0], w[1]) {
					t.Errorf("no line %q...%q in\n%s", w[0], w[1], out)
				}
			}
		})
	}
}

func hasLine(out, prefix, suffix string) bool {
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, prefix) && strings.HasSuffix(line, suffix) {
			return true
		}
	}
	return false
}

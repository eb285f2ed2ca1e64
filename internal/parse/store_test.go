package parse

import (
	"bytes"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

// tree builds gold tokens from "form/UPOS/XPOS/head/rel" items.
func tree(s string) []dyad.Token {
	var toks []dyad.Token
	for _, item := range strings.Fields(s) {
		p := strings.Split(item, "/")
		h := 0
		for _, c := range p[3] {
			h = 10*h + int(c-'0')
		}
		toks = append(toks, dyad.Token{Form: p[0], UPOS: p[1], XPOS: p[2], Head: h, Rel: p[4]})
	}
	return toks
}

// tinyBank is a few hand-annotated sentences, enough to train a toy model.
var tinyBank = []string{
	"Ministers/NOUN/NNS met/VERB/VBD ./PUNCT/./2/punct",
	"The/DET/DT council/NOUN/NN approved/VERB/VBD the/DET/DT plan/NOUN/NN ./PUNCT/./3/punct",
	"Rebels/NOUN/NNS attacked/VERB/VBD the/DET/DT town/NOUN/NN on/ADP/IN Friday/PROPN/NNP",
	"She/PRON/PRP said/VERB/VBD that/SCONJ/IN he/PRON/PRP left/VERB/VBD",
}

var tinyHeads = [][]string{
	{"2/nsubj", "0/root", "2/punct"},
	{"2/det", "3/nsubj", "0/root", "5/det", "3/obj", "3/punct"},
	{"2/nsubj", "0/root", "4/det", "2/obj", "6/case", "2/obl"},
	{"2/nsubj", "0/root", "5/mark", "5/nsubj", "2/ccomp"},
}

func tinyTreebank() [][]dyad.Token {
	var out [][]dyad.Token
	for i, s := range tinyBank {
		words := strings.Fields(s)
		var b strings.Builder
		for j, w := range words {
			p := strings.Split(w, "/")
			b.WriteString(strings.Join(p[:3], "/") + "/" + tinyHeads[i][j] + " ")
		}
		out = append(out, tree(b.String()))
	}
	return out
}

func tinyModel(t testing.TB) *Model {
	t.Helper()
	m, err := Train(tinyTreebank(), nil, Config{Epochs: 20, MoveBits: 10, LabelBits: 8})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestTrainSaveLoad(t *testing.T) {
	m := tinyModel(t)
	if sc := Evaluate(m, tinyTreebank()); sc.LAS < 0.99 {
		t.Errorf("toy model does not fit its training data: %s", sc)
	}
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Load(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	var buf2 bytes.Buffer
	if err := m2.Save(&buf2); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), buf2.Bytes()) {
		t.Error("saving a loaded model gives different bytes")
	}
	m3 := tinyModel(t)
	var buf3 bytes.Buffer
	m3.Save(&buf3)
	if !bytes.Equal(buf.Bytes(), buf3.Bytes()) {
		t.Error("training twice gives different models")
	}
}

func TestLoadRejects(t *testing.T) {
	var buf bytes.Buffer
	tinyModel(t).Save(&buf)
	good := buf.Bytes()
	tests := []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"not gzip", []byte("hello")},
		{"truncated", good[:len(good)/2]},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Load(bytes.NewReader(tc.data)); err == nil {
				t.Error("no error")
			}
		})
	}
}

func FuzzLoad(f *testing.F) {
	var buf bytes.Buffer
	tinyModel(f).Save(&buf)
	f.Add(buf.Bytes())
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Load(bytes.NewReader(data))
		if err != nil {
			return
		}
		toks := tagged(lead)
		m.Parse(toks) // must not panic whatever the weights
	})
}

// FuzzParse feeds arbitrary words and tags to the built-in model and checks
// that the output is always a tree with one root.
func FuzzParse(f *testing.F) {
	m := builtin(f)
	f.Add("Troops/NOUN/NNS crossed/VERB/VBD the/DET/DT border/NOUN/NN")
	f.Add("a/X/X")
	f.Fuzz(func(t *testing.T, s string) {
		var toks []dyad.Token
		for _, w := range strings.Fields(s) {
			p := strings.SplitN(w+"//", "/", 3)
			toks = append(toks, dyad.Token{Form: p[0], UPOS: p[1], XPOS: p[2]})
		}
		m.Parse(toks)
		roots := 0
		for i, tk := range toks {
			if tk.Head < 0 || tk.Head > len(toks) || tk.Head == i+1 {
				t.Fatalf("bad head %d for word %d", tk.Head, i+1)
			}
			if tk.Head == 0 {
				roots++
			}
		}
		if len(toks) > 0 && roots != 1 {
			t.Fatalf("%d roots", roots)
		}
	})
}

package tag

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/conllu"
)

func tokens(sentence string) []dyad.Token {
	var toks []dyad.Token
	for f := range strings.FieldsSeq(sentence) {
		toks = append(toks, dyad.Token{Form: f, Head: -1, SpaceAfter: true})
	}
	return toks
}

func TestDefaultTagsSentence(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	toks := tokens("The foreign minister said on Tuesday that the soldiers would leave the disputed villages by March .")
	m.TagTokens(toks)
	want := map[int]struct{ upos, xpos, lemma, feats string }{
		0:  {"DET", "DT", "the", "Definite=Def|PronType=Art"},
		2:  {"NOUN", "NN", "minister", "Number=Sing"},
		3:  {"VERB", "VBD", "say", "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"},
		5:  {"PROPN", "NNP", "Tuesday", "Number=Sing"},
		8:  {"NOUN", "NNS", "soldier", "Number=Plur"},
		9:  {"AUX", "MD", "would", "VerbForm=Fin"},
		10: {"VERB", "VB", "leave", "VerbForm=Inf"},
		13: {"NOUN", "NNS", "village", "Number=Plur"},
		16: {"PUNCT", ".", ".", ""},
	}
	for i, w := range want {
		t.Run(toks[i].Form, func(t *testing.T) {
			got := toks[i]
			if got.UPOS != w.upos || got.XPOS != w.xpos || got.Lemma != w.lemma {
				t.Errorf("got %s %s %s, want %s %s %s", got.UPOS, got.XPOS, got.Lemma, w.upos, w.xpos, w.lemma)
			}
			if got.Feats != w.feats {
				t.Logf("feats %q, expected %q", got.Feats, w.feats)
			}
		})
	}
}

func TestTaggerProcess(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	d := &dyad.Document{Sentences: []dyad.Sentence{
		{Tokens: tokens("Protesters blocked the road .")},
		{},
		{Tokens: tokens("Police arrested them .")},
	}}
	if err := New(m).Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if got := d.Sentences[0].Tokens[1]; got.XPOS != "VBD" || got.Lemma != "block" {
		t.Errorf("blocked: got %s %s", got.XPOS, got.Lemma)
	}
	if got := d.Sentences[2].Tokens[2]; got.UPOS != "PRON" || got.Lemma != "they" {
		t.Errorf("them: got %s %s", got.UPOS, got.Lemma)
	}
	if err := New(nil).Process(context.Background(), d); err == nil {
		t.Error("no error without a model")
	}
}

// mini is a tiny original treebank for training tests.
const mini = `# text = Ships sail at dawn.
1	Ships	ship	NOUN	NNS	Number=Plur	2	nsubj	_	_
2	sail	sail	VERB	VBP	Mood=Ind|Tense=Pres|VerbForm=Fin	0	root	_	_
3	at	at	ADP	IN	_	4	case	_	_
4	dawn	dawn	NOUN	NN	Number=Sing	2	obl	_	SpaceAfter=No
5	.	.	PUNCT	.	_	2	punct	_	_

# text = The ship sailed at noon.
1	The	the	DET	DT	Definite=Def|PronType=Art	2	det	_	_
2	ship	ship	NOUN	NN	Number=Sing	3	nsubj	_	_
3	sailed	sail	VERB	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	0	root	_	_
4	at	at	ADP	IN	_	5	case	_	_
5	noon	noon	NOUN	NN	Number=Sing	3	obl	_	SpaceAfter=No
6	.	.	PUNCT	.	_	3	punct	_	_

# text = Anna watched the ships.
1	Anna	Anna	PROPN	NNP	Number=Sing	2	nsubj	_	_
2	watched	watch	VERB	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	0	root	_	_
3	the	the	DET	DT	Definite=Def|PronType=Art	4	det	_	_
4	ships	ship	NOUN	NNS	Number=Plur	2	obj	_	SpaceAfter=No
5	.	.	PUNCT	.	_	2	punct	_	_
`

func trainMini(t testing.TB) (*Model, []byte) {
	ss, err := conllu.ReadAll(strings.NewReader(mini))
	if err != nil {
		t.Fatal(err)
	}
	m, err := Train(ss, ss, TrainConfig{Epochs: 5, Folds: 1})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	return m, buf.Bytes()
}

func TestTrainLearnsAndIsDeterministic(t *testing.T) {
	m, saved := trainMini(t)
	ss, _ := conllu.ReadAll(strings.NewReader(mini))
	if sc := m.Evaluate(ss); sc.UPOS != 1 || sc.XPOS != 1 || sc.Lemma != 1 || sc.Feats != 1 {
		t.Errorf("training data not learnt: %+v", sc)
	}
	_, again := trainMini(t)
	if !bytes.Equal(saved, again) {
		t.Error("two trainings gave different models")
	}
	loaded, err := Load(bytes.NewReader(saved))
	if err != nil {
		t.Fatal(err)
	}
	var resaved bytes.Buffer
	if err := loaded.Save(&resaved); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(saved, resaved.Bytes()) {
		t.Error("load then save changed the model")
	}
	if _, err := Train(nil, nil, TrainConfig{}); err == nil {
		t.Error("training on nothing gave no error")
	}
}

func TestLoadRejects(t *testing.T) {
	_, saved := trainMini(t)
	tests := []struct {
		name string
		in   []byte
	}{
		{"empty", nil},
		{"not gzip", []byte("hello")},
		{"truncated", saved[:len(saved)/2]},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := Load(bytes.NewReader(tt.in)); err == nil || !strings.HasPrefix(err.Error(), "tag: ") {
				t.Errorf("got %v, want a tag: error", err)
			}
		})
	}
}

// FuzzLoad feeds the decoder arbitrary model bodies behind the format's
// magic, so the fuzzer explores the binary format rather than gzip's
// checksums.
func FuzzLoad(f *testing.F) {
	_, saved := trainMini(f)
	zr, err := gzip.NewReader(bytes.NewReader(saved))
	if err != nil {
		f.Fatal(err)
	}
	body, err := io.ReadAll(zr)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(body[len(magic):])
	f.Add([]byte{1, 1, 65, 1, 66})
	f.Fuzz(func(t *testing.T, in []byte) {
		m, err := decodeStream(io.MultiReader(strings.NewReader(magic), bytes.NewReader(in)))
		if err != nil {
			return
		}
		m.TagTokens(tokens("Anna sailed at dawn ."))
	})
}

func TestMakeEdit(t *testing.T) {
	tests := []struct {
		form, lemma string
		want        edit
	}{
		{"studies", "study", edit{cas: caseLower, strip: 3, add: "y"}},
		{"The", "the", edit{cas: caseLower}},
		{"Obama", "Obama", edit{cas: caseTitle}},
		{"iPhone", "iPhone", edit{}},
		{"kerala", "Kerala", edit{cas: caseTitle}},
		{"went", "go", edit{cas: caseLower, strip: 4, add: "go"}},
		{"n't", "not", edit{cas: caseLower, strip: 2, add: "ot"}},
	}
	for _, tt := range tests {
		t.Run(tt.form, func(t *testing.T) {
			got := makeEdit(tt.form, tt.lemma, false)
			if got != tt.want {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
			if l := got.apply(tt.form); l != tt.lemma {
				t.Errorf("apply gives %q", l)
			}
		})
	}
}

func TestTable(t *testing.T) {
	tb := newTable(0)
	for k := range uint64(1000) {
		tb.put(k*0x9e3779b97f4a7c15, uint32(k))
	}
	tb.put(0, 7)
	for k := range uint64(1000) {
		if v, ok := tb.get(k * 0x9e3779b97f4a7c15); !ok || (k > 0 && v != uint32(k)) {
			t.Fatalf("key %d: got %d %v", k, v, ok)
		}
	}
	if _, ok := tb.get(12345); ok {
		t.Error("found a key never put")
	}
}

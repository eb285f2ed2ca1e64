package conllu

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// sample is an original two-sentence document exercising comments, a
// multiword token, an empty node and SpaceAfter=No.
const sample = `# newdoc id = test-doc
# newpar
# sent_id = test-1
# text = The mayor didn't resign.
1	The	the	DET	DT	Definite=Def|PronType=Art	2	det	2:det	_
2	mayor	mayor	NOUN	NN	Number=Sing	5	nsubj	5:nsubj	_
3-4	didn't	_	_	_	_	_	_	_	_
3	did	do	AUX	VBD	Mood=Ind|Tense=Past|VerbForm=Fin	5	aux	5:aux	_
4	n't	not	PART	RB	_	5	advmod	5:advmod	_
5	resign	resign	VERB	VB	VerbForm=Inf	0	root	0:root	SpaceAfter=No
6	.	.	PUNCT	.	_	5	punct	5:punct	_

# sent_id = test-2
# text = Ports reopened and trains ran.
1	Ports	port	NOUN	NNS	Number=Plur	2	nsubj	2:nsubj|4.1:nsubj	_
2	reopened	reopen	VERB	VBD	Tense=Past	0	root	0:root	_
3	and	and	CCONJ	CC	_	5	cc	5:cc	_
4	trains	train	NOUN	NNS	Number=Plur	5	nsubj	5:nsubj	_
4.1	reopened	reopen	VERB	VBD	_	_	_	2:conj	CopyOf=2
5	ran	run	VERB	VBD	Tense=Past	2	conj	2:conj	SpaceAfter=No
6	.	.	PUNCT	.	_	2	punct	2:punct	_
`

func TestRead(t *testing.T) {
	ss, err := ReadAll(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	if len(ss) != 2 {
		t.Fatalf("got %d sentences, want 2", len(ss))
	}
	s := ss[0]
	tests := []struct {
		name string
		got  any
		want any
	}{
		{"id", s.ID(), "test-1"},
		{"text", s.Text(), "The mayor didn't resign."},
		{"newdoc", s.NewDoc(), true},
		{"newpar", s.NewPar(), true},
		{"second not newdoc", ss[1].NewDoc(), false},
		{"words", len(s.Words), 6},
		{"tokens", len(s.Tokens()), 5},
		{"range form", s.Tokens()[2].Form, "didn't"},
		{"lemma", s.Words[3].Lemma, "not"},
		{"empty feats", s.Words[3].Feats, ""},
		{"head", s.Words[4].Head, 0},
		{"space after", s.Words[4].SpaceAfter(), false},
		{"empty nodes", len(ss[1].Empty), 1},
		{"empty after", ss[1].Empty[0].After, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("got %v, want %v", tt.got, tt.want)
			}
		})
	}
}

func TestRoundTrip(t *testing.T) {
	ss, err := ReadAll(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteAll(&buf, ss); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(sample+"\n", buf.String()); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}

func TestReadErrors(t *testing.T) {
	word := "1\tA\ta\tDET\tDT\t_\t0\troot\t_\t_\n"
	tests := []struct {
		name, in string
		line     int
	}{
		{"nine columns", "1\tA\ta\tDET\tDT\t_\t0\troot\t_\n", 1},
		{"empty column", "1\t\ta\tDET\tDT\t_\t0\troot\t_\t_\n", 1},
		{"id gap", word + "3\tB\tb\tX\tX\t_\t1\tdep\t_\t_\n", 2},
		{"id not number", "x\tA\ta\tDET\tDT\t_\t0\troot\t_\t_\n", 1},
		{"bad head", "# c\n" + word + "2\tB\tb\tX\tX\t_\t-3\tdep\t_\t_\n", 3},
		{"head outside", "\n\n" + word + "2\tB\tb\tX\tX\t_\t7\tdep\t_\t_\n\n", 4},
		{"self head", word + "2\tB\tb\tX\tX\t_\t2\tdep\t_\t_\n", 2},
		{"comment inside", word + "# late\n", 2},
		{"range backwards", "2-1\tAB\t_\t_\t_\t_\t_\t_\t_\t_\n", 1},
		{"range past end", "1-2\tAB\t_\t_\t_\t_\t_\t_\t_\t_\n" + word + "\n", 1},
		{"empty node early", "1.1\tA\ta\tX\tX\t_\t_\t_\t_\t_\n", 1},
		{"no words", "# only a comment\n\n", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadAll(strings.NewReader(tt.in))
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("got %v, want *Error", err)
			}
			if e.Line != tt.line {
				t.Errorf("line %d, want %d (%v)", e.Line, tt.line, err)
			}
			if !strings.HasPrefix(err.Error(), "conllu: ") {
				t.Errorf("error %q lacks the package prefix", err)
			}
		})
	}
}

func TestCRLF(t *testing.T) {
	in := strings.ReplaceAll(sample, "\n", "\r\n")
	ss, err := ReadAll(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if got := ss[1].Words[4].Misc; got != "SpaceAfter=No" {
		t.Errorf("misc %q", got)
	}
}

func FuzzRead(f *testing.F) {
	f.Add(sample)
	f.Add("1\tA\ta\tDET\tDT\t_\t0\troot\t_\t_\n")
	f.Add("1-2\tAB\t_\t_\t_\t_\t_\t_\t_\t_\n1\tA\t_\t_\t_\t_\t_\t_\t_\t_\n2\tB\t_\t_\t_\t_\t_\t_\t_\t_\n")
	f.Fuzz(func(t *testing.T, in string) {
		ss, err := ReadAll(strings.NewReader(in))
		if err != nil {
			return
		}
		// Whatever reads must write and read back the same.
		var buf bytes.Buffer
		if err := WriteAll(&buf, ss); err != nil {
			t.Fatal(err)
		}
		again, err := ReadAll(&buf)
		if err != nil {
			t.Fatalf("re-reading written output: %v\n%s", err, buf.String())
		}
		if diff := cmp.Diff(ss, again); diff != "" {
			t.Fatalf("round trip differs:\n%s", diff)
		}
		for i := range ss {
			ds := ToDyad(&ss[i])
			for _, tok := range ds.Tokens {
				if tok.Start < 0 || tok.End > len(ds.Text) || tok.Start > tok.End {
					t.Fatalf("token %q span [%d,%d) outside text of %d bytes", tok.Form, tok.Start, tok.End, len(ds.Text))
				}
			}
		}
	})
}

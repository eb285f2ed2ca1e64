package conllu

import (
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

func TestToDyad(t *testing.T) {
	ss, err := ReadAll(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	ds := ToDyad(&ss[0])
	if ds.Text != "The mayor didn't resign." {
		t.Fatalf("text %q", ds.Text)
	}
	want := []struct {
		form       string
		start, end int
		head       int
		space      bool
	}{
		{"The", 0, 3, 2, true},
		{"mayor", 4, 9, 5, true},
		{"did", 10, 13, 5, false},
		{"n't", 13, 16, 5, true},
		{"resign", 17, 23, 0, false},
		{".", 23, 24, 5, true},
	}
	for i, w := range want {
		t.Run(w.form, func(t *testing.T) {
			got := ds.Tokens[i]
			if got.Form != w.form || got.Start != w.start || got.End != w.end || got.Head != w.head || got.SpaceAfter != w.space {
				t.Errorf("got %+v, want %+v", got, w)
			}
			if ds.Text[got.Start:got.End] != got.Form {
				t.Errorf("span %q, form %q", ds.Text[got.Start:got.End], got.Form)
			}
		})
	}
}

func TestToDyadRebuildsText(t *testing.T) {
	in := "# text = something else\n1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\tSpaceAfter=No\n2\t!\t!\tPUNCT\t.\t_\t1\tpunct\t_\t_\n"
	ss, err := ReadAll(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if ds := ToDyad(&ss[0]); ds.Text != "Hi!" || ds.Tokens[1].Start != 2 {
		t.Errorf("got %q %+v", ds.Text, ds.Tokens)
	}
}

func TestFromDyad(t *testing.T) {
	ds := dyad.Sentence{Text: "Rain fell.", Tokens: []dyad.Token{
		{Form: "Rain", Lemma: "rain", UPOS: "NOUN", Head: 2, Rel: "nsubj", SpaceAfter: true},
		{Form: "fell", UPOS: "VERB", Head: 0, Rel: "root"},
		{Form: ".", Head: -1, SpaceAfter: true},
	}}
	s := FromDyad(&ds)
	var b strings.Builder
	if err := Write(&b, &s); err != nil {
		t.Fatal(err)
	}
	want := "# text = Rain fell.\n" +
		"1\tRain\train\tNOUN\t_\t_\t2\tnsubj\t_\t_\n" +
		"2\tfell\t_\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No\n" +
		"3\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}

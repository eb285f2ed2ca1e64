package store

import (
	"strconv"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/google/go-cmp/cmp"
)

func TestTokenCodec(t *testing.T) {
	text := "Peru's\tminister said \"no\"."
	tests := []struct {
		name string
		toks []dyad.Token
	}{
		{"plain", []dyad.Token{{Form: "Peru", Start: 0, End: 4, Lemma: "Peru", UPOS: "PROPN", Head: 3, Rel: "nsubj"}, {Form: "'s", Start: 4, End: 6, Lemma: "'s", UPOS: "PART", Head: 1, Rel: "case", SpaceAfter: true}}},
		{"form differs from text", []dyad.Token{{Form: `"`, Start: 21, End: 22, Lemma: `"`, Head: -1}}},
		{"escapes", []dyad.Token{{Form: "a\tb\\c\nd", Start: 0, End: 3, Lemma: "=", Feats: "X=1|Y=\\", Head: 0}}},
		{"empty form and lemma", []dyad.Token{{Form: "", Start: 3, End: 3, Lemma: "", Head: -1}}},
		{"lemma differs", []dyad.Token{{Form: "said", Start: 16, End: 20, Lemma: "say", UPOS: "VERB", XPOS: "VBD", Feats: "Tense=Past", Head: 0, Rel: "root", SpaceAfter: true}}},
		{"no tokens", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := decodeTokens(text, encodeTokens(text, tt.toks))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.toks, got); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
	if _, err := decodeTokens(text, "1\t2\tx\n"); err == nil {
		t.Error("short line: no error")
	}
}

func FuzzTokenCodec(f *testing.F) {
	f.Add("Peru said no.", "said", "say", "VERB", 5, 9, 0, true)
	f.Add("a\tb", "a\tb", "=", "\\", 0, 3, -1, false)
	f.Add("x", "", `\e`, "", 0, 0, 1, true)
	f.Fuzz(func(t *testing.T, text, form, lemma, rel string, start, end, head int, space bool) {
		toks := []dyad.Token{{Form: form, Lemma: lemma, Rel: rel, Start: start, End: end, Head: head, SpaceAfter: space}}
		got, err := decodeTokens(text, encodeTokens(text, toks))
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(toks, got); diff != "" {
			t.Errorf("(-want +got)\n%s", diff)
		}
	})
}

// encodeTokens writes toks in the line form, as ingests before migration
// 0002 did; the tests use it to check the decoder.
func encodeTokens(text string, toks []dyad.Token) string {
	b := make([]byte, 0, 40*len(toks))
	for _, t := range toks {
		b = strconv.AppendInt(b, int64(t.Start), 10)
		b = append(b, '\t')
		b = strconv.AppendInt(b, int64(t.End), 10)
		b = append(b, '\t')
		b = append(b, formField(text, t)...)
		b = append(b, '\t')
		b = append(b, lemmaField(t)...)
		for _, f := range []string{t.UPOS, t.XPOS, t.Feats} {
			b = append(append(b, '\t'), escape(f)...)
		}
		b = append(b, '\t')
		b = strconv.AppendInt(b, int64(t.Head), 10)
		b = append(append(b, '\t'), escape(t.Rel)...)
		if t.SpaceAfter {
			b = append(b, "\t1\n"...)
		} else {
			b = append(b, "\t0\n"...)
		}
	}
	return string(b)
}

// formField is empty when the form is the text it spans.
func formField(text string, t dyad.Token) string {
	switch {
	case t.Form == slice(text, t.Start, t.End) && t.Start < t.End:
		return ""
	case t.Form == "":
		return `\e`
	}
	return escape(t.Form)
}

// lemmaField is "=" when the lemma is the form.
func lemmaField(t dyad.Token) string {
	switch {
	case t.Lemma == t.Form:
		return "="
	case t.Lemma == "=":
		return `\=`
	}
	return escape(t.Lemma)
}

var escaper = strings.NewReplacer(`\`, `\\`, "\t", `\t`, "\n", `\n`)

func escape(s string) string {
	if strings.ContainsAny(s, "\\\t\n") {
		return escaper.Replace(s)
	}
	return s
}

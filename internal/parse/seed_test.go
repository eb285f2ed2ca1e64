//go:build eval

package parse

import (
	"os"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/shared"
	"github.com/dyad-events/dyad/internal/tag"
	"github.com/dyad-events/dyad/internal/text"
)

// analyse tokenizes, tags and parses one paragraph the way the pipeline
// does, returning its sentences.
func analyse(t *testing.T, para string) [][]dyad.Token {
	t.Helper()
	tm, err := tag.Default()
	if err != nil {
		t.Fatal(err)
	}
	p := New(builtin(t))
	sents := text.Split(para, 0)
	for _, s := range sents {
		tm.TagTokens(s)
		p.Parse(s)
	}
	return sents
}

// span returns the 1-based range [lo, hi] of the words of phrase in toks.
func span(t *testing.T, toks []dyad.Token, phrase string) (int, int) {
	t.Helper()
	words := strings.Fields(phrase)
	for i := 0; i+len(words) <= len(toks); i++ {
		ok := true
		for j, w := range words {
			ok = ok && toks[i+j].Form == w
		}
		if ok {
			return i + 1, i + len(words)
		}
	}
	t.Fatalf("%q not found", phrase)
	return 0, 0
}

func TestSeedLead(t *testing.T) {
	data, err := os.ReadFile(shared.TestPath(t, "seed", "article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	toks := analyse(t, lines[0])[0]
	parsed := dump(toks)
	check := func(what string, ok bool) {
		if !ok {
			t.Errorf("%s; parse:\n%s", what, parsed)
		}
	}
	said := find(toks, "said")
	lo, hi := span(t, toks, "President Claudia Sheinbaum")
	d := dependent(toks, said, "nsubj")
	check("nsubj of said outside President Claudia Sheinbaum", d >= lo && d <= hi)
	lo, hi = span(t, toks, "US president Donald Trump")
	d = dependent(toks, find(toks, "proposed"), "nsubj")
	check("nsubj of proposed outside US president Donald Trump", d >= lo && d <= hi)
	troops := find(toks, "troops")
	check("troops is not the object of sending", toks[troops-1].Head == find(toks, "sending") && toks[troops-1].Rel == "obj")

	for _, line := range lines {
		if !strings.HasPrefix(line, "The White House did not") {
			continue
		}
		toks := analyse(t, line)[0]
		not := find(toks, "not")
		if toks[not-1].Head != find(toks, "respond") {
			t.Errorf("not does not attach to respond:\n%s", dump(toks))
		}
		return
	}
	t.Error("White House sentence not found in the seed")
}

package when

import (
	"sort"
	"strings"
	"testing"
)

// TestStartWords checks the matcher's shortcut: at no item whose word is
// outside startWords does any rule match. The texts put every word of the
// vocabulary, and every word the rules name, after and before the words
// that complete expressions.
func TestStartWords(t *testing.T) {
	f := newFinder(t)
	vocab := vocabulary(f.words)
	fillers := []string{"", "the", "of", "next", "last", "3", "3rd", "2025", "day", "days", "ago", "-", ",", "May", "Friday", "of the", "years ago", "before", "century", "morning"}
	for _, w := range vocab {
		for _, a := range fillers {
			for _, b := range fillers {
				for _, word := range []string{w, strings.ToUpper(w[:1]) + w[1:]} {
					text := a + " " + word + " " + b + " " + b
					m := &matcher{w: f.words, starts: f.starts, it: lex(text)}
					for i, it := range m.it {
						if _, ok := m.at(i); ok {
							continue
						}
						if e, ok := m.rules(i); ok {
							t.Fatalf("%q: rule matches at %q (%+v) but the shortcut skips it", text, it.text, e)
						}
					}
				}
			}
		}
	}
}

// vocabulary is every word of w and every word the rules name.
func vocabulary(w *Words) []string {
	set := map[string]bool{}
	for _, m := range []map[string]int{w.month, w.weekday, w.number} {
		for k := range m {
			set[k] = true
		}
	}
	for _, m := range []map[string]string{w.unit, w.season, w.part, w.deictic, w.partOfDay} {
		for k := range m {
			set[k] = true
		}
	}
	for k := range shiftWords {
		set[k] = true
	}
	for _, k := range strings.Fields("the in of recent earlier later ago day before after previous next following century year a an his end beginning start middle weekend said") {
		set[k] = true
	}
	var out []string
	for k := range set {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// TestLexLower checks that items' lower forms, sliced from the folded
// text, are what lowering each item gives, with and without non-ASCII
// words around them.
func TestLexLower(t *testing.T) {
	for _, text := range []string{
		"On Friday, 3 May, THE Talks in Zürich ended.",
		"İstanbul hosted the ÉLYSÉE summit on MONDAY 12th June 2024.",
		"", "A", "ÀB cD",
	} {
		t.Run(text, func(t *testing.T) {
			for _, it := range lex(text) {
				want := lower(it.text)
				if it.kind == kNum {
					want = strings.TrimRight(it.text, "stndrhSTNDRH")
				}
				if it.lower != want {
					t.Errorf("item %q: lower %q, want %q", it.text, it.lower, want)
				}
			}
		})
	}
}

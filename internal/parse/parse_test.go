package parse

import (
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/tag"
)

// tagged builds tokens from "form/UPOS/XPOS" items, as a tagger would.
func tagged(s string) []dyad.Token {
	var toks []dyad.Token
	for _, item := range strings.Fields(s) {
		p := strings.Split(item, "/")
		toks = append(toks, dyad.Token{Form: p[0], UPOS: p[1], XPOS: p[2], Head: -1})
	}
	return toks
}

// A sentence written for this test, shaped like a news lead.
const lead = `Prime/PROPN/NNP Minister/PROPN/NNP Anna/PROPN/NNP Keller/PROPN/NNP of/ADP/IN ` +
	`Norway/PROPN/NNP said/VERB/VBD on/ADP/IN Monday/PROPN/NNP that/SCONJ/IN ` +
	`Swedish/ADJ/JJ officials/NOUN/NNS had/AUX/VBD offered/VERB/VBN sending/VERB/VBG ` +
	`engineers/NOUN/NNS into/ADP/IN the/DET/DT region/NOUN/NN ,/PUNCT/, but/CCONJ/CC ` +
	`the/DET/DT ministry/NOUN/NN did/AUX/VBD not/PART/RB immediately/ADV/RB ` +
	`comment/VERB/VB ./PUNCT/.`

func builtin(t testing.TB) *Model {
	t.Helper()
	m, err := Default()
	if err != nil {
		t.Skipf("no built-in model: %v", err)
	}
	return m
}

// find returns the 1-based index of the first token with form f.
func find(toks []dyad.Token, f string) int {
	for i, tk := range toks {
		if tk.Form == f {
			return i + 1
		}
	}
	return 0
}

// dependent returns the 1-based index of the first dependent of head with
// relation rel, or 0.
func dependent(toks []dyad.Token, head int, rel string) int {
	for i, tk := range toks {
		if tk.Head == head && tk.Rel == rel {
			return i + 1
		}
	}
	return 0
}

// TestParseLead tags the lead with the built-in tagger, as the pipeline
// does, and checks the arcs event coding relies on.
func TestParseLead(t *testing.T) {
	m := builtin(t)
	tm, err := tag.Default()
	if err != nil {
		t.Skipf("no built-in tagger: %v", err)
	}
	toks := tagged(lead)
	tm.TagTokens(toks)
	m.Parse(toks)
	tests := []struct {
		name       string
		head, rel  string
		lo, hi     int // the dependent must lie in [lo, hi]
		wantInside bool
	}{
		{"subject of said", "said", "nsubj", 1, 4, true},
		{"subject of offered", "offered", "nsubj", 11, 12, true},
		{"object of sending", "sending", "obj", 16, 16, true},
		{"negation of comment", "comment", "advmod", 25, 25, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := dependent(toks, find(toks, tc.head), tc.rel)
			if d < tc.lo || d > tc.hi {
				t.Errorf("%s of %q is word %d, want in %d..%d; parse:\n%s", tc.rel, tc.head, d, tc.lo, tc.hi, dump(toks))
			}
		})
	}
}

func dump(toks []dyad.Token) string {
	var b strings.Builder
	for i, tk := range toks {
		b.WriteString(strings.Join([]string{itoa(i + 1), tk.Form, tk.UPOS, itoa(tk.Head), tk.Rel}, "\t"))
		b.WriteByte('\n')
	}
	return b.String()
}

func itoa(i int) string {
	if i < 0 {
		return "-" + itoa(-i)
	}
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

// TestParseShapes checks that any input, even untagged or odd, gives a tree.
func TestParseShapes(t *testing.T) {
	m := builtin(t)
	for _, s := range []string{"", "Yes/INTJ/UH", "a/X/X b/X/X c/X/X", lead} {
		toks := tagged(s)
		m.Parse(toks)
		roots := 0
		for i, tk := range toks {
			if tk.Head < 0 || tk.Head > len(toks) || tk.Head == i+1 || tk.Rel == "" {
				t.Fatalf("%q: bad arc %d -> %d %q", s, tk.Head, i+1, tk.Rel)
			}
			if tk.Head == 0 {
				roots++
			}
		}
		if len(toks) > 0 && roots != 1 {
			t.Errorf("%q: %d roots", s, roots)
		}
	}
}

func BenchmarkParseLead(b *testing.B) {
	m := builtin(b)
	p := New(m)
	toks := tagged(lead)
	for b.Loop() {
		p.Parse(toks)
	}
	b.ReportMetric(float64(b.N*len(toks))/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkLoadDefault measures decoding the built-in model, the start-up
// cost of the parser.
func BenchmarkLoadDefault(b *testing.B) {
	builtin(b)
	for b.Loop() {
		f, err := dataFS.Open(DefaultPath)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := Load(f); err != nil {
			b.Fatal(err)
		}
		f.Close()
	}
}

func TestSpread(t *testing.T) {
	tests := []struct {
		name      string
		raw, want uint64
	}{
		{"none", noneVal, noneSpread},
		{"root", rootVal, rootSpread},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := spread(tt.raw); got != tt.want {
				t.Errorf("spread(%#x) = %#x, want %#x", tt.raw, got, tt.want)
			}
			// mix must stay the function the models were trained with.
			a := uint64(0x1234)
			h := a ^ (tt.raw+0x9e3779b97f4a7c15)*0xbf58476d1ce4e5b9
			h ^= h >> 31
			h *= 0x94d049bb133111eb
			h ^= h >> 29
			if got := mix(a, tt.raw); got != h {
				t.Errorf("mix = %#x, want %#x", got, h)
			}
		})
	}
}

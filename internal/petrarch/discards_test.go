package petrarch

import (
	"strconv"
	"strings"
	"testing"
)

const discardsFixture = `# sentence and story discards
KITE FESTIVAL
KITE
+ YACHT_REGATTA   # a whole story about sailing
SEMI-FINAL
1908
...
`

func TestDiscardSet(t *testing.T) {
	ds, err := ReadDiscards(strings.NewReader(discardsFixture), "fix.discards")
	if err != nil {
		t.Fatal(err)
	}
	set := NewDiscardSet(ds)
	if set.Len() != 5 {
		t.Errorf("Len = %d, want 5 (the punctuation-only phrase cannot match)", set.Len())
	}
	for _, tc := range []struct {
		text, want string // want: phrase, "+" prefixed for a story discard, "" for none
		line       int
	}{
		{"The kite festival in Lahore drew crowds.", "KITE FESTIVAL", 2},
		{"A kite was seen over the border.", "KITE", 3},
		{"Kites flew.", "", 0}, // whole words only
		{"After the yacht regatta, the minister resigned.", "+YACHT_REGATTA", 4},
		{"The semi final in Lima was postponed.", "SEMI-FINAL", 5},
		{"Peru won the semi-final.", "SEMI-FINAL", 5},
		{"Troops left in 1908.", "1908", 6},
		{"Troops left in 19080.", "", 0},
		{"Peru condemned the raid.", "", 0},
		{"", "", 0},
	} {
		t.Run(tc.text, func(t *testing.T) {
			d, ok := set.Find(tc.text)
			got := ""
			if ok {
				got = d.Phrase
				if d.Story {
					got = "+" + got
				}
			}
			if got != tc.want || ok && d.Line != tc.line {
				t.Errorf("Find = %q line %d, want %q line %d", got, d.Line, tc.want, tc.line)
			}
			if ok && d.Source() != "fix.discards:"+strconv.Itoa(tc.line) {
				t.Errorf("Source = %q", d.Source())
			}
		})
	}
}

func FuzzDiscardSet(f *testing.F) {
	ds, err := ReadDiscards(strings.NewReader(discardsFixture), "fix.discards")
	if err != nil {
		f.Fatal(err)
	}
	set := NewDiscardSet(ds)
	for _, s := range []string{"The kite festival", "semi-final", "", "ＫＩＴＥ", "yacht\u00a0regatta"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, ok := set.Find(s)
		if !ok {
			return
		}
		if !strings.Contains(" "+strings.Join(Words(s), " ")+" ", " "+strings.Join(Words(d.Phrase), " ")+" ") {
			t.Errorf("Find(%q) = %q, which the text does not hold", s, d.Phrase)
		}
	})
}

func BenchmarkDiscardSet(b *testing.B) {
	var src strings.Builder
	for i := range 500 {
		src.WriteString("PHRASE NUMBER " + strings.Repeat("X", i%7+1) + "\n")
	}
	ds, err := ReadDiscards(strings.NewReader(src.String()), "bench")
	if err != nil {
		b.Fatal(err)
	}
	set := NewDiscardSet(ds)
	text := strings.Repeat("Peru's president condemned the attack on the border post on Tuesday. ", 4)
	for b.Loop() {
		set.Find(text)
	}
}

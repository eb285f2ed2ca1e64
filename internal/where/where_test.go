package where

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

func newFinder(t testing.TB) *Finder {
	t.Helper()
	f, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// body builds a document of one body paragraph.
func body(text string) *dyad.Document {
	return &dyad.Document{Text: text, Blocks: []dyad.Block{{Kind: dyad.BlockBody, Text: text, End: len(text)}}}
}

// want is the part of a Place a test checks: "Text=Kind:Country".
func describe(p dyad.Place) string { return p.Text + "=" + p.Kind + ":" + p.Country }

func TestFind(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"country and city", "Floods hit Kenya on Tuesday, and roads out of Nairobi were closed.",
			[]string{"Kenya=country:KEN", "Nairobi=city:KEN"}},
		{"abbreviations", "Officials in the U.S. and the UK met envoys from the DRC in NSW.",
			[]string{"U.S.=country:USA", "UK=country:GBR", "DRC=country:COD", "NSW=admin1:AUS"}},
		{"newspaper abbreviation", "The fire spread near Fresno, Calif., overnight.",
			[]string{"Fresno=city:USA", "Calif.=admin1:USA"}},
		{"Georgia the state", "Farmers in Texas, Alabama and Georgia lost crops in the United States drought.",
			[]string{"Texas=admin1:USA", "Alabama=admin1:USA", "Georgia=admin1:USA", "United States=country:USA"}},
		{"Georgia the country", "Russia and Georgia traded accusations after talks in Tbilisi.",
			[]string{"Russia=country:RUS", "Georgia=country:GEO", "Tbilisi=city:GEO"}},
		{"person named Georgia", "Georgia Smith, a nurse, said the clinic in Leeds was full.",
			[]string{"Leeds=city:GBR"}},
		{"person named Jordan", "Jordan said the team would travel to Madrid next week.",
			[]string{"Madrid=city:ESP"}},
		{"person named Chad", "Striker Chad Johnson scored twice in Lagos.",
			[]string{"Lagos=city:NGA"}},
		{"Jordan the country", "Refugees crossed from Syria into Jordan at the weekend.",
			[]string{"Syria=country:SYR", "Jordan=country:JOR"}},
		{"eastern Mexico", "Heavy rain battered eastern Mexico for a third day.",
			[]string{"eastern Mexico=region:MEX"}},
		{"Paris, Texas", "A tornado touched down in Paris, Texas, late on Friday.",
			[]string{"Paris=city:USA", "Texas=admin1:USA"}},
		{"Long Beach, CA", "The port of Long Beach, CA reopened.",
			[]string{"Long Beach=city:USA", "CA=admin1:USA"}},
		{"unknown town in a state", "Residents of Millbrook in Dunmore, Texas, boiled water.",
			[]string{"Dunmore=city:USA", "Texas=admin1:USA"}},
		{"possessive", "China's exports to Germany rose.",
			[]string{"China=country:CHN", "Germany=country:DEU"}},
		{"hyphenated", "A Kenya-based charity shipped food.",
			[]string{"Kenya=country:KEN"}},
		{"disease not place", "Cases of West Nile virus rose this summer.",
			nil},
		{"regions", "Drought in the Sahel and the Horn of Africa spread to the Gaza Strip? No, to the West Bank.",
			[]string{"Sahel=region:", "Horn of Africa=region:", "Gaza Strip=region:PSE", "West Bank=region:PSE"}},
		{"the border", "Mexico and the United States agreed to send more troops to the border.",
			[]string{"Mexico=country:MEX", "United States=country:USA", "the border=border:USA"}},
		{"southern border", "Crossings at the US southern border fell in March.",
			[]string{"US southern border=border:USA"}},
		{"common word opening a sentence", "Nice weather returned to Split, Croatia.",
			[]string{"Split=city:HRV", "Croatia=country:HRV"}},
		{"preposition before a given name", "A nurse in Austin told reporters the clinic was busy.",
			[]string{"Austin=city:USA"}},
		{"possessive of a given name", "Georgia's Department of Public Health confirmed the case in the US state.",
			[]string{"Georgia=admin1:USA", "US=country:USA"}},
		{"county the gazetteer lacks", "Schools in Clark County, Nevada, closed.",
			[]string{"Clark County=city:USA", "Nevada=admin1:USA"}},
		{"organisation named for a place", "The New York Times and Kenya Airways reported delays in Kabul.",
			[]string{"Kabul=city:AFG"}},
		{"title before name", "Mr. Washington met the mayor of Boston.",
			[]string{"Boston=city:USA"}},
	}
	f := newFinder(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, p := range f.Find(body(tt.text)) {
				got = append(got, describe(p))
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Find(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestDateline(t *testing.T) {
	text := "MEXICO CITY (Reuters) - Protesters marched in Puebla on Sunday."
	d := &dyad.Document{Text: text, Blocks: []dyad.Block{
		{Kind: dyad.BlockDateline, Text: text[:24], End: 24, Place: "MEXICO CITY", Source: "Reuters"},
		{Kind: dyad.BlockBody, Text: text[24:], Start: 24, End: len(text)},
	}}
	if err := newFinder(t).Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if len(d.Places) != 2 {
		t.Fatalf("places = %+v", d.Places)
	}
	if p := d.Places[0]; !p.FromDateline || p.Name != "Mexico City" || p.Country != "MEX" {
		t.Errorf("dateline place = %+v", p)
	}
	if p := d.Places[1]; p.FromDateline || p.Name != "Puebla" || p.Country != "MEX" {
		t.Errorf("body place = %+v", p)
	}
}

// tagged builds a sentence of block bi from words with their tags.
func taggedSentence(text string, base, bi int, words [][4]string) dyad.Sentence {
	s := dyad.Sentence{Block: bi, Text: text, Start: base, End: base + len(text)}
	at := 0
	for _, w := range words {
		start := strings.Index(text[at:], w[0]) + at
		at = start + len(w[0])
		head := 0
		fmt.Sscan(w[3], &head)
		s.Tokens = append(s.Tokens, dyad.Token{Form: w[0], Start: base + start, End: base + at, UPOS: w[1], Rel: w[2], Head: head})
	}
	return s
}

func TestUsesTags(t *testing.T) {
	// "Split" tagged as a verb is no town; "Chad Lee" joined by flat is a
	// person even in a headline, where capitals say nothing.
	title := "Chad Lee Flies To Nairobi"
	text := title + "\nFans Split the bill in Split."
	body := len(title) + 1
	d := &dyad.Document{Text: text, Blocks: []dyad.Block{
		{Kind: dyad.BlockTitle, Text: title, End: len(title)},
		{Kind: dyad.BlockBody, Text: text[body:], Start: body, End: len(text)},
	}}
	d.Sentences = []dyad.Sentence{
		taggedSentence(title, 0, 0, [][4]string{{"Chad", "PROPN", "nsubj", "3"}, {"Lee", "PROPN", "flat", "1"},
			{"Flies", "VERB", "root", "0"}, {"To", "ADP", "case", "5"}, {"Nairobi", "PROPN", "obl", "3"}}),
		taggedSentence(text[body:], body, 1, [][4]string{{"Fans", "NOUN", "nsubj", "2"}, {"Split", "VERB", "root", "0"},
			{"the", "DET", "det", "4"}, {"bill", "NOUN", "obj", "2"}, {"in", "ADP", "case", "6"}, {"Split", "PROPN", "obl", "2"}, {".", "PUNCT", "punct", "2"}}),
	}
	var got []string
	for _, p := range newFinder(t).Find(d) {
		got = append(got, fmt.Sprint(p.Text, "@", p.Start))
	}
	want := []string{"Nairobi@18", fmt.Sprint("Split@", len(text)-6)}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("places %q, want %q", got, want)
	}
}

func TestDatelineNamesTown(t *testing.T) {
	for _, tt := range []struct{ dateline, want string }{
		{"WASHINGTON (Reuters) -", "city:USA"}, {"NEW YORK (AP) -", "city:USA"}, {"GEORGIA (AP) -", "country:GEO"},
	} {
		t.Run(tt.dateline, func(t *testing.T) {
			text := tt.dateline + " Talks went on."
			n := len(tt.dateline)
			d := &dyad.Document{Text: text, Blocks: []dyad.Block{
				{Kind: dyad.BlockDateline, Text: text[:n], End: n},
				{Kind: dyad.BlockBody, Text: text[n+1:], Start: n + 1, End: len(text)},
			}}
			p := newFinder(t).Find(d)
			if len(p) != 1 || p[0].Kind+":"+p[0].Country != tt.want {
				t.Errorf("places = %+v, want %s", p, tt.want)
			}
		})
	}
}

func TestDatelineUnknownTown(t *testing.T) {
	text := "SMALLVILLE, Ohio (AP) — The mill closed."
	d := &dyad.Document{Text: text, Blocks: []dyad.Block{
		{Kind: dyad.BlockDateline, Text: text[:25], End: 25, Place: "SMALLVILLE, Ohio"},
		{Kind: dyad.BlockBody, Text: text[26:], Start: 26, End: len(text)},
	}}
	p := newFinder(t).Find(d)
	if len(p) != 2 || p[0].Text != "SMALLVILLE" || p[0].Country != "USA" || p[0].Admin1 != "Ohio" || !p[0].FromDateline {
		t.Errorf("places = %+v", p)
	}
}

func TestNoBlocks(t *testing.T) {
	p := newFinder(t).Find(&dyad.Document{Text: "Talks resumed in Geneva."})
	if len(p) != 1 || p[0].Name != "Geneva" {
		t.Errorf("places = %+v", p)
	}
}

func TestSkipsBoilerplate(t *testing.T) {
	text := "Read more about Paris"
	d := &dyad.Document{Text: text, Blocks: []dyad.Block{{Kind: dyad.BlockBoilerplate, Text: text, End: len(text)}}}
	if got := newFinder(t).Find(d); len(got) != 0 {
		t.Errorf("found %+v in boilerplate", got)
	}
}

func TestPlaceFields(t *testing.T) {
	p := newFinder(t).Find(body("Police in Santa Ana, California, made arrests."))
	if len(p) != 2 {
		t.Fatalf("places = %+v", p)
	}
	c := p[0]
	if c.Name != "Santa Ana" || c.Admin1 != "California" || c.GazID == "" || c.Certainty <= 0 || c.Certainty > 1 {
		t.Errorf("city = %+v", c)
	}
	if Distance(c.Lat, c.Lon, 33.75, -117.87) > 20 {
		t.Errorf("Santa Ana at %.2f,%.2f", c.Lat, c.Lon)
	}
}

func TestBuiltinCounts(t *testing.T) {
	f := newFinder(t)
	c := f.Gazetteer().Counts()
	for kind, floor := range map[string]int{KindCountry: 240, KindAdmin1: 650, KindCity: 2000, KindSea: 40, KindRegion: 80} {
		if c[kind] < floor {
			t.Errorf("%d %s entries, want at least %d", c[kind], kind, floor)
		}
	}
	for _, e := range f.Gazetteer().Entries {
		if e.Lat < -90 || e.Lat > 90 || e.Lon < -180 || e.Lon > 180 {
			t.Errorf("%s at %v,%v", e.ID, e.Lat, e.Lon)
		}
	}
}

func TestReadCitiesErrors(t *testing.T) {
	tests := []struct{ name, line string }{
		{"too few fields", "USA CA 34.0 -118.0 Somewhere"},
		{"bad latitude", "USA CA north -118.0 10 Somewhere"},
		{"bad population", "USA CA 34.0 -118.0 many Somewhere"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := newGazetteer()
			if err := g.ReadCities(strings.NewReader(tt.line)); err == nil || !strings.HasPrefix(err.Error(), "where: ") {
				t.Errorf("err = %v", err)
			}
		})
	}
}

func TestUserCities(t *testing.T) {
	f := newFinder(t)
	if err := f.Gazetteer().ReadCities(strings.NewReader("USA TX 30.5 -97.5 5 Pflugerville")); err != nil {
		t.Fatal(err)
	}
	p := f.Find(body("Storms hit Pflugerville."))
	if len(p) != 1 || p[0].Country != "USA" || p[0].Admin1 != "Texas" {
		t.Errorf("places = %+v", p)
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"the U.S. and China's", []string{"the", "U.S", ".", "and", "China"}},
		{"Guinea-Bissau, N'Djamena.", []string{"Guinea-Bissau", ",", "N'Djamena", "."}},
		{"US–Mexico", []string{"US", "–", "Mexico"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var got []string
			for _, tok := range tokenize(tt.text) {
				got = append(got, tt.text[tok.start:tok.end])
			}
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("got %q want %q", got, tt.want)
			}
		})
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{"Paris, Texas", "in Smalltown, CA", "the border", "eastern Mexico", "U.S.", "Georgia Smith said", "a-B-c, D", "\xff,", ", ,"} {
		f.Add(s)
	}
	w := newFinder(f)
	f.Fuzz(func(t *testing.T, text string) {
		for _, p := range w.Find(body(text)) {
			if p.Start < 0 || p.End > len(text) || p.Start >= p.End {
				t.Fatalf("bad span %d:%d in %q", p.Start, p.End, text)
			}
			if p.Certainty < 0 || p.Certainty > 1 {
				t.Fatalf("certainty %v", p.Certainty)
			}
		}
	})
}

func BenchmarkFind(b *testing.B) {
	f := newFinder(b)
	d := body(strings.Repeat("Officials in Nairobi said floods in western Kenya and Uganda displaced thousands, "+
		"while in Paris, Texas, Georgia Smith said the U.S. response was slow. ", 10))
	b.ReportAllocs()
	for b.Loop() {
		f.Find(d)
	}
}

func BenchmarkBuiltin(b *testing.B) {
	for b.Loop() {
		if _, err := Builtin(); err != nil {
			b.Fatal(err)
		}
	}
}

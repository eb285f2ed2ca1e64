package verbs

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// userFS is a small hand-written lexicon split over two files, as a user
// might keep one.
func userFS() fstest.MapFS {
	return fstest.MapFS{
		"classes.txt": {Data: []byte("# classes\n@troops = troop|soldier|@ships\n@ships = warship|frigate\n")},
		"mine.txt": {Data: []byte(strings.Join([]string{
			"# my patterns",
			"0874  withdraw|pull +obj:@troops   # pull back",
			"",
			"195   n:strike +mod:air|drone",
			"---   fire +prt:up",
			"173   arrest|detain",
		}, "\n"))},
	}
}

func TestLoadUserFiles(t *testing.T) {
	lx, err := Load(userFS())
	if err != nil {
		t.Fatal(err)
	}
	if got := lx.Class("troops"); !slices.Equal(got, []string{"troop", "soldier", "warship", "frigate"}) {
		t.Errorf("class troops = %v", got)
	}
	ps := lx.ByLemma("Withdraw")
	if len(ps) != 1 || ps[0].Code != "0874" || ps[0].Source != "mine.txt:2" || ps[0].ID != "mine:2" || ps[0].Comment != "pull back" {
		t.Fatalf("ByLemma(withdraw) = %+v", ps)
	}
	if c := ps[0].Constraints[0]; !c.Accepts("Frigate") || c.Accepts("tank") || !c.AcceptsToken("frigate", "NOUN") || c.Forbid {
		t.Errorf("constraint %v", c)
	}
	if n := lx.Nominal("strike"); len(n) != 1 || !n[0].Nominal || n[0].Code != "195" {
		t.Errorf("Nominal(strike) = %+v", n)
	}
	if len(lx.ByLemma("strike")) != 0 {
		t.Error("a noun pattern leaked into the verb index")
	}
	if d := lx.ByLemma("fire"); len(d) != 1 || !d[0].Discard || d[0].Code != "" {
		t.Errorf("discard = %+v", d)
	}
	if got := lx.Count(); got != 6 { // withdraw, pull, strike, fire, arrest, detain
		t.Errorf("Count = %d, want 6", got)
	}
}

func TestLoadNamedPaths(t *testing.T) {
	fsys := userFS()
	fsys["other.txt"] = &fstest.MapFile{Data: []byte("010 say\n")}
	lx, err := Load(fsys, "mine.txt", "classes.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(lx.ByLemma("say")) != 0 || len(lx.ByLemma("arrest")) != 1 {
		t.Error("Load read files it was not given")
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"undefined class", "010 @nothing", "undefined class @nothing"},
		{"cycle", "@a = x|@b\n@b = @a\n010 @a", "class cycle"},
		{"duplicate class", "@a = x\n@a = y\n010 @a", "already defined"},
		{"malformed", "010 say\n010 say +foo", "bad.txt:2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(fstest.MapFS{"bad.txt": {Data: []byte(tt.text)}})
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), "verbs: ") {
				t.Fatalf("error %v, want one containing %q", err, tt.want)
			}
		})
	}
	if _, err := Load(fstest.MapFS{}); err == nil {
		t.Error("an empty file system loaded")
	}
}

func TestStepMatches(t *testing.T) {
	tests := []struct {
		rel, deprel string
		want        bool
	}{
		{"obl", "obl", true},
		{"obl", "obl:tmod", true},
		{"prep", "nmod", true},
		{"prep", "obj", false},
		{"prt", "compound:prt", true},
		{"compound", "compound:prt", false},
		{"compound", "compound", true},
		{"mod", "amod", true},
		{"nsubj", "nsubj:pass", true},
	}
	for _, tt := range tests {
		if got := (Step{Rel: tt.rel}).Matches(tt.deprel); got != tt.want {
			t.Errorf("Step{%s}.Matches(%s) = %v, want %v", tt.rel, tt.deprel, got, tt.want)
		}
	}
}

func mapFS(name, text string) fstest.MapFS {
	return fstest.MapFS{name: {Data: []byte(text)}}
}

package verbs

import (
	"strings"
	"testing"
)

func TestParseLine(t *testing.T) {
	tests := []struct {
		line    string
		want    string // rendered pattern, or "@name" for a class; "" for nothing
		wantErr string
	}{
		{line: "", want: ""},
		{line: "   # only a comment", want: ""},
		{line: "173 arrest|detain|apprehend", want: "173 arrest|detain|apprehend"},
		{line: "0874  withdraw|pull +obj:troop  +prep/from", want: "0874 withdraw|pull +obj:troop +prep/from"},
		{line: "164 call +prt:off +obj:talk # call off", want: "164 call +prt:off +obj:talk"},
		{line: "195 n:strike +mod:air|drone", want: "195 n:strike +mod:air|drone"},
		{line: "--- fire +prt:up", want: "--- fire +prt:up"},
		{line: "0312 offer +xcomp.obj:troop -ccomp", want: "0312 offer +xcomp.obj:troop -ccomp"},
		{line: "046 negotiate +prep/over|on", want: "046 negotiate +prep/over|on"},
		{line: "036 V:Offer +OBJ:Talk", wantErr: "head prefix"},
		{line: "@troops = troop|soldier|@navy", want: "@troops"},
		{line: "@troops troop", wantErr: "want '='"},
		{line: "36x say", wantErr: "not 2-4 digits"},
		{line: "12345 say", wantErr: "not 2-4 digits"},
		{line: "010", wantErr: "head lemma"},
		{line: "010 say +subject:x", wantErr: "unknown relation"},
		{line: "010 say obj:x", wantErr: "unexpected"},
		{line: "010 say +obj:", wantErr: "want a lemma"},
		{line: "010 say +prep/:x", wantErr: "preposition"},
		{line: "010 say ; x", wantErr: "unexpected character"},
		{line: "+obj:x", wantErr: "a line starts with"},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			ln, err := parseLine(tt.line)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := render(ln); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// render shows a parsed line; class references in patterns stay unexpanded
// because a single line has no class table.
func render(ln line) string {
	switch {
	case ln.class != "":
		return "@" + ln.class
	case ln.pat == nil:
		return ""
	}
	p := *ln.pat
	p.Lemmas = words(p.head)
	p.Constraints = append([]Constraint(nil), p.Constraints...)
	for i := range p.Constraints {
		if p.Constraints[i].words != nil {
			p.Constraints[i].Words = words(p.Constraints[i].words)
		}
	}
	return p.String()
}

func words(alts []alt) []string {
	out := make([]string, len(alts))
	for i, a := range alts {
		out[i] = a.word
		if a.class {
			out[i] = "@" + a.word
		}
	}
	return out
}

func TestParseLineComment(t *testing.T) {
	ln, err := parseLine("173 arrest   # police arrests")
	if err != nil || ln.pat.Comment != "police arrests" {
		t.Fatalf("comment = %q, err %v", ln.pat.Comment, err)
	}
}

// FuzzParseLine checks the parser never panics and that any pattern it
// accepts renders to text that parses back to the same pattern.
func FuzzParseLine(f *testing.F) {
	for _, s := range []string{
		"0312 @v-intend +xcomp:send|deploy +xcomp.obj:@troops # x",
		"--- fire +prt:up", "@c = a|b", "195 n:strike +mod:air", "046 negotiate +prep/over|on -obj",
		"010 say +obj:", "@", "+", "1 2 3", "010\tsay\t+ccomp",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ln, err := parseLine(s)
		if err != nil || ln.pat == nil {
			return
		}
		text := render(ln)
		again, err := parseLine(text)
		if err != nil {
			t.Fatalf("%q rendered as %q which fails: %v", s, text, err)
		}
		if back := render(again); back != text {
			t.Fatalf("round trip %q -> %q -> %q", s, text, back)
		}
	})
}

package text

import (
	"strings"
	"testing"
)

// forms returns the token forms of s joined by "|".
func forms(s string) string {
	var out []string
	for _, t := range Tokenize(s, 0) {
		out = append(out, t.Form)
	}
	return strings.Join(out, "|")
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "The mayor resigned on Monday.", "The|mayor|resigned|on|Monday|."},
		{"possessive curly", "Trump’s envoy arrived.", "Trump|’s|envoy|arrived|."},
		{"possessive straight", "the city's budget", "the|city|'s|budget"},
		{"plural possessive", "the ministers' talks", "the|ministers|'|talks"},
		{"don't", "They don't agree.", "They|do|n't|agree|."},
		{"can't", "We can't stay", "We|ca|n't|stay"},
		{"won't curly", "It won’t pass", "It|wo|n’t|pass"},
		{"I'm and we've", "I'm sure we've met", "I|'m|sure|we|'ve|met"},
		{"upper case clitic", "DON'T SHOOT", "DO|N'T|SHOOT"},
		{"cannot", "Cannot say", "Can|not|say"},
		{"gonna", "we're gonna win", "we|'re|gon|na|win"},
		{"name apostrophe", "O'Brien and rock'n'roll", "O'Brien|and|rock'n'roll"},
		{"title abbreviations", "Gen. Smith met Mr. Jones", "Gen.|Smith|met|Mr.|Jones"},
		{"month", "on Jan. 5 in Calif. where", "on|Jan.|5|in|Calif.|where"},
		{"dotted", "U.S. forces at 5 p.m. today", "U.S.|forces|at|5|p.m.|today"},
		{"dotted final", "troops left the U.S.", "troops|left|the|U.S|."},
		{"abbreviation ends sentence", "tanks, jets etc. The army", "tanks|,|jets|etc|.|The|army"},
		{"initials", "J. R. R. Tolkien wrote", "J.|R.|R.|Tolkien|wrote"},
		{"number title", "No. 10 Downing St. No.", "No.|10|Downing|St|.|No|."},
		{"straight quotes", `He said "no."`, `He|said|"|no|.|"`},
		{"curly quotes", "“We will,” she said.", "“|We|will|,|”|she|said|."},
		{"dashes", "Kyiv—and Lviv – were hit -- again", "Kyiv|—|and|Lviv|–|were|hit|--|again"},
		{"ellipsis", "Well... maybe…", "Well|...|maybe|…"},
		{"url", "See https://example.org/a?b=c. Then", "See|https://example.org/a?b=c|.|Then"},
		{"url in parens", "(www.example.com)", "(|www.example.com|)"},
		{"handle and tag", "@WSJ reports #Election2024!", "@WSJ|reports|#Election2024|!"},
		{"email", "write to jane.doe@example.org.", "write|to|jane.doe@example.org|."},
		{"numbers", "1,000.5 tons, 3.5% and 10:30", "1,000.5|tons|,|3.5|%|and|10:30"},
		{"currency", "$5 and £15 or US$20", "$|5|and|£|15|or|US$|20"},
		{"meridiem", "at 5pm or 10 am", "at|5|pm|or|10|am"},
		{"ordinals and decades", "the 3rd in the 1990s", "the|3rd|in|the|1990s"},
		{"units split", "a 375mm shell", "a|375|mm|shell"},
		{"ranges split", "in 1990-1995 and 5-10", "in|1990|-|1995|and|5|-|10"},
		{"phone whole", "call 713-555-0100 or 555-0199", "call|713-555-0100|or|555-0199"},
		{"dates", "on 9/11 and 11/28/2000", "on|9/11|and|11/28/2000"},
		{"hyphen compound split", "a search-engine war", "a|search|-|engine|war"},
		{"hyphen prefix kept", "non-violent e-mail re-election mid-July", "non-violent|e-mail|re-election|mid-July"},
		{"emoticons", "great :) see you :-(", "great|:)|see|you|:-("},
		{"not an emoticon", "ratio 3:1 and note:", "ratio|3:1|and|note|:"},
		{"ampersand", "AT&T and R&D & more", "AT&T|and|R&D|&|more"},
		{"brackets", "(and [this])", "(|and|[|this|]|)"},
		{"file names", "open report.pdf and ENRON.XLS now", "open|report.pdf|and|ENRON.XLS|now"},
		{"domain", "bought on Amazon.com today", "bought|on|Amazon.com|today"},
		{"decimal fraction", "only $.04 more", "only|$|.04|more"},
		{"repeated punctuation", "Really?! Yes!!!", "Really|?!|Yes|!!!"},
		{"non-ASCII words", "Zürich’s mayor and São Paulo", "Zürich|’s|mayor|and|São|Paulo"},
		{"url without scheme", "look pic.twitter.com/7sBULXs now", "look|pic.twitter.com/7sBULXs|now"},
		{"slash words", "and/or w/o", "and|/|or|w/o"},
		{"plural possessive curly", "Home Bargains’ dress", "Home|Bargains|’|dress"},
		{"hidden address", "mail jdoe...@example.org", "mail|jdoe...@example.org"},
		{"address with dotted name", "Jane.Q.Doe@example.org", "Jane.Q.Doe@example.org"},
		{"number possessive", "Radio 4's host", "Radio|4|'s|host"},
		{"empty", "", ""},
		{"spaces only", " \t\n ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := forms(tt.in); got != tt.want {
				t.Errorf("Tokenize(%q)\n got %s\nwant %s", tt.in, got, tt.want)
			}
		})
	}
}

func TestTokenOffsets(t *testing.T) {
	s := "At 9 a.m., Trump’s aide said: “We don't know.”"
	toks := Tokenize(s, 100)
	for i, tok := range toks {
		if tok.Form != s[tok.Start-100:tok.End-100] {
			t.Errorf("token %d form %q != text %q", i, tok.Form, s[tok.Start-100:tok.End-100])
		}
		if tok.Head != -1 {
			t.Errorf("token %d head %d, want -1", i, tok.Head)
		}
		wantSpace := i+1 == len(toks) || toks[i+1].Start > tok.End
		if tok.SpaceAfter != wantSpace {
			t.Errorf("token %d %q SpaceAfter %v", i, tok.Form, tok.SpaceAfter)
		}
	}
	if toks[0].Start != 100 || toks[len(toks)-1].End != 100+len(s) {
		t.Errorf("offsets not based at 100: %d..%d", toks[0].Start, toks[len(toks)-1].End)
	}
}

func TestAppendTokens(t *testing.T) {
	tk := NewTokenizer(nil)
	s := "Gen. Roe didn't go."
	prefix := tk.Tokenize("Before", 0)
	got := tk.AppendTokens(prefix, s, 10)
	want := append(tk.Tokenize("Before", 0), tk.Tokenize(s, 10)...)
	if len(got) != len(want) {
		t.Fatalf("got %d tokens, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("token %d = %+v, want %+v", i, got[i], want[i])
		}
	}
}

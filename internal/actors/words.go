package actors

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// word is a unit the matcher compares: one token, or a token with its
// possessive "'s" split off or glued back on.
type word struct {
	key  string // folded form: lower case, no dots, no accents, ' for ’
	raw  string // the form without possessive, dots removed, for case rules
	tok  int    // first token index
	end  int    // one past the last token index
	poss bool   // followed by 's or ' (Mexico's, protesters')
}

// words turns token forms into words, merging a separate "'s" token into
// the word before it.
func words(forms []string) []word {
	ws := make([]word, 0, len(forms))
	// ASCII keys are lowered into one buffer and sliced from one string:
	// one allocation per sentence instead of one per capitalised word.
	n := 0
	for _, f := range forms {
		n += len(f)
	}
	buf := make([]byte, 0, n)
	spans := make([][2]int, 0, len(forms)) // per word: its key's span in buf, or -1
	for i, f := range forms {
		f = strings.ReplaceAll(f, "’", "'")
		if (f == "'s" || f == "'") && len(ws) > 0 && ws[len(ws)-1].end == i {
			ws[len(ws)-1].poss, ws[len(ws)-1].end = true, i+1
			continue
		}
		w := word{tok: i, end: i + 1}
		if base, ok := cutPossessive(f); ok {
			f, w.poss = base, true
		}
		w.raw = strings.ReplaceAll(f, ".", "")
		span := [2]int{-1, -1}
		switch {
		case w.raw == "":
			w.key = f // keep punctuation tokens distinct from each other
		case isASCII(w.raw):
			span = [2]int{len(buf), len(buf) + len(w.raw)}
			buf = appendLowerASCII(buf, w.raw)
		default:
			if w.key = fold(w.raw); w.key == "" {
				w.key = f
			}
		}
		ws = append(ws, w)
		spans = append(spans, span)
	}
	keys := string(buf)
	for k, sp := range spans {
		if sp[0] >= 0 {
			ws[k].key = keys[sp[0]:sp[1]]
		}
	}
	return ws
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// appendLowerASCII appends s, an ASCII string, lowered as strings.ToLower
// would.
func appendLowerASCII(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

// cutPossessive strips "'s" (Mexico's) or a bare "'" after s (protesters').
func cutPossessive(f string) (string, bool) {
	if len(f) > 2 && strings.HasSuffix(f, "'s") {
		return f[:len(f)-2], true
	}
	if len(f) > 2 && strings.HasSuffix(f, "s'") {
		return f[:len(f)-1], true
	}
	return f, false
}

// fold lower-cases s and removes accents so "López" matches "Lopez".
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// caseOK applies a data word's case rule to a text word:
//   - lower case in the data ("troops", "al") matches any case;
//   - an acronym ("US", "UN") needs capitals; one of four or more letters
//     ("NATO") also matches a capitalised form ("Nato");
//   - a capitalised name ("Mexico") needs a capital first letter.
func caseOK(data, text string) bool {
	d, _ := utf8.DecodeRuneInString(data)
	if !unicode.IsUpper(d) {
		return true
	}
	t, _ := utf8.DecodeRuneInString(text)
	if !unicode.IsUpper(t) {
		return false
	}
	if !isAcronym(data) {
		return true
	}
	return isAcronym(text) || utf8.RuneCountInString(data) >= 4
}

// isAcronym reports whether s has two or more letters, all capitals.
func isAcronym(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// Tokenize splits text on spaces and peels punctuation off word ends, the
// way Lookup reads its argument. A dot stays inside abbreviations ("U.S.").
func Tokenize(text string) []string {
	var out []string
	for _, f := range strings.Fields(text) {
		out = append(out, peel(f)...)
	}
	return out
}

const (
	openers = "([{\"“‘'"
	closers = ")]}\"”’',;:!?"
)

func peel(f string) []string {
	var pre, post []string
	for f != "" {
		r, n := utf8.DecodeRuneInString(f)
		if !strings.ContainsRune(openers, r) || n == len(f) || f[n:] == "s" {
			break
		}
		pre, f = append(pre, f[:n]), f[n:]
	}
	for f != "" {
		r, n := utf8.DecodeLastRuneInString(f)
		if n == len(f) || !(strings.ContainsRune(closers, r) && !possessiveEnd(f) || r == '.' && strings.Count(f, ".") == 1 && !abbreviation(f)) {
			break
		}
		post, f = append([]string{f[len(f)-n:]}, post...), f[:len(f)-n]
	}
	return append(append(pre, f), post...)
}

// abbreviations keep their dot: "Jr.", "Gen.", and initials ("J.").
var abbreviations = map[string]bool{
	"Jr": true, "Sr": true, "Dr": true, "Mr": true, "Mrs": true, "Ms": true, "St": true,
	"Gen": true, "Lt": true, "Col": true, "Sgt": true, "Rev": true, "Prof": true,
	"Sen": true, "Rep": true, "Gov": true, "Pres": true, "Maj": true, "Capt": true,
}

func abbreviation(f string) bool {
	w := strings.TrimSuffix(f, ".")
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsUpper(r) || abbreviations[w]
}

// possessiveEnd keeps the apostrophe of "protesters'" on its word.
func possessiveEnd(f string) bool {
	return (strings.HasSuffix(f, "s'") || strings.HasSuffix(f, "s’")) && len(f) > 2
}

// plural gives the regular English plural of a noun phrase's last word.
func plural(s string) string {
	i := strings.LastIndexByte(s, ' ') + 1
	w := s[i:]
	switch {
	case w == "" || strings.HasSuffix(w, "s"):
		return ""
	case strings.HasSuffix(w, "man"):
		return s[:len(s)-3] + "men"
	case strings.HasSuffix(w, "y") && len(w) > 1 && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return s[:len(s)-1] + "ies"
	case strings.HasSuffix(w, "x"), strings.HasSuffix(w, "ch"), strings.HasSuffix(w, "sh"):
		return s + "es"
	}
	return s + "s"
}

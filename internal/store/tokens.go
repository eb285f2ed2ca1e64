package store

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/dyad-events/dyad"
)

// Documents stored before migration 0002 keep their tokens in the
// sentences table, in a text form (newer ones use blob.go's). One line per
// token, tab-separated fields:
//
//	start end form lemma upos xpos feats head rel space
//
// form is empty when it equals the document text at start:end; lemma is
// "=" when it equals form; space is 1 when SpaceAfter. Fields escape tab,
// newline and backslash as \t, \n and \\; "\=" is a literal "=" and "\e" a
// literal empty form.

// tokenFields is the number of fields per token line.
const tokenFields = 10

// decodeTokens reads the tokens of one sentence in the line form.
func decodeTokens(text, s string) ([]dyad.Token, error) {
	var out []dyad.Token
	for line := range strings.Lines(s) {
		t, err := decodeToken(text, strings.TrimSuffix(line, "\n"))
		if err != nil {
			return nil, fmt.Errorf("token %d: %w", len(out), err)
		}
		out = append(out, t)
	}
	return out, nil
}

func decodeToken(text, line string) (dyad.Token, error) {
	var t dyad.Token
	f := strings.Split(line, "\t")
	if len(f) != tokenFields {
		return t, fmt.Errorf("%d fields, want %d", len(f), tokenFields)
	}
	var err error
	if t.Start, err = strconv.Atoi(f[0]); err != nil {
		return t, err
	}
	if t.End, err = strconv.Atoi(f[1]); err != nil {
		return t, err
	}
	if t.Head, err = strconv.Atoi(f[7]); err != nil {
		return t, err
	}
	t.Form = unescape(f[2])
	if f[2] == "" {
		t.Form = slice(text, t.Start, t.End)
	}
	t.Lemma = unescape(f[3])
	if f[3] == "=" {
		t.Lemma = t.Form
	}
	t.UPOS, t.XPOS, t.Feats, t.Rel = unescape(f[4]), unescape(f[5]), unescape(f[6]), unescape(f[8])
	t.SpaceAfter = f[9] == "1"
	return t, nil
}

// unescape undoes escape and reads the \= and \e markers.
func unescape(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 == len(s) {
			b.WriteByte(s[i])
			continue
		}
		i++
		switch s[i] {
		case 't':
			b.WriteByte('\t')
		case 'n':
			b.WriteByte('\n')
		case 'e':
		default: // \\ and \=
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

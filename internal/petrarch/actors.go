package petrarch

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Code is one bracketed code of an actor or agent, optionally restricted
// to a span of dates. From and To are yyyymmdd (0 means open); TABARI's
// six-digit yymmdd dates are widened with the pivot year 1930.
type Code struct {
	Code string // CAMEO actor code, "---" for a null code
	From int    // first day the code applies, inclusive; 0 = always
	To   int    // last day the code applies, exclusive; 0 = always
	Note string // why a date restriction was ignored, if one was
}

// Applies reports whether the code holds on the day yyyymmdd (0 = unknown,
// which only undated codes match).
func (c Code) Applies(day int) bool {
	if c.From == 0 && c.To == 0 {
		return true
	}
	if day == 0 {
		return false
	}
	return (c.From == 0 || day >= c.From) && (c.To == 0 || day < c.To)
}

// Actor is one actor entry: its phrases and its codes.
type Actor struct {
	Names []string // phrases as written, words joined by '_' or space
	Codes []Code   // dated codes first, in file order
	Line  int      // line of the entry's first phrase
}

// CodeOn returns the code for day yyyymmdd: the first dated code that
// applies, else the first undated one.
func (a *Actor) CodeOn(day int) string {
	for _, c := range a.Codes {
		if (c.From != 0 || c.To != 0) && c.Applies(day) {
			return c.Code
		}
	}
	for _, c := range a.Codes {
		if c.From == 0 && c.To == 0 {
			return c.Code
		}
	}
	return ""
}

// ReadActors reads an actor dictionary: lines "NAME [CODE]", "NAME" followed
// by indented "[CODE dates]" lines, and "+SYNONYM" lines adding phrases to
// the entry above.
func ReadActors(r io.Reader, name string) ([]Actor, error) {
	a, _, err := readActors(r, name)
	return a, err
}

// readActors also returns the words of TABARI's <NOUN> and <ADJECTIVE>
// sections, which actor files may hold too, keyed by section name.
func readActors(r io.Reader, name string) ([]Actor, map[string][]string, error) {
	var out []Actor
	words := map[string][]string{}
	section := ""
	err := scanLines(r, name, func(l line) error {
		switch t := l.text; {
		case strings.HasPrefix(t, "</"):
			section = ""
		case t[0] == '<':
			section = strings.Trim(t, "<> ")
		case section != "":
			words[section] = append(words[section], t)
		default:
			return actorLine(&out, l)
		}
		return nil
	})
	return out, words, err
}

func actorLine(out *[]Actor, l line) error {
	t := l.text
	if t[0] == '+' || t[0] == '[' {
		if len(*out) == 0 {
			return errors.New("synonym or code before any actor")
		}
		last := &(*out)[len(*out)-1]
		if t[0] == '+' {
			last.Names = append(last.Names, strings.TrimSpace(t[1:]))
			return nil
		}
		return addCodes(last, t)
	}
	head, bodies, err := splitBrackets(t)
	if err != nil {
		return err
	}
	a := Actor{Names: []string{head}, Line: l.num}
	if err := parseCodes(&a, bodies); err != nil {
		return err
	}
	*out = append(*out, a)
	return nil
}

func addCodes(a *Actor, t string) error {
	_, bodies, err := splitBrackets(t)
	if err != nil {
		return err
	}
	return parseCodes(a, bodies)
}

func parseCodes(a *Actor, bodies []string) error {
	for _, b := range bodies {
		c, err := parseCode(b)
		if err != nil {
			return err
		}
		a.Codes = append(a.Codes, c)
	}
	return nil
}

// parseCode reads "CODE", "CODE >D", "CODE <D" or "CODE D1-D2".
func parseCode(b string) (Code, error) {
	f := strings.Fields(b)
	switch len(f) {
	case 0:
		return Code{}, errors.New("empty [code]")
	case 1:
		return Code{Code: f[0]}, nil
	}
	c := Code{Code: f[0]}
	var err error
	switch d := strings.Join(f[1:], ""); { // "CODE > 050211" has a space
	case strings.Count(d, "-") > 1 || d == "":
		err = fmt.Errorf("bad date restriction %q", d)
	case d[0] == '>':
		c.From, err = parseDay(d[1:])
	case d[0] == '<':
		c.To, err = parseDay(d[1:])
	default:
		from, to, ok := strings.Cut(d, "-")
		if !ok {
			err = fmt.Errorf("date restriction %q needs <, > or -", d)
		} else if c.From, err = parseDay(from); err == nil {
			c.To, err = parseDay(to)
		}
	}
	if err != nil {
		// The peers' files hold a few mistyped dates; the peers ignore
		// them, so the code stays, undated, with a note.
		return Code{Code: c.Code, Note: err.Error()}, nil
	}
	return c, nil
}

// parseDay reads yyyymmdd or yymmdd.
func parseDay(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 || (len(s) != 6 && len(s) != 8) {
		return 0, fmt.Errorf("bad date %q: want yymmdd or yyyymmdd", s)
	}
	if len(s) == 6 {
		if n/10000 < 30 {
			n += 20000000
		} else {
			n += 19000000
		}
	}
	return n, nil
}

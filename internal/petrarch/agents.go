package petrarch

import (
	"errors"
	"io"
	"strings"
)

// Agent is one agent entry: phrases (macros expanded, plural forms
// included) and the agent code without its '~'.
type Agent struct {
	Names []string
	Code  string
	// Prefix is set for "[NGO~]" agents, whose code goes before the
	// actor's (NGOARN) rather than after it (ARNGOV for "[~GOV]").
	Prefix bool
	Line   int
}

// ReadAgents reads an agent dictionary. "!NAME! = A, B" lines define
// macros; an entry "WORD!NAME! {PLURAL} [~CODE]" expands each macro into
// one phrase per alternative. A phrase without explicit plural also gets a
// regular "S" plural, as PETRARCH does.
func ReadAgents(r io.Reader, name string) ([]Agent, error) {
	var out []Agent
	macros := map[string][]string{}
	err := scanLines(r, name, func(l line) error {
		if isMacro(l.text) {
			return addMacro(macros, l.text)
		}
		a, err := agentLine(l, macros)
		if err == nil {
			out = append(out, a)
		}
		return err
	})
	return out, err
}

func isMacro(t string) bool {
	if t[0] != '!' {
		return false
	}
	end := strings.IndexByte(t[1:], '!')
	return end >= 0 && strings.HasPrefix(strings.TrimSpace(t[end+2:]), "=")
}

func addMacro(m map[string][]string, t string) error {
	k, v, _ := strings.Cut(t, "=")
	var alts []string
	for _, a := range strings.Split(v, ",") {
		if a = strings.TrimSpace(a); a != "" {
			alts = append(alts, a)
		}
	}
	if len(alts) == 0 {
		return errors.New("macro with no alternatives")
	}
	m[strings.TrimSpace(k)] = alts
	return nil
}

func agentLine(l line, macros map[string][]string) (Agent, error) {
	head, bodies, err := splitBrackets(l.text)
	if err != nil {
		return Agent{}, err
	}
	if len(bodies) > 1 {
		return Agent{}, errors.New("agent needs one [~CODE]")
	}
	code, prefix := "", false // a few peer entries have no code; they match but add none
	if len(bodies) == 1 {
		b := strings.TrimSpace(bodies[0])
		prefix = strings.HasSuffix(b, "~") && !strings.HasPrefix(b, "~")
		code = strings.Trim(b, "~ ")
	}
	phrase, plurals, err := splitBraces(head)
	if err != nil {
		return Agent{}, err
	}
	if phrase == "" {
		return Agent{}, errors.New("agent with no phrase")
	}
	if len(plurals) == 0 {
		plurals = []string{strings.TrimRight(phrase, "_ ") + "S"}
	}
	var names []string
	for _, p := range append([]string{phrase}, plurals...) {
		names = append(names, expand(p, macros, 0)...)
	}
	return Agent{Names: names, Code: code, Prefix: prefix, Line: l.num}, nil
}

// splitBraces splits "PHRASE {A B}" into the phrase and the braced words.
func splitBraces(s string) (string, []string, error) {
	i := strings.IndexByte(s, '{')
	if i < 0 {
		return strings.TrimSpace(s), nil, nil
	}
	j := strings.IndexByte(s[i:], '}')
	if j < 0 {
		return "", nil, errors.New("unclosed '{'")
	}
	return strings.TrimSpace(s[:i]), strings.Fields(s[i+1 : i+j]), nil
}

// maxExpand bounds macro nesting so a macro naming itself cannot loop.
const maxExpand = 4

// expand replaces the first !MACRO! in p by each alternative, recursively.
func expand(p string, macros map[string][]string, depth int) []string {
	i := strings.IndexByte(p, '!')
	if i < 0 || depth >= maxExpand {
		return []string{p}
	}
	j := strings.IndexByte(p[i+1:], '!')
	if j < 0 {
		return []string{p}
	}
	key := p[i : i+j+2]
	alts, ok := macros[key]
	if !ok {
		return []string{p}
	}
	var out []string
	for _, a := range alts {
		out = append(out, expand(p[:i]+a+p[i+j+2:], macros, depth+1)...)
	}
	return out
}

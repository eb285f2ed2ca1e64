package petrarch

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

// Pattern is one verb pattern: the words around the verb in the
// dictionary's notation and the event code it assigns.
//
// Markers kept in Words: "*" the verb itself, "$" the source, "+" the
// target, "%" a compound actor, "^" skip a noun phrase, "&NAME" a synonym
// set, "(...)" and "{...}" PETRARCH's prepositional and noun-phrase
// groups; a trailing "_" on a word means "exact word, no suffixes".
type Pattern struct {
	Words []string
	Code  string // CAMEO event code; "---" means "do not code", "" none given
	// Reverse is the second code of "[032:033]": an event from target
	// to source coded along with Code.
	Reverse string
	Line    int
}

// Verb is one verb block: its forms and its patterns.
type Verb struct {
	Words []string // verb forms; multi-word verbs are joined by '_' or ' '
	Code  string   // code when no pattern matches; "---" = none
	// Reverse is the second code of "[032:033]", see Pattern.Reverse.
	Reverse string
	// FormCodes overrides Code for forms listed with their own [code]
	// inside a PETRARCH block ("ASK [020]" under "--- ASK [---] ---").
	FormCodes map[string]string
	Patterns  []Pattern // tried in file order
	Line      int
}

// Verbs is a verb dictionary.
type Verbs struct {
	Synsets    map[string][]string // "&NAME" -> member phrases
	Verbs      []Verb
	Transforms []string // PETRARCH "~ ..." transformation rules, as written
	Nouns      []string // TABARI <NOUN> words that are never verbs (from verb or actor files)
	Adjectives []string // TABARI <ADJECTIVE> words (from verb or actor files)
}

// verbReader holds the state of one verb dictionary read.
type verbReader struct {
	v       *Verbs
	synset  string // current synonym set, "" outside one
	section string // current TABARI <SECTION>, "" outside one
	block   bool   // a PETRARCH "--- VERB [code] ---" header opened a block
	verb    *Verb  // the verb whose forms or patterns come next
}

// ReadVerbs reads a PETRARCH or TABARI verb dictionary.
func ReadVerbs(r io.Reader, name string) (*Verbs, error) {
	vr := &verbReader{v: &Verbs{Synsets: map[string][]string{}}}
	err := scanLines(r, name, vr.line)
	vr.flush()
	return vr.v, err
}

func (vr *verbReader) line(l line) error {
	t := l.text
	switch {
	case strings.HasPrefix(t, "</"):
		vr.section = ""
		return nil
	case t[0] == '<':
		vr.section = strings.Trim(t, "<> ")
		return nil
	case vr.section == "NOUN":
		vr.v.Nouns = append(vr.v.Nouns, t)
		return nil
	case vr.section == "ADJECTIVE":
		vr.v.Adjectives = append(vr.v.Adjectives, t)
		return nil
	case vr.section != "" && vr.section != "SYNSETS":
		return nil // TABARI <TIME> and other sections are not verb data
	case strings.HasPrefix(t, "~~"):
		return nil // TABARI end-of-session stamp
	case t[0] == '&':
		vr.synset = strings.Fields(t)[0]
		vr.v.Synsets[vr.synset] = nil
		return nil
	case t[0] == '+':
		return vr.member(t)
	case t[0] == '~':
		vr.v.Transforms = append(vr.v.Transforms, strings.TrimSpace(t[1:]))
		return nil
	case strings.HasPrefix(t, "---"):
		return vr.header(l)
	case t[0] == '-' || (l.indent && t[0] == '*'):
		return vr.pattern(l)
	}
	return vr.form(l)
}

func (vr *verbReader) member(t string) error {
	if vr.synset == "" && vr.verb != nil {
		// "+WORD" in a verb block is one more (multi-word) form.
		vr.verb.Words = append(vr.verb.Words, strings.TrimSpace(t[1:]))
		return nil
	}
	if vr.synset == "" {
		return errors.New("'+' member outside a synonym set or verb block")
	}
	vr.v.Synsets[vr.synset] = append(vr.v.Synsets[vr.synset], strings.TrimSpace(t[1:]))
	return nil
}

// header opens a PETRARCH verb block "--- VERB [code] ---".
func (vr *verbReader) header(l line) error {
	vr.flush()
	vr.synset = ""
	t := strings.TrimSpace(strings.Trim(l.text, "-"))
	head, bodies, err := splitBrackets(t)
	if err != nil {
		return err
	}
	vr.block = true
	vr.verb = &Verb{Words: []string{head}, Code: "---", Line: l.num}
	// A header without [code] ("--- DEFEND ###") codes nothing.
	if len(bodies) > 0 {
		vr.verb.Code, vr.verb.Reverse = codePair(bodies[0])
	}
	return nil
}

// form reads a verb line: in a PETRARCH block "VERB {FORMS}" adds forms;
// in TABARI "VERB [code]" starts a new verb.
func (vr *verbReader) form(l line) error {
	vr.synset = ""
	head, bodies, err := splitBrackets(l.text)
	if err != nil {
		return err
	}
	word, forms, err := splitBraces(head)
	if err != nil {
		return err
	}
	if word == "" && len(bodies) == 0 && vr.verb != nil {
		vr.verb.Words = append(vr.verb.Words, forms...) // TABARI "{IRREGULAR FORMS}"
		return nil
	}
	if !vr.block || vr.verb == nil {
		return vr.tabariVerb(l, word, forms, bodies)
	}
	vr.addForms(strings.TrimPrefix(word, "+"), forms, bodies)
	return nil
}

// addForms adds a block's verb forms; a form with its own [code] keeps it.
func (vr *verbReader) addForms(word string, forms, bodies []string) {
	all := []string{word}
	for _, f := range forms {
		all = append(all, strings.TrimPrefix(f, "+"))
	}
	vr.verb.Words = append(vr.verb.Words, all...)
	if len(bodies) == 0 {
		return
	}
	if vr.verb.FormCodes == nil {
		vr.verb.FormCodes = map[string]string{}
	}
	for _, w := range all {
		vr.verb.FormCodes[w] = eventCode(bodies[0])
	}
}

func (vr *verbReader) tabariVerb(l line, word string, forms, bodies []string) error {
	if len(bodies) != 1 {
		return fmt.Errorf("verb %q needs one [code]", word)
	}
	vr.flush()
	vr.block = false
	words := append([]string{word}, forms...)
	vr.verb = &Verb{Words: words, Line: l.num}
	vr.verb.Code, vr.verb.Reverse = codePair(bodies[0])
	return nil
}

func (vr *verbReader) pattern(l line) error {
	if vr.verb == nil {
		return errors.New("pattern before any verb")
	}
	t := strings.TrimSpace(strings.TrimPrefix(l.text, "-"))
	p := Pattern{Line: l.num}
	if i := strings.LastIndexByte(t, '['); i >= 0 && strings.HasSuffix(t, "]") {
		p.Code, p.Reverse = codePair(t[i+1 : len(t)-1])
		t = t[:i]
	}
	// A pattern without [code] (a few in the peers' files) stays with
	// Code "" so a coder can skip it.
	p.Words = strings.Fields(t)
	if len(p.Words) == 0 {
		return errors.New("empty pattern")
	}
	vr.verb.Patterns = append(vr.verb.Patterns, p)
	return nil
}

func (vr *verbReader) flush() {
	if vr.verb != nil {
		vr.v.Verbs = append(vr.v.Verbs, *vr.verb)
		vr.verb = nil
	}
}

// eventCode is the first code of a bracket body.
func eventCode(b string) string {
	c, _ := codePair(b)
	return c
}

// codePair splits "032:033" into the event's code and the reverse event's.
func codePair(b string) (code, reverse string) {
	b = strings.TrimSpace(b)
	code, reverse, _ = strings.Cut(b, ":")
	return strings.TrimSpace(code), strings.TrimSpace(reverse)
}

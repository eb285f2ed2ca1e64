package verbs

import (
	"fmt"
	"regexp"
	"strings"
)

// line is what one source line holds after parsing: nothing, a class
// definition or a pattern.
type line struct {
	class string // defined class name, without '@'
	alts  []alt  // the class's members
	pat   *Pattern
}

// parser walks the tokens of one line.
type parser struct {
	items []item
	i     int
}

func (p *parser) next() item { it := p.items[p.i]; p.i++; return it }
func (p *parser) peek() item { return p.items[p.i] }

// uposTags are the UD part-of-speech tags; written in capitals inside a
// word list they accept any token with that tag ("+obj:@leader|PROPN").
var uposTags = map[string]bool{"ADJ": true, "ADP": true, "ADV": true, "AUX": true, "CCONJ": true,
	"DET": true, "INTJ": true, "NOUN": true, "NUM": true, "PART": true, "PRON": true, "PROPN": true,
	"PUNCT": true, "SCONJ": true, "SYM": true, "VERB": true, "X": true}

// codeRE accepts CAMEO-shaped codes; whether the code exists is Lint's job.
var codeRE = regexp.MustCompile(`^[0-9]{2,4}$`)

// parseLine parses one line of a lexicon file.
func parseLine(text string) (line, error) {
	items := lexLine(text)
	if last := items[len(items)-1]; last.kind == itemError {
		return line{}, fmt.Errorf("column %d: %s", last.pos+1, last.val)
	}
	p := &parser{items: items}
	p.skipSpace()
	switch first := p.peek(); first.kind {
	case itemEOL, itemComment:
		return line{}, nil
	case itemClass:
		return p.classDef()
	case itemWord:
		return p.pattern()
	default:
		return line{}, p.errorf(first, "a line starts with a code, a @class or '#'")
	}
}

func (p *parser) errorf(at item, format string, args ...any) error {
	return fmt.Errorf("column %d: %s", at.pos+1, fmt.Sprintf(format, args...))
}

func (p *parser) skipSpace() {
	for p.peek().kind == itemSpace {
		p.i++
	}
}

// classDef parses "@name = a|b|@other".
func (p *parser) classDef() (line, error) {
	name := p.next().val[1:]
	p.skipSpace()
	if it := p.next(); it.kind != itemEquals {
		return line{}, p.errorf(it, "want '=' after @%s, got %s", name, it)
	}
	p.skipSpace()
	alts, err := p.alternatives()
	if err != nil {
		return line{}, err
	}
	return line{class: name, alts: alts}, p.end()
}

// pattern parses "CODE [n:|v:]head (+|-)constraint...".
func (p *parser) pattern() (line, error) {
	codeItem := p.next()
	pat := &Pattern{Code: codeItem.val}
	if codeItem.val == DiscardCode {
		pat.Code, pat.Discard = "", true
	} else if !codeRE.MatchString(codeItem.val) {
		return line{}, p.errorf(codeItem, "code %q is not 2-4 digits or %s", codeItem.val, DiscardCode)
	}
	if it := p.next(); it.kind != itemSpace {
		return line{}, p.errorf(it, "want a head lemma after the code")
	}
	if err := p.head(pat); err != nil {
		return line{}, err
	}
	for {
		sp := p.peek()
		if sp.kind != itemSpace {
			break
		}
		p.next()
		k := p.peek().kind
		if k != itemPlus && k != itemMinus {
			break
		}
		c, err := p.constraint()
		if err != nil {
			return line{}, err
		}
		pat.Constraints = append(pat.Constraints, c)
	}
	if it := p.peek(); it.kind == itemComment {
		pat.Comment = trimComment(it.val)
	}
	return line{pat: pat}, p.end()
}

// head parses the optional "n:"/"v:" part-of-speech prefix and the lemmas.
func (p *parser) head(pat *Pattern) error {
	if it := p.peek(); it.kind == itemWord && p.items[p.i+1].kind == itemColon {
		switch it.val {
		case "n":
			pat.Nominal = true
		case "v":
		default:
			return p.errorf(it, "head prefix must be n: or v:, got %q", it.val)
		}
		p.i += 2
	}
	alts, err := p.alternatives()
	pat.head = alts
	return err
}

// constraint parses "+obj:a|b", "-obj", "+prep/with", "+xcomp.obj:@troops".
func (p *parser) constraint() (Constraint, error) {
	c := Constraint{Forbid: p.next().kind == itemMinus}
	for {
		s, err := p.step()
		if err != nil {
			return c, err
		}
		c.Path = append(c.Path, s)
		if p.peek().kind != itemDot {
			break
		}
		p.next()
	}
	if p.peek().kind == itemColon {
		p.next()
		alts, err := p.alternatives()
		if err != nil {
			return c, err
		}
		c.words = alts
	}
	return c, nil
}

func (p *parser) step() (Step, error) {
	it := p.next()
	if it.kind != itemWord {
		return Step{}, p.errorf(it, "want a relation name, got %s", it)
	}
	if _, ok := relations[it.val]; !ok {
		return Step{}, p.errorf(it, "unknown relation %q", it.val)
	}
	s := Step{Rel: it.val, ud: relations[it.val]}
	if p.peek().kind != itemSlash {
		return s, nil
	}
	p.next()
	for {
		cs := p.next()
		if cs.kind != itemWord {
			return s, p.errorf(cs, "want a preposition after '/' or '|', got %s", cs)
		}
		s.Cases = append(s.Cases, strings.ToLower(cs.val))
		if p.peek().kind != itemBar {
			return s, nil
		}
		p.next()
	}
}

// alternatives parses "a|b|@c" (at least one).
func (p *parser) alternatives() ([]alt, error) {
	var alts []alt
	for {
		it := p.next()
		switch it.kind {
		case itemWord:
			w := it.val
			if !uposTags[w] {
				w = strings.ToLower(w)
			}
			alts = append(alts, alt{word: w})
		case itemClass:
			alts = append(alts, alt{word: it.val[1:], class: true})
		default:
			return nil, p.errorf(it, "want a lemma or @class, got %s", it)
		}
		if p.peek().kind != itemBar {
			return alts, nil
		}
		p.next()
	}
}

// end accepts trailing blanks and a comment, then the end of the line.
func (p *parser) end() error {
	p.skipSpace()
	if p.peek().kind == itemComment {
		p.next()
	}
	if it := p.next(); it.kind != itemEOL {
		return p.errorf(it, "unexpected %s", it)
	}
	return nil
}

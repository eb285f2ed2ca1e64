package actors

import (
	"fmt"
	"strings"
)

// parseFile turns a data file into entries. It reads the whole file and
// reports every bad line, so a user sees all problems at once.
func parseFile(name, src string) ([]*Entry, error) {
	p := parser{file: name}
	sc := newScanner(src)
	for it, ok := sc.next(); ok; it, ok = sc.next() {
		p.item(it)
	}
	if len(p.errs) > 0 {
		return p.entries, fmt.Errorf("actors: %s", strings.Join(p.errs, "; "))
	}
	return p.entries, nil
}

// parser holds what a data file has said so far: its kind and the record
// being filled.
type parser struct {
	file    string
	kind    Kind
	cur     *Entry
	entries []*Entry
	errs    []string
}

func (p *parser) errorf(line int, format string, args ...any) {
	p.errs = append(p.errs, fmt.Sprintf("%s:%d: ", p.file, line)+fmt.Sprintf(format, args...))
}

func (p *parser) item(it item) {
	switch it.kind {
	case itemError:
		p.errorf(it.line, "%s", it.err)
	case itemDirective:
		p.directive(it)
	case itemHeader:
		p.header(it)
	case itemAttr:
		if p.cur == nil {
			p.errorf(it.line, "attribute %q before any record", it.key)
			return
		}
		p.attr(it)
	}
}

func (p *parser) directive(it item) {
	k, ok := kindNames[strings.Join(it.vals, " ")]
	if it.key != "kind" || !ok {
		p.errorf(it.line, "unknown directive @%s %s (want @kind countries|orgs|people|agents)", it.key, strings.Join(it.vals, " "))
		return
	}
	p.kind, p.cur = k, nil
}

func (p *parser) header(it item) {
	if p.kind == 0 {
		p.errorf(it.line, "record before any @kind directive")
		return
	}
	if len(it.vals) == 0 {
		p.errorf(it.line, "record %s has no name", it.key)
		return
	}
	e := &Entry{Kind: p.kind, Code: it.key, Name: it.vals[0], Names: it.vals, File: p.file, Line: it.line}
	if p.kind == KindPerson {
		e.Short = defaultShort(e.Name)
	}
	p.cur = e
	p.entries = append(p.entries, e)
	for _, a := range it.attrs {
		p.attr(a)
	}
}

// attrKinds says which attributes each kind of record takes.
var attrKinds = map[string][]Kind{
	"also":   {KindCountry, KindOrg, KindPerson, KindAgent},
	"adj":    {KindCountry},
	"people": {KindCountry},
	"seat":   {KindCountry},
	"short":  {KindPerson},
	"role":   {KindPerson, KindOrg},
}

func (p *parser) attr(it item) {
	e := p.cur
	if !allowed(it.key, e.Kind) {
		p.errorf(it.line, "attribute %q not allowed in %s", it.key, e.Kind)
		return
	}
	switch it.key {
	case "also":
		e.Names = append(e.Names, it.vals...)
	case "adj":
		e.Adjectives = append(e.Adjectives, it.vals...)
	case "people":
		e.Demonyms = append(e.Demonyms, it.vals...)
	case "seat":
		e.Seats = append(e.Seats, it.vals...)
	case "short":
		e.Short = ""
		if len(it.vals) == 1 && it.vals[0] != "-" {
			e.Short = it.vals[0]
		}
	case "role":
		p.roles(e, it)
	}
}

func (p *parser) roles(e *Entry, it item) {
	for _, v := range it.vals {
		r, err := parseRole(v, it.line)
		if err != nil {
			p.errorf(it.line, "%v", err)
			continue
		}
		e.Roles = append(e.Roles, r)
	}
}

func allowed(key string, k Kind) bool {
	for _, a := range attrKinds[key] {
		if a == k {
			return true
		}
	}
	return false
}

// defaultShort is the last word of a two-word name ("Joe Biden" → "Biden").
// Longer names ("Kim Jong Un", "Luiz Inácio Lula da Silva") name their short
// form themselves, since their last word is often not the one used alone.
func defaultShort(name string) string {
	f := strings.Fields(name)
	if len(f) != 2 || len(f[1]) < 3 {
		return ""
	}
	return f[1]
}

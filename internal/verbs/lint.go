package verbs

import (
	"fmt"
	"io/fs"
	"path"
	"slices"
	"sort"
	"strings"

	"github.com/dyad-events/dyad/internal/cameo"
)

// Lint checks lexicon files and returns every problem with its file:line:
// malformed lines, undefined or cyclic classes, codes that CAMEO does not
// define, codes filed under the wrong root family, duplicate patterns,
// patterns that can never win (same match as an earlier line with another
// code, or contradictory constraints) and classes nothing uses. With no
// paths it checks every *.txt at the root of fsys.
func Lint(fsys fs.FS, onto *cameo.Ontology, paths ...string) []Message {
	lx, msgs := parseFiles(fsys, paths)
	if lx == nil {
		return msgs
	}
	for _, p := range lx.patterns {
		msgs = append(msgs, lintCode(p, onto)...)
		msgs = append(msgs, lintContradiction(p)...)
	}
	msgs = append(msgs, lx.lintDuplicates()...)
	msgs = append(msgs, lx.lintUnused()...)
	sortMessages(msgs)
	return msgs
}

// lintCode checks the code exists and sits in the file of its root family
// (files named "NN-..." hold family NN; "00-..." files may hold any code).
func lintCode(p *Pattern, onto *cameo.Ontology) []Message {
	if p.Discard {
		return nil
	}
	if !onto.ValidEventCode(p.Code) {
		return []Message{{p.Source, fmt.Sprintf("unknown CAMEO event code %q", p.Code)}}
	}
	file := p.Source[:strings.LastIndexByte(p.Source, ':')]
	fam := path.Base(file)
	if len(fam) >= 2 && fam[:2] != "00" && isDigits(fam[:2]) && fam[:2] != p.Code[:2] {
		return []Message{{p.Source, fmt.Sprintf("code %s belongs to family %s, not this file", p.Code, p.Code[:2])}}
	}
	return nil
}

func isDigits(s string) bool {
	return strings.Trim(s, "0123456789") == ""
}

// lintContradiction finds a required dependent that a forbid on the same
// path rules out entirely, which makes the pattern unreachable.
func lintContradiction(p *Pattern) []Message {
	var msgs []Message
	for _, need := range p.Constraints {
		if need.Forbid {
			continue
		}
		for _, ban := range p.Constraints {
			if ban.Forbid && pathKey(ban.Path) == pathKey(need.Path) && covers(ban, need) {
				msgs = append(msgs, Message{p.Source, fmt.Sprintf("unreachable: %s contradicts %s", ban, need)})
			}
		}
	}
	return msgs
}

// covers is true when every word need accepts is forbidden by ban.
func covers(ban, need Constraint) bool {
	if ban.Words == nil {
		return true
	}
	if need.Words == nil {
		return false
	}
	for _, w := range need.Words {
		if !slices.Contains(ban.Words, w) {
			return false
		}
	}
	return true
}

func pathKey(path []Step) string {
	return Constraint{Path: path}.String()[1:]
}

// lintDuplicates compares patterns lemma by lemma: two lines that accept
// the same head with the same constraints are duplicates (same code) or
// one shadows the other (different codes), so the later can never win.
func (lx *Lexicon) lintDuplicates() []Message {
	var msgs []Message
	seen := map[string]*Pattern{}
	for _, p := range lx.patterns {
		cons := canonical(p.Constraints)
		for _, l := range p.Lemmas {
			key := fmt.Sprintf("%v|%s|%s", p.Nominal, l, cons)
			first, dup := seen[key]
			switch {
			case !dup:
				seen[key] = p
			case first == p:
			case first.Code == p.Code && first.Discard == p.Discard:
				msgs = append(msgs, Message{p.Source, fmt.Sprintf("duplicate: %q already at %s", l, first.Source)})
			default:
				msgs = append(msgs, Message{p.Source, fmt.Sprintf("unreachable: %q matches exactly as at %s (code %s)", l, first.Source, codeOf(first))})
			}
		}
	}
	return msgs
}

func codeOf(p *Pattern) string {
	if p.Discard {
		return DiscardCode
	}
	return p.Code
}

// canonical renders constraints order-independently.
func canonical(cs []Constraint) string {
	out := make([]string, len(cs))
	for i, c := range cs {
		c.Words = slices.Clone(c.Words)
		sort.Strings(c.Words)
		out[i] = c.String()
	}
	sort.Strings(out)
	return strings.Join(out, " ")
}

// lintUnused reports classes no pattern reaches, directly or via classes.
func (lx *Lexicon) lintUnused() []Message {
	used := map[string]bool{}
	var mark func(alts []alt)
	mark = func(alts []alt) {
		for _, a := range alts {
			if a.class && !used[a.word] {
				used[a.word] = true
				mark(lx.defs[a.word].alts)
			}
		}
	}
	for _, p := range lx.patterns {
		mark(p.head)
		for _, c := range p.Constraints {
			mark(c.words)
		}
	}
	var msgs []Message
	for name, d := range lx.defs {
		if !used[name] {
			msgs = append(msgs, Message{d.pos, fmt.Sprintf("class @%s is never used", name)})
		}
	}
	sortMessages(msgs)
	return msgs
}

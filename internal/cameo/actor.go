package cameo

import (
	"fmt"
	"io/fs"
)

// PartKind says what a three-letter actor code part stands for.
type PartKind string

// The kinds of actor code part, as written in actors.tsv.
const (
	KindCountry  PartKind = "country"
	KindRegion   PartKind = "region"
	KindIntl     PartKind = "intl"
	KindRole     PartKind = "role"
	KindReligion PartKind = "religion"
	KindOrg      PartKind = "org"
	KindUnknown  PartKind = "unknown" // not in the table
)

// MaxActorParts is the longest actor code (five parts, fifteen letters),
// the limit CAMEO coders have always used.
const MaxActorParts = 5

// ActorPart is one three-letter part of an actor code.
type ActorPart struct {
	Code string
	Kind PartKind
	Tier string // roles only: primary, party, secondary, tertiary
	Name string
}

func (o *Ontology) loadActors(fsys fs.FS) error {
	rows, err := readRows(fsys, ActorsFile, 4)
	if err != nil {
		return err
	}
	for _, r := range rows {
		p := ActorPart{Kind: PartKind(r.fields[0]), Code: r.fields[1], Tier: dash(r.fields[2]), Name: r.fields[3]}
		if err := checkPart(p); err != nil {
			return fmt.Errorf("cameo: %s: %w", r.pos(), err)
		}
		if _, dup := o.actors[p.Code]; dup {
			return fmt.Errorf("cameo: %s: duplicate actor code part %q", r.pos(), p.Code)
		}
		o.actors[p.Code] = p
	}
	return nil
}

func checkPart(p ActorPart) error {
	switch p.Kind {
	case KindCountry, KindRegion, KindIntl, KindRole, KindReligion, KindOrg:
	default:
		return fmt.Errorf("unknown kind %q", p.Kind)
	}
	if !wellFormedPart(p.Code) {
		return fmt.Errorf("actor code part %q is not three capital letters", p.Code)
	}
	if p.Kind == KindRole && p.Tier == "" {
		return fmt.Errorf("role %s needs a tier", p.Code)
	}
	return nil
}

// wellFormedPart is true for three ASCII capitals, or "---" (unknown country).
func wellFormedPart(s string) bool {
	if s == "---" {
		return true
	}
	if len(s) != 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// ActorPart looks up one three-letter part.
func (o *Ontology) ActorPart(code string) (ActorPart, bool) {
	p, ok := o.actors[code]
	return p, ok
}

// SplitActorCode splits a CAMEO actor code ("MEXGOV", "IGOUNOHCR") into its
// named parts. It fails only when the code is malformed (empty, not a run
// of at most five three-letter parts); parts missing from the table come
// back with Kind KindUnknown so callers can decide how strict to be.
func (o *Ontology) SplitActorCode(code string) ([]ActorPart, error) {
	if code == "" || len(code)%3 != 0 || len(code) > 3*MaxActorParts {
		return nil, fmt.Errorf("cameo: actor code %q is not 1-%d three-letter parts", code, MaxActorParts)
	}
	parts := make([]ActorPart, 0, len(code)/3)
	for i := 0; i < len(code); i += 3 {
		s := code[i : i+3]
		if !wellFormedPart(s) || (s == "---" && i > 0) {
			return nil, fmt.Errorf("cameo: actor code %q: bad part %q", code, s)
		}
		p, ok := o.actors[s]
		if !ok {
			p = ActorPart{Code: s, Kind: KindUnknown}
		}
		parts = append(parts, p)
	}
	return parts, nil
}

// ValidActorCode reports whether code splits into known parts and does not
// start with an organization suffix (those follow IGO, NGO and the like).
func (o *Ontology) ValidActorCode(code string) bool {
	parts, err := o.SplitActorCode(code)
	if err != nil || parts[0].Kind == KindOrg {
		return false
	}
	for _, p := range parts {
		if p.Kind == KindUnknown {
			return false
		}
	}
	return true
}

// Country returns the leading country part of an actor code, if it has one.
func (o *Ontology) Country(code string) (ActorPart, bool) {
	parts, err := o.SplitActorCode(code)
	if err != nil || parts[0].Kind != KindCountry {
		return ActorPart{}, false
	}
	return parts[0], true
}

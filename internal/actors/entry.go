package actors

import (
	"fmt"
	"strings"
	"time"
)

// Kind is the family of a record, set by a file's "@kind" directive.
type Kind uint8

// Kinds of record.
const (
	KindCountry Kind = iota + 1 // a state or territory: names, adjectives, seats of government
	KindOrg                     // an organisation with one fixed code: IGO, NGO, medium, armed group
	KindPerson                  // a person with dated roles
	KindAgent                   // a generic noun naming a sector: troops, police, cartels
)

var kindNames = map[string]Kind{
	"countries": KindCountry, "orgs": KindOrg, "people": KindPerson, "agents": KindAgent,
}

func (k Kind) String() string {
	if int(k) < len(kindStrings) && k > 0 {
		return kindStrings[k]
	}
	return "unknown"
}

var kindStrings = [...]string{KindCountry: "countries", KindOrg: "orgs", KindPerson: "people", KindAgent: "agents"}

// Blocked is the code of a record whose names are not actors: "New
// Mexico" must not be read as Mexico, and the longest match wins.
const Blocked = "-"

// Entry is one record of a data file.
type Entry struct {
	Kind Kind
	// Code is the entry's code: a country's ISO3, an organisation's code, an
	// agent's sector, or a person's code outside every role.
	Code  string
	Name  string   // canonical name: the first name listed
	Names []string // every name, canonical first
	// Adjectives ("Mexican"), Demonyms ("Mexicans") and Seats ("the Kremlin",
	// government metonyms) belong to countries.
	Adjectives []string
	Demonyms   []string
	Seats      []string
	// Short is a person's one-word name used alone ("Trump"); it resolves
	// only when no other person shares it. Empty when disabled.
	Short string
	Roles []Role
	File  string
	Line  int
}

// ID is stable across releases as long as the canonical name is.
func (e *Entry) ID() string {
	return e.Kind.String() + ":" + strings.ToLower(strings.ReplaceAll(e.Name, " ", "_"))
}

// Role is a dated position: the person codes as Code from From up to, not
// including, To. A zero To means the role is still held.
type Role struct {
	Code  string
	From  time.Time
	To    time.Time
	Title string
	Line  int
}

// Holds reports whether the role is held on date d.
func (r Role) Holds(d time.Time) bool {
	return !d.Before(r.From) && (r.To.IsZero() || d.Before(r.To))
}

func (r Role) String() string {
	s := r.Code + " " + r.From.Format(time.DateOnly) + ".."
	if !r.To.IsZero() {
		s += r.To.Format(time.DateOnly)
	}
	if r.Title != "" {
		s += " " + r.Title
	}
	return s
}

// parseRole reads "CODE FROM..TO title words"; TO may be empty.
func parseRole(s string, line int) (Role, error) {
	f := strings.Fields(s)
	if len(f) < 2 {
		return Role{}, fmt.Errorf("role %q: want \"CODE FROM..TO title\"", s)
	}
	from, to, ok := strings.Cut(f[1], "..")
	if !ok {
		return Role{}, fmt.Errorf("role %q: dates want FROM..TO", s)
	}
	r := Role{Code: f[0], Title: strings.Join(f[2:], " "), Line: line}
	var err error
	if r.From, err = parseDay(from); err != nil {
		return Role{}, fmt.Errorf("role %q: %w", s, err)
	}
	if to != "" {
		if r.To, err = parseDay(to); err != nil {
			return Role{}, fmt.Errorf("role %q: %w", s, err)
		}
	}
	return r, nil
}

// parseDay reads YYYY-MM-DD, YYYY-MM or YYYY (the first day of the period).
func parseDay(s string) (time.Time, error) {
	for _, layout := range []string{time.DateOnly, "2006-01", "2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("bad date %q (want YYYY-MM-DD)", s)
}

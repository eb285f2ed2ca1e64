package cameo

import (
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"sync"
)

//go:embed data/*.tsv
var builtin embed.FS

// File names Load reads from the root of the file system it is given.
const (
	EventsFile = "events.tsv"
	ActorsFile = "actors.tsv"
	PLOVERFile = "plover.tsv"
)

// QuadClass is the four-way split of events used by GDELT and PLOVER.
type QuadClass int

// The quad classes, numbered as GDELT numbers them.
const (
	VerbalCoop       QuadClass = 1
	MaterialCoop     QuadClass = 2
	VerbalConflict   QuadClass = 3
	MaterialConflict QuadClass = 4
)

// PLOVER is the PLOVER reading of a CAMEO code. Mode and Contexts may be
// empty; Approx is true where PLOVER has no category for the CAMEO code and
// Type is the closest one.
type PLOVER struct {
	Type     string
	Mode     string
	Contexts []string
	Approx   bool
}

// Event describes one CAMEO event code.
type Event struct {
	Code      string // "036", "0874", "19"
	Root      string // the two-digit family, "03"
	Name      string
	Goldstein float64
	Quad      QuadClass
	PLOVER    PLOVER
}

// Ontology is a loaded set of tables. It is read-only after Load and safe
// for concurrent use.
type Ontology struct {
	events map[string]Event
	codes  []string // sorted event codes
	actors map[string]ActorPart
	plover ploverVocab
}

var defaultOnce = sync.OnceValues(func() (*Ontology, error) {
	sub, err := fs.Sub(builtin, "data")
	if err != nil {
		return nil, fmt.Errorf("cameo: %w", err)
	}
	return Load(sub)
})

// Default returns the built-in ontology, parsed once per process.
func Default() (*Ontology, error) { return defaultOnce() }

// Load reads events.tsv, actors.tsv and plover.tsv from the root of fsys,
// for users who edit their own copies of the tables.
func Load(fsys fs.FS) (*Ontology, error) {
	o := &Ontology{events: map[string]Event{}, actors: map[string]ActorPart{}}
	if err := o.loadPLOVER(fsys); err != nil {
		return nil, err
	}
	if err := o.loadEvents(fsys); err != nil {
		return nil, err
	}
	if err := o.loadActors(fsys); err != nil {
		return nil, err
	}
	return o, nil
}

func (o *Ontology) loadEvents(fsys fs.FS) error {
	rows, err := readRows(fsys, EventsFile, 8)
	if err != nil {
		return err
	}
	for _, r := range rows {
		ev, err := o.parseEvent(r)
		if err != nil {
			return err
		}
		if _, dup := o.events[ev.Code]; dup {
			return fmt.Errorf("cameo: %s: duplicate event code %q", r.pos(), ev.Code)
		}
		o.events[ev.Code] = ev
		o.codes = append(o.codes, ev.Code)
	}
	sort.Strings(o.codes)
	return o.checkParents()
}

func (o *Ontology) parseEvent(r row) (Event, error) {
	f := r.fields
	code := f[0]
	if !wellFormedEventCode(code) {
		return Event{}, fmt.Errorf("cameo: %s: bad event code %q", r.pos(), code)
	}
	quad, err := strconv.Atoi(f[1])
	if err != nil || quad < 1 || quad > 4 || QuadClass(quad) != RootQuad(code[:2]) {
		return Event{}, fmt.Errorf("cameo: %s: quad %q does not fit code %s", r.pos(), f[1], code)
	}
	g, err := strconv.ParseFloat(f[2], 64)
	if err != nil || g < -10 || g > 10 {
		return Event{}, fmt.Errorf("cameo: %s: bad Goldstein value %q", r.pos(), f[2])
	}
	p, err := o.parsePLOVER(r, f[3], f[4], f[5], f[6])
	if err != nil {
		return Event{}, err
	}
	return Event{Code: code, Root: code[:2], Name: f[7], Goldstein: g, Quad: QuadClass(quad), PLOVER: p}, nil
}

// checkParents makes sure every 3- and 4-digit code sits under a code one
// level up, so Root and lookups by family never dangle.
func (o *Ontology) checkParents() error {
	for _, c := range o.codes {
		if len(c) == 2 {
			continue
		}
		if _, ok := o.events[c[:len(c)-1]]; !ok && len(c) == 4 {
			return fmt.Errorf("cameo: %s: event code %s has no parent %s", EventsFile, c, c[:3])
		}
		if _, ok := o.events[c[:2]]; !ok {
			return fmt.Errorf("cameo: %s: event code %s has no root %s", EventsFile, c, c[:2])
		}
	}
	return nil
}

// wellFormedEventCode is true for 2-4 digit codes whose root is 01..20.
func wellFormedEventCode(code string) bool {
	if len(code) < 2 || len(code) > 4 {
		return false
	}
	for _, c := range code {
		if c < '0' || c > '9' {
			return false
		}
	}
	root, _ := strconv.Atoi(code[:2])
	return root >= 1 && root <= 20
}

// RootQuad gives the QuadClass of a two-digit CAMEO root ("01".."20"), or 0.
func RootQuad(root string) QuadClass {
	n, err := strconv.Atoi(root)
	switch {
	case err != nil || n < 1 || n > 20:
		return 0
	case n <= 5:
		return VerbalCoop
	case n <= 8:
		return MaterialCoop
	case n <= 13:
		return VerbalConflict
	}
	return MaterialConflict
}

// Event looks up a CAMEO event code such as "036" or "19".
func (o *Ontology) Event(code string) (Event, bool) {
	ev, ok := o.events[code]
	return ev, ok
}

// ValidEventCode reports whether code is a known CAMEO event code.
func (o *Ontology) ValidEventCode(code string) bool {
	_, ok := o.events[code]
	return ok
}

// EventCodes returns every event code in sorted (string) order.
func (o *Ontology) EventCodes() []string {
	return append([]string(nil), o.codes...)
}

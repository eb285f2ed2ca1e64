package cameo

import (
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
)

// ploverVocab holds the PLOVER vocabulary from plover.tsv.
type ploverVocab struct {
	types    map[string]QuadClass
	modes    map[string]map[string]bool // type -> modes
	contexts map[string]bool
	sectors  map[string]string
}

func (o *Ontology) loadPLOVER(fsys fs.FS) error {
	rows, err := readRows(fsys, PLOVERFile, 4)
	if err != nil {
		return err
	}
	v := ploverVocab{types: map[string]QuadClass{}, modes: map[string]map[string]bool{},
		contexts: map[string]bool{}, sectors: map[string]string{}}
	for _, r := range rows {
		if err := v.add(r); err != nil {
			return err
		}
	}
	o.plover = v
	return nil
}

func (v *ploverVocab) add(r row) error {
	kind, name, parent := r.fields[0], r.fields[1], r.fields[2]
	switch kind {
	case "type":
		q, err := strconv.Atoi(parent)
		if err != nil || q < 1 || q > 4 {
			return fmt.Errorf("cameo: %s: type %s needs a quad class 1-4, got %q", r.pos(), name, parent)
		}
		v.types[name] = QuadClass(q)
	case "mode":
		if _, ok := v.types[parent]; !ok {
			return fmt.Errorf("cameo: %s: mode %s names unknown type %q", r.pos(), name, parent)
		}
		if v.modes[parent] == nil {
			v.modes[parent] = map[string]bool{}
		}
		v.modes[parent][name] = true
	case "context":
		v.contexts[name] = true
	case "sector":
		v.sectors[name] = r.fields[3]
	default:
		return fmt.Errorf("cameo: %s: unknown kind %q", r.pos(), kind)
	}
	return nil
}

// parsePLOVER checks an events.tsv row's PLOVER columns against the
// vocabulary, so a typo in a mode or context fails at load time.
func (o *Ontology) parsePLOVER(r row, typ, mode, ctx, fit string) (PLOVER, error) {
	v := o.plover
	if _, ok := v.types[typ]; !ok {
		return PLOVER{}, fmt.Errorf("cameo: %s: unknown PLOVER type %q", r.pos(), typ)
	}
	p := PLOVER{Type: typ, Mode: dash(mode)}
	if p.Mode != "" && !v.modes[typ][p.Mode] {
		return PLOVER{}, fmt.Errorf("cameo: %s: %q is not a mode of %s", r.pos(), p.Mode, typ)
	}
	if c := dash(ctx); c != "" {
		for _, x := range strings.Split(c, ",") {
			if !v.contexts[x] {
				return PLOVER{}, fmt.Errorf("cameo: %s: unknown PLOVER context %q", r.pos(), x)
			}
			p.Contexts = append(p.Contexts, x)
		}
	}
	switch fit {
	case "direct":
	case "approx":
		p.Approx = true
	default:
		return PLOVER{}, fmt.Errorf("cameo: %s: fit must be direct or approx, got %q", r.pos(), fit)
	}
	return p, nil
}

// PLOVERTypes returns the PLOVER event types, sorted.
func (o *Ontology) PLOVERTypes() []string { return sortedKeys(o.plover.types) }

// PLOVERQuad gives the quad class of a PLOVER type, or 0 when unknown.
func (o *Ontology) PLOVERQuad(typ string) QuadClass { return o.plover.types[typ] }

// PLOVERModes returns the modes defined for a PLOVER type, sorted.
func (o *Ontology) PLOVERModes(typ string) []string { return sortedKeys(o.plover.modes[typ]) }

// PLOVERContexts returns the PLOVER contexts, sorted.
func (o *Ontology) PLOVERContexts() []string { return sortedKeys(o.plover.contexts) }

// PLOVERSectors returns the PLOVER sector codes with their meanings.
func (o *Ontology) PLOVERSectors() map[string]string {
	m := make(map[string]string, len(o.plover.sectors))
	for k, v := range o.plover.sectors {
		m[k] = v
	}
	return m
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

package main

import (
	"flag"
	"strings"

	"github.com/dyad-events/dyad/internal/petrarch"
)

// listFlag is a flag that may repeat; each use adds one value.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

func (l *listFlag) Set(v string) error {
	*l = append(*l, v)
	return nil
}

// dictFlags are the PETRARCH/TABARI dictionary files a coding command
// loads on top of (or, with --no-builtin, instead of) the built-in lexicons.
type dictFlags struct {
	verbs, actors, agents, discards, options listFlag
	noBuiltin                                bool
}

func (f *dictFlags) register(fs *flag.FlagSet) {
	fs.Var(&f.verbs, "verbs", "PETRARCH or TABARI verb dictionary to load (repeatable)")
	fs.Var(&f.actors, "actors", "PETRARCH or TABARI actor dictionary to load (repeatable)")
	fs.Var(&f.agents, "agents", "PETRARCH or TABARI agent dictionary to load (repeatable)")
	fs.Var(&f.discards, "discards", "discard list to load (repeatable)")
	fs.Var(&f.options, "options", "TABARI .options file (repeatable; read and checked, not yet applied)")
	fs.BoolVar(&f.noBuiltin, "no-builtin", false, "use only the dictionaries given, not the built-in lexicons")
}

// any reports whether any foreign dictionary was given.
func (f *dictFlags) any() bool {
	return len(f.verbs)+len(f.actors)+len(f.agents)+len(f.discards) > 0
}

// load reads every dictionary named by the flags.
func (f *dictFlags) load() (*petrarch.Dict, error) {
	var d petrarch.Dict
	for _, set := range []struct {
		files listFlag
		kind  petrarch.Kind
	}{
		{f.verbs, petrarch.KindVerbs}, {f.actors, petrarch.KindActors},
		{f.agents, petrarch.KindAgents}, {f.discards, petrarch.KindDiscards},
	} {
		for _, p := range set.files {
			if err := d.LoadFile(p, set.kind); err != nil {
				return nil, err
			}
		}
	}
	return &d, nil
}

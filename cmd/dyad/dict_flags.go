package main

import (
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/coder"
	"github.com/dyad-events/dyad/internal/petrarch"
	"github.com/dyad-events/dyad/internal/surface"
	"github.com/dyad-events/dyad/internal/tabari"
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

// apply adds the surface coder for the loaded dictionaries to chain: after
// the built-in coder (both code, events are merged), or in its place with
// --no-builtin. Without foreign dictionaries chain is returned unchanged.
func (f *dictFlags) apply(chain dyad.Chain) (dyad.Chain, error) {
	if err := f.checkOptions(); err != nil {
		return nil, err
	}
	if !f.any() {
		return chain, nil
	}
	if len(f.verbs) == 0 {
		if len(f.agents)+len(f.discards) > 0 {
			return nil, fmt.Errorf("%w: --agents and --discards need --verbs (only --actors merges into the built-in lexicon)", errUsage)
		}
		return chain, nil // --actors alone: merged into the actor lexicon by pipeline()
	}
	d, err := f.load()
	if err != nil {
		return nil, err
	}
	sc := surface.New(d)
	if !f.noBuiltin {
		return append(chain, sc), nil
	}
	out := make(dyad.Chain, 0, len(chain))
	for _, st := range chain {
		if _, builtin := st.(*coder.Coder); builtin {
			st = sc
		}
		out = append(out, st)
	}
	return out, nil
}

// checkOptions reads each --options file so that mistakes are reported;
// TABARI options are not applied yet.
func (f *dictFlags) checkOptions() error {
	for _, p := range f.options {
		fh, err := os.Open(p)
		if err != nil {
			return err
		}
		_, err = tabari.ReadOptions(fh, p)
		fh.Close()
		if err != nil {
			return err
		}
	}
	return nil
}

// pipeline builds the coding pipeline with the dictionaries the flags name:
// --actors merged into the actor lexicon, --verbs (with --agents and
// --discards) as the surface coder. Every command that codes uses it.
func (f *dictFlags) pipeline(cfg Config) (dyad.Chain, error) {
	peer, err := f.actorFiles()
	if err != nil {
		return nil, err
	}
	cfg.Actors, cfg.OnlyActors = peer, f.noBuiltin
	chain, err := pipeline(cfg)
	if err != nil {
		return nil, err
	}
	return f.apply(chain)
}

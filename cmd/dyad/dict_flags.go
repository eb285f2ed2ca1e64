package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/actors"
	"github.com/dyad-events/dyad/internal/coder"
	"github.com/dyad-events/dyad/internal/petrarch"
	"github.com/dyad-events/dyad/internal/surface"
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
	// warn receives notes on what the files hold that dyad does not use:
	// the command's standard error.
	warn io.Writer
}

func (f *dictFlags) register(fs *flag.FlagSet) {
	fs.Var(&f.verbs, "verbs", "PETRARCH or TABARI verb dictionary: adds the surface coder (repeatable)")
	fs.Var(&f.actors, "actors", "PETRARCH or TABARI actor dictionary, merged into the actor lexicon (repeatable)")
	fs.Var(&f.agents, "agents", "PETRARCH or TABARI agent dictionary, merged into the lexicon's agents (repeatable)")
	fs.Var(&f.discards, "discards", "discard list: a sentence holding a phrase is not coded, nor a story holding a '+' phrase (repeatable)")
	fs.Var(&f.options, "options", "TABARI .options (or .project) file: DEFAULT (source/target codes for a missing side) and COMPLEX (VERBS/ACTORS/CONJ limits, NOACTPRIOR) are applied; LABEL, OUTPUT, FORWARD, SET and the rest are named on stderr and ignored (repeatable)")
	fs.BoolVar(&f.noBuiltin, "no-builtin", false, "use only the dictionaries given: lexicon from --actors/--agents; with --verbs, the surface coder instead of the built-in one")
	f.warn = fs.Output()
}

// note writes a line about the dictionaries to the command's stderr.
func (f *dictFlags) note(format string, args ...any) {
	if f.warn != nil {
		fmt.Fprintf(f.warn, "dyad: "+format+"\n", args...)
	}
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

// apply adds the surface coder for --verbs to chain: after the built-in
// coder (both code, events are merged), or in its place with --no-builtin;
// it takes the built-in coder's defaults, and its events go through the
// same filters. Without --verbs chain is returned unchanged: the other
// dictionaries are in the lexicon and the built-in coder's cfg.
func (f *dictFlags) apply(chain dyad.Chain, cfg coder.Config) (dyad.Chain, error) {
	if len(f.verbs) == 0 {
		return chain, nil
	}
	d, err := f.load()
	if err != nil {
		return nil, err
	}
	var sc dyad.Stage = surface.New(d).WithDefaults(cfg.DefaultSource, cfg.DefaultTarget)
	if len(cfg.Filters) > 0 {
		sc = dyad.Chain{sc, coder.DropVetoed(cfg.Filters)}
	}
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

// pipeline builds the coding pipeline with the dictionaries the flags name:
// --actors and --agents merged into the actor lexicon, --discards and
// --options as the built-in coder's filters and defaults, --verbs as the
// surface coder. Every command that codes uses it.
func (f *dictFlags) pipeline(cfg Config) (dyad.Chain, error) {
	o, err := f.readOptions()
	if err != nil {
		return nil, err
	}
	f.noteOptions(o)
	files, _, err := f.lexiconFiles()
	if err != nil {
		return nil, err
	}
	cfg.Actors, cfg.OnlyActors = files, f.noBuiltin
	if err := f.configureCoder(&cfg.Coder, o); err != nil {
		return nil, err
	}
	chain, err := pipeline(cfg)
	if err != nil {
		return nil, err
	}
	return f.apply(chain, cfg.Coder)
}

// configureCoder gives the built-in coder the discard lists and options.
func (f *dictFlags) configureCoder(c *coder.Config, o tabariOptions) error {
	c.DefaultSource, c.DefaultTarget = o.source, o.target
	if o.complex.Active() {
		c.Filters = append(c.Filters, complexFilter{limits: o.complex, source: o.complexAt})
	}
	var d petrarch.Dict
	for _, p := range f.discards {
		if err := d.LoadFile(p, petrarch.KindDiscards); err != nil {
			return err
		}
	}
	if df := newDiscardFilter(d.Discards); df != nil {
		c.Filters = append(c.Filters, df)
	}
	return nil
}

func (f *dictFlags) noteOptions(o tabariOptions) {
	for _, n := range o.notes {
		f.note("--options %s", n)
	}
	if n := o.ignoredNote(); n != "" {
		f.note("--options: %s", n)
	}
}

// lexiconFiles converts --actors and --agents into dyad data files for
// the actor lexicon, saying on stderr what could not be converted. Nil
// when neither was given.
func (f *dictFlags) lexiconFiles() ([]actors.File, agentCounts, error) {
	if len(f.actors)+len(f.agents) == 0 {
		return nil, agentCounts{}, nil
	}
	var builtin *actors.Lexicon
	if !f.noBuiltin {
		var err error
		if builtin, err = actors.Default(); err != nil {
			return nil, agentCounts{}, err
		}
	}
	files, err := f.actorFiles(builtin)
	if err != nil {
		return nil, agentCounts{}, err
	}
	ag, n, err := f.agentFile(builtin)
	if err != nil || ag == nil {
		return files, n, err
	}
	if n.Prefix+n.NoCode > 0 {
		f.note("--agents: %d entries not loaded: %d with a code that goes before the actor's ([NGO~]: dyad writes country+sector), %d without a code", n.Prefix+n.NoCode, n.Prefix, n.NoCode)
	}
	return append(files, *ag), n, nil
}

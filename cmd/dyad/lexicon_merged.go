package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/dyad-events/dyad/internal/actors"
	"github.com/dyad-events/dyad/internal/petrarch"
)

// writeMerged reports, for `dyad lexicon stats`, what the dictionary flags
// added: converted actor and agent entries, names the built-in lexicon
// kept, discard phrases by scope, and the options applied and ignored.
func (f *dictFlags) writeMerged(w io.Writer, lx *actors.Lexicon, ag agentCounts) error {
	if len(f.actors) > 0 {
		fmt.Fprintf(w, "merged\tactors\t%d\n", peerEntries(lx, "peer-people.txt", "peer-orgs.txt"))
	}
	if len(f.agents) > 0 {
		fmt.Fprintf(w, "merged\tagents\t%d\tnames\t%d\tbuiltin-kept\t%d\tnot-loaded\t%d\n", ag.Entries, ag.Names, ag.Known, ag.Prefix+ag.NoCode)
	}
	if len(f.discards) > 0 {
		var d petrarch.Dict
		for _, p := range f.discards {
			if err := d.LoadFile(p, petrarch.KindDiscards); err != nil {
				return err
			}
		}
		story := 0
		for _, x := range d.Discards {
			if x.Story {
				story++
			}
		}
		fmt.Fprintf(w, "merged\tdiscards\t%d\tsentence\t%d\tstory\t%d\n", len(d.Discards), len(d.Discards)-story, story)
	}
	if len(f.options) > 0 {
		o, err := f.readOptions()
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "options\tapplied\t%s\n", o.applied())
		if n := o.ignoredNote(); n != "" {
			fmt.Fprintf(w, "options\tignored\t%s\n", strings.TrimPrefix(n, "read but ignored (no dyad equivalent): "))
		}
	}
	return nil
}

// peerEntries counts the lexicon's entries read from the named files.
func peerEntries(lx *actors.Lexicon, files ...string) int {
	n := 0
	for _, e := range lx.Entries {
		for _, f := range files {
			if e.File == f {
				n++
			}
		}
	}
	return n
}

// applied says which options are in force, "none" when none.
func (o tabariOptions) applied() string {
	var parts []string
	if o.source != "" || o.target != "" {
		parts = append(parts, fmt.Sprintf("DEFAULT source %q target %q", o.source, o.target))
	}
	if c := o.complex; c.Active() {
		parts = append(parts, fmt.Sprintf("COMPLEX verbs>%d actors>%d conj>%d noactprior=%v (0: no limit)", c.Verbs, c.Actors, c.Conj, c.NoActPrior))
	}
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, "; ")
}

package main

import (
	"github.com/dyad-events/dyad/internal/actors"

	"fmt"
	"runtime"
	"sort"
	"time"
)

func lexiconStats(m *Main, args []string) error {
	fs := m.flagSet("lexicon stats", "lexicon stats [--lexicon PATH] [--actors FILE]... [--agents FILE]... [--discards FILE]... [--options FILE]... [--no-builtin]")
	path := fs.String("lexicon", "", "data files or directories, comma separated (default built-in)")
	var df dictFlags
	df.register(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if len(df.actors)+len(df.agents) > 0 && *path != "" {
		return fmt.Errorf("%w: give --lexicon or --actors/--agents, not both", errUsage)
	}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	lx, err := loadLexicon(*path)
	var agents agentCounts
	if len(df.actors)+len(df.agents) > 0 {
		var files []actors.File
		if files, agents, err = df.lexiconFiles(); err == nil {
			lx, err = loadActors(Config{Actors: files, OnlyActors: df.noBuiltin})
		}
	}
	took := time.Since(start)
	if err != nil {
		return err
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	st := lx.Stats()
	runtime.KeepAlive(lx)
	w := m.Stdout
	for _, f := range lx.Files {
		fmt.Fprintf(w, "file\t%s\n", f)
	}
	kinds := make([]string, 0, len(st.Entries))
	for k := range st.Entries {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		fmt.Fprintf(w, "entries\t%s\t%d\tnames\t%d\n", k, st.Entries[k], st.NamesByKind[k])
	}
	fmt.Fprintf(w, "countries\t%d\nroles\t%d\nnames\t%d\n", st.Countries, st.Roles, st.Names)
	if err := df.writeMerged(w, lx, agents); err != nil {
		return err
	}
	fmt.Fprintf(w, "load\t%s\nheap\t%.1f MiB\n", took.Round(time.Microsecond), float64(after.HeapAlloc-min(before.HeapAlloc, after.HeapAlloc))/(1<<20))
	return nil
}

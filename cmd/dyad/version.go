package main

import (
	"context"
	"fmt"
	"runtime/debug"
)

func cmdVersion(ctx context.Context, m *Main, args []string) error {
	fs := m.flagSet("version", "version")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	v := "(devel)"
	if bi, ok := debug.ReadBuildInfo(); ok {
		v = bi.Main.Version
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" {
				v += " " + s.Value
			}
		}
	}
	fmt.Fprintf(m.Stdout, "dyad %s\n", v)
	return nil
}

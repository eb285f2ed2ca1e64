package main

import (
	"context"
	"fmt"

	"github.com/dyad-events/dyad/internal/shared"
	"github.com/dyad-events/dyad/internal/when"
)

// evalTime scores temporal expressions on TempEval-3 platinum.
func evalTime(ctx context.Context, m *Main, args []string) error {
	fs := m.flagSet("eval time", "eval time [--dir DIR]")
	dir := fs.String("dir", "", "directory of TimeML .tml files (default: ../shared TempEval-3 platinum)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *dir == "" {
		p, err := shared.Path("data", "time", "tempeval3-platinum", "data", "TempEval3", "Evaluation", "te3-platinum")
		if err != nil {
			return err
		}
		*dir = p
	}
	f, err := when.New()
	if err != nil {
		return err
	}
	r, err := f.EvalTimeML(*dir)
	if err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "TimeML DATE expressions: %d documents, %d gold, %d predicted\n", r.Docs, r.Gold, r.Predicted)
	fmt.Fprintf(m.Stdout, "extent F1 strict %.3f  relaxed %.3f\nvalue accuracy on matched %.3f\n", r.StrictF1(), r.RelaxedF1(), r.ValueAccuracy())
	for _, e := range r.Errors {
		fmt.Fprintln(m.Stderr, e)
	}
	return nil
}

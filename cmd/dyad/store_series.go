package main

import (
	"context"
	"encoding/csv"
	"fmt"
	"strconv"

	"github.com/dyad-events/dyad/internal/store"
)

func cmdSeries(ctx context.Context, m *Main, args []string) error {
	fs := m.flagSet("series", "series --dyad SOURCE:TARGET [flags]\n\nCount the events from SOURCE to TARGET per week or month, as CSV.\nOnly asserted and reported events count.")
	db := dbFlag(fs)
	dyadArg := fs.String("dyad", "", "SOURCE:TARGET code prefixes, like USA:MEX (required)")
	interval := fs.String("interval", "week", "bucket width: week (ISO, from Monday) or month")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	src, tgt, err := store.ParseDyad(*dyadArg)
	if err != nil {
		return fmt.Errorf("%w: --dyad: %v", errUsage, err)
	}
	iv := store.Interval(*interval)
	if iv != store.Week && iv != store.Month {
		return fmt.Errorf("%w: --interval %q: want week or month", errUsage, *interval)
	}
	s, err := openExisting(ctx, *db)
	if err != nil {
		return err
	}
	defer s.Close()
	bs, err := s.Series(ctx, src, tgt, iv)
	if err != nil {
		return err
	}
	return writeSeries(m, bs)
}

func writeSeries(m *Main, bs []store.Bucket) error {
	w := csv.NewWriter(m.Stdout)
	w.Write([]string{"start", "events", "quad1", "quad2", "quad3", "quad4", "goldstein_sum", "goldstein_mean"})
	for _, b := range bs {
		row := []string{b.Start, strconv.Itoa(b.Events)}
		for _, q := range b.Quad {
			row = append(row, strconv.Itoa(q))
		}
		row = append(row, ftoa(b.GoldsteinSum), ftoa(b.GoldsteinMean))
		w.Write(row)
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return fmt.Errorf("series: %w", err)
	}
	return nil
}

func ftoa(f float64) string { return strconv.FormatFloat(f, 'f', 4, 64) }

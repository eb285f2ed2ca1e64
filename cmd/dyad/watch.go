package main

import (
	"context"
	"time"

	"github.com/dyad-events/dyad/internal/read"
)

func cmdWatch(ctx context.Context, m *Main, args []string) error {
	var qf queueFlags
	var cf codeFlags
	fs := m.flagSet("watch", "watch [flags] FEED-URL...\n\nPolls RSS/Atom feeds and submits items not submitted before.")
	qf.register(fs)
	every := fs.Duration("every", 15*time.Minute, "time between polls")
	fs.StringVar(&cf.source, "source", "", "source name for items that lack one")
	meta, q, err := openSubmitter(ctx, fs, args, "FEED-URL", &qf, &cf)
	if err != nil {
		return err
	}
	defer q.Close()
	seen, err := q.Seen(ctx)
	if err != nil {
		return err
	}
	log := m.logger()
	rd := read.New(read.Config{}, m.Stdin)
	t := time.NewTicker(*every)
	defer t.Stop()
	for {
		for _, feed := range fs.Args() {
			var c submitCount
			// One bad feed must not stop the others: log it and poll again later.
			if err := submitAll(ctx, q, rd, []string{feed}, meta, seen, &c); err != nil && ctx.Err() == nil {
				log.Warn("poll failed", "feed", feed, "err", err)
			}
			log.Info("polled", "feed", feed, "new", c.queued, "seen", c.dup)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

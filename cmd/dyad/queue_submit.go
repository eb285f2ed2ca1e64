package main

import (
	"context"
	"flag"
	"fmt"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/queue"
	"github.com/dyad-events/dyad/internal/read"
)

func cmdQueueSubmit(ctx context.Context, m *Main, args []string) error {
	var qf queueFlags
	var cf codeFlags
	fs := m.flagSet("queue submit", "queue submit [flags] PATH|URL...\n\nPATH is a file, a directory (read recursively), a URL or feed URL, or - for standard input.")
	qf.register(fs)
	fs.StringVar(&cf.date, "date", "", "publication date (YYYY-MM-DD or RFC 3339) for items that lack one")
	fs.StringVar(&cf.source, "source", "", "source name for items that lack one")
	fs.IntVar(&cf.maxMB, "max-item-mb", 32, "largest item read, in MiB")
	fs.BoolVar(&cf.quiet, "quiet", false, "no summary")
	meta, q, err := openSubmitter(ctx, fs, args, "PATH", &qf, &cf)
	if err != nil {
		return err
	}
	defer q.Close()
	rd := read.New(read.Config{MaxItemBytes: int64(cf.maxMB) << 20}, m.Stdin)
	var c submitCount
	err = submitAll(ctx, q, rd, fs.Args(), meta, nil, &c)
	if !cf.quiet {
		fmt.Fprintln(m.Stderr, c.String())
	}
	return err
}

// openSubmitter parses the flags of a command that submits its arguments
// (submit, watch), requiring at least one, and opens the queue.
func openSubmitter(ctx context.Context, fs *flag.FlagSet, args []string, what string, qf *queueFlags, cf *codeFlags) (defaults, *queue.Queue, error) {
	if err := parseFlags(fs, args); err != nil {
		return defaults{}, nil, err
	}
	if fs.NArg() == 0 {
		return defaults{}, nil, fmt.Errorf("%w: no %s given", errUsage, what)
	}
	meta, err := cf.defaults()
	if err != nil {
		return defaults{}, nil, err
	}
	q, err := qf.open(ctx)
	return meta, q, err
}

// submitCount tallies what submit did.
type submitCount struct{ queued, dup, rejected int }

func (c *submitCount) String() string {
	return fmt.Sprintf("dyad: queued %d, duplicate %d, rejected %d", c.queued, c.dup, c.rejected)
}

// submitAll reads every input and submits each document; when seen is set
// only documents it has not seen before are submitted.
func submitAll(ctx context.Context, q *queue.Queue, rd *read.Reader, inputs []string, meta defaults, seen *queue.Seen, c *submitCount) error {
	n := 0
	for _, in := range inputs {
		err := rd.Read(ctx, in, func(d *dyad.Document) error {
			meta.apply(d, n)
			n++
			return submitOne(ctx, q, d, seen, c)
		})
		if err != nil {
			return fmt.Errorf("submit %s: %w", in, err)
		}
	}
	return nil
}

func submitOne(ctx context.Context, q *queue.Queue, d *dyad.Document, seen *queue.Seen, c *submitCount) error {
	if seen != nil {
		first, err := seen.First(ctx, queue.Key(d))
		if err != nil || !first {
			c.dup++
			return err
		}
	}
	out, err := q.Submit(ctx, d)
	switch out {
	case queue.Duplicate:
		c.dup++
	case queue.Rejected:
		c.rejected++ // `dyad queue dead` lists it with the reason
	default:
		c.queued++
	}
	return err
}

package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"runtime"
	"sort"
	"strings"
	"time"

	"github.com/dyad-events/dyad"
)

// codeFlags are the flags of `dyad code`.
type codeFlags struct {
	format  string
	docs    bool
	date    string
	source  string
	id      string
	quiet   bool
	workers int
	maxMB   int
	// fetchTimeout and maxFetchMB bound each URL given as a PATH.
	fetchTimeout time.Duration
	maxFetchMB   int
}

func cmdCode(ctx context.Context, m *Main, args []string) error {
	var f codeFlags
	fs := m.flagSet("code", "code [flags] PATH...\n\nPATH is a file, a directory (read recursively), a URL, or - for standard input.")
	fs.StringVar(&f.format, "format", "jsonl", "output format: jsonl")
	fs.BoolVar(&f.docs, "docs", false, "write one object per document instead of one per event")
	f.registerBatch(fs)
	fs.DurationVar(&f.fetchTimeout, "fetch-timeout", 30*time.Second, "longest wait for one URL, body included")
	fs.IntVar(&f.maxFetchMB, "max-fetch-mb", 64, "most read from one URL, in MiB")
	var df dictFlags
	df.register(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return fmt.Errorf("%w: no PATH given (use - for standard input)", errUsage)
	}
	if f.maxMB <= 0 || f.maxFetchMB <= 0 || f.fetchTimeout <= 0 {
		return fmt.Errorf("%w: --max-item-mb, --max-fetch-mb and --fetch-timeout must be positive", errUsage)
	}
	if f.format != "jsonl" {
		return fmt.Errorf("%w: unknown --format %q (want jsonl)", errUsage, f.format)
	}
	meta, err := f.defaults()
	if err != nil {
		return err
	}
	chain, err := df.pipeline(Config{Workers: f.workers})
	if err != nil {
		return err
	}
	return m.runBatch(ctx, fs.Args(), f, meta, chain)
}

// registerBatch adds the flags every batch-coding command shares: metadata
// for items that lack it, progress, parallelism and the item size limit.
func (f *codeFlags) registerBatch(fs *flag.FlagSet) {
	fs.StringVar(&f.date, "date", "", "publication date (YYYY-MM-DD or RFC 3339) for items that lack one")
	fs.StringVar(&f.source, "source", "", "source name for items that lack one")
	fs.StringVar(&f.id, "id", "", "document id for items that lack one (a single input), or a prefix for several")
	fs.BoolVar(&f.quiet, "quiet", false, "no progress bar and no summary")
	fs.IntVar(&f.workers, "workers", runtime.GOMAXPROCS(0), "documents processed at once")
	fs.IntVar(&f.maxMB, "max-item-mb", 32, "largest item read, in MiB; bigger items are reported as oversize")
}

// defaults is the metadata given by flags for items that lack it.
type defaults struct {
	date   time.Time
	source string
	id     string
}

func (f codeFlags) defaults() (defaults, error) {
	d := defaults{source: f.source, id: f.id}
	if f.date != "" {
		t, err := parseDate(f.date)
		if err != nil {
			return d, fmt.Errorf("%w: --date: %v", errUsage, err)
		}
		d.date = t
	}
	return d, nil
}

func parseDate(s string) (time.Time, error) {
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("cannot parse %q as YYYY-MM-DD or RFC 3339", s)
}

// apply fills what doc lacks from the flags; n is the document's ordinal.
func (d defaults) apply(doc *dyad.Document, n int) {
	if doc.Date.IsZero() {
		doc.Date = d.date
	}
	if doc.Source == "" {
		doc.Source = d.source
	}
	if doc.ID == "" {
		doc.ID = d.makeID(doc, n)
	}
}

func (d defaults) makeID(doc *dyad.Document, n int) string {
	switch {
	case d.id != "" && n == 0:
		return d.id
	case d.id != "":
		return fmt.Sprintf("%s-%d", d.id, n)
	}
	return contentID(doc)
}

// summary counts what a batch read.
type summary struct {
	read, failed int
	reasons      map[string]int
}

func (s *summary) add(d *dyad.Document) {
	s.read++
	if !d.Failed() {
		return
	}
	s.failed++
	for _, e := range d.Errors {
		if e.Fatal {
			s.reasons[e.Reason]++
			break
		}
	}
}

func (s *summary) String() string {
	keys := make([]string, 0, len(s.reasons))
	for k := range s.reasons {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%s %d", k, s.reasons[k]))
	}
	out := fmt.Sprintf("dyad: read %d, failed %d", s.read, s.failed)
	if len(parts) > 0 {
		out += " (" + strings.Join(parts, ", ") + ")"
	}
	return out
}

// writer writes documents or their events as JSON lines.
type writer struct {
	enc  *json.Encoder
	docs bool
}

func newWriter(w io.Writer, docs bool) *writer {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return &writer{enc: enc, docs: docs}
}

func (w *writer) write(d *dyad.Document) error {
	if w.docs {
		return w.enc.Encode(d)
	}
	for i := range d.Events {
		if err := w.enc.Encode(&d.Events[i]); err != nil {
			return err
		}
	}
	return nil
}

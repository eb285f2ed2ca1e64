package export

import (
	"fmt"
	"io"
	"sort"

	"github.com/dyad-events/dyad/internal/store"
)

// Writer writes events in one format. Close flushes what is buffered;
// it does not close the underlying io.Writer.
type Writer interface {
	Write(e *store.Event) error
	Close() error
}

// makers build a Writer for each format name.
var makers = map[string]func(io.Writer) Writer{
	"csv":     func(w io.Writer) Writer { return newDelimited(w, ',', true) },
	"tsv":     func(w io.Writer) Writer { return newDelimited(w, '\t', true) },
	"jsonl":   newJSONL,
	"gdelt":   newGDELT,
	"plover":  newPLOVER,
	"parquet": newParquet,
}

// Formats lists the format names New accepts.
func Formats() []string {
	out := make([]string, 0, len(makers))
	for k := range makers {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// New returns a Writer of the named format writing to w.
func New(w io.Writer, format string) (Writer, error) {
	mk, ok := makers[format]
	if !ok {
		return nil, fmt.Errorf("export: unknown format %q (want one of %v)", format, Formats())
	}
	return mk(w), nil
}

package export

import (
	"bufio"
	"encoding/csv"
	"io"
	"strconv"

	"github.com/dyad-events/dyad/internal/store"
)

// column is one field of the csv and tsv formats.
type column struct {
	name string
	get  func(e *store.Event) string
}

func itoa(n int) string     { return strconv.Itoa(n) }
func ftoa(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
func placeOf(e *store.Event) (name, country, lat, lon string) {
	if e.Place == nil {
		return "", "", "", ""
	}
	return e.Place.Name, e.Place.Country, ftoa(e.Place.Lat), ftoa(e.Place.Lon)
}

// columns are the csv and tsv fields, in order. Header names are the
// jsonl keys, flattened.
var columns = []column{
	{"id", func(e *store.Event) string { return strconv.FormatInt(e.ID, 10) }},
	{"date", func(e *store.Event) string { return e.Date }},
	{"date_precision", func(e *store.Event) string { return string(e.DatePrecision) }},
	{"source_code", func(e *store.Event) string { return e.Source.Code }},
	{"source_name", func(e *store.Event) string { return e.Source.Name }},
	{"source_country", func(e *store.Event) string { return e.Source.Country }},
	{"target_code", func(e *store.Event) string { return e.Target.Code }},
	{"target_name", func(e *store.Event) string { return e.Target.Name }},
	{"target_country", func(e *store.Event) string { return e.Target.Country }},
	{"cameo", func(e *store.Event) string { return e.CAMEO }},
	{"root", func(e *store.Event) string { return e.Root }},
	{"quad_class", func(e *store.Event) string { return itoa(e.QuadClass) }},
	{"goldstein", func(e *store.Event) string { return ftoa(e.Goldstein) }},
	{"plover_type", func(e *store.Event) string { return e.PLOVER.Type }},
	{"plover_mode", func(e *store.Event) string { return e.PLOVER.Mode }},
	{"modality", func(e *store.Event) string { return string(e.Modality) }},
	{"place", func(e *store.Event) string { n, _, _, _ := placeOf(e); return n }},
	{"place_country", func(e *store.Event) string { _, c, _, _ := placeOf(e); return c }},
	{"lat", func(e *store.Event) string { _, _, la, _ := placeOf(e); return la }},
	{"lon", func(e *store.Event) string { _, _, _, lo := placeOf(e); return lo }},
	{"num_mentions", func(e *store.Event) string { return itoa(e.NumMentions) }},
	{"num_sources", func(e *store.Event) string { return itoa(e.NumSources) }},
	{"num_articles", func(e *store.Event) string { return itoa(e.NumArticles) }},
	{"num_stories", func(e *store.Event) string { return itoa(e.NumStories) }},
	{"first_seen", func(e *store.Event) string { return e.FirstSeen }},
	{"last_seen", func(e *store.Event) string { return e.LastSeen }},
	{"url", func(e *store.Event) string { return e.URL }},
	{"text", func(e *store.Event) string { return e.Text }},
}

// delimited writes csv or tsv with a header row. TSV uses the same
// quoting as CSV, so a tab or newline inside a sentence survives.
type delimited struct {
	bw     *bufio.Writer
	cw     *csv.Writer
	header bool
	row    []string
}

func newDelimited(w io.Writer, comma rune, header bool) *delimited {
	bw := bufio.NewWriterSize(w, 1<<16)
	cw := csv.NewWriter(bw)
	cw.Comma = comma
	return &delimited{bw: bw, cw: cw, header: header, row: make([]string, len(columns))}
}

// writeHeader writes the header row once, even when no event follows.
func (d *delimited) writeHeader() error {
	if !d.header {
		return nil
	}
	d.header = false
	for i, c := range columns {
		d.row[i] = c.name
	}
	return d.cw.Write(d.row)
}

func (d *delimited) Write(e *store.Event) error {
	if err := d.writeHeader(); err != nil {
		return err
	}
	for i, c := range columns {
		d.row[i] = c.get(e)
	}
	return d.cw.Write(d.row)
}

func (d *delimited) Close() error {
	if err := d.writeHeader(); err != nil {
		return err
	}
	d.cw.Flush()
	if err := d.cw.Error(); err != nil {
		return err
	}
	return d.bw.Flush()
}

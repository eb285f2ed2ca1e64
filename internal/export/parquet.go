package export

import (
	"io"

	"github.com/parquet-go/parquet-go"

	"github.com/dyad-events/dyad/internal/store"
)

// parquetRow is one event as a Parquet row: the csv columns with their
// natural types. CAMEO codes are strings, so "041" stays "041".
type parquetRow struct {
	ID            int64   `parquet:"id"`
	Date          string  `parquet:"date"`
	DatePrecision string  `parquet:"date_precision"`
	SourceCode    string  `parquet:"source_code"`
	SourceName    string  `parquet:"source_name"`
	SourceCountry string  `parquet:"source_country"`
	TargetCode    string  `parquet:"target_code"`
	TargetName    string  `parquet:"target_name"`
	TargetCountry string  `parquet:"target_country"`
	CAMEO         string  `parquet:"cameo"`
	Root          string  `parquet:"root"`
	QuadClass     int32   `parquet:"quad_class"`
	Goldstein     float64 `parquet:"goldstein"`
	PLOVERType    string  `parquet:"plover_type"`
	PLOVERMode    string  `parquet:"plover_mode"`
	Modality      string  `parquet:"modality"`
	Place         string  `parquet:"place"`
	PlaceCountry  string  `parquet:"place_country"`
	Lat           float64 `parquet:"lat"`
	Lon           float64 `parquet:"lon"`
	NumMentions   int32   `parquet:"num_mentions"`
	NumSources    int32   `parquet:"num_sources"`
	NumArticles   int32   `parquet:"num_articles"`
	NumStories    int32   `parquet:"num_stories"`
	FirstSeen     string  `parquet:"first_seen"`
	LastSeen      string  `parquet:"last_seen"`
	URL           string  `parquet:"url"`
	Text          string  `parquet:"text"`
}

// parquetBatch is how many rows are buffered before a write.
const parquetBatch = 4096

type parquetWriter struct {
	w   *parquet.GenericWriter[parquetRow]
	buf []parquetRow
}

func newParquet(w io.Writer) Writer {
	return &parquetWriter{w: parquet.NewGenericWriter[parquetRow](w)}
}

func toRow(e *store.Event) parquetRow {
	r := parquetRow{
		ID: e.ID, Date: e.Date, DatePrecision: string(e.DatePrecision), SourceCode: e.Source.Code,
		SourceName: e.Source.Name, SourceCountry: e.Source.Country, TargetCode: e.Target.Code,
		TargetName: e.Target.Name, TargetCountry: e.Target.Country, CAMEO: e.CAMEO, Root: e.Root,
		QuadClass: int32(e.QuadClass), Goldstein: e.Goldstein, PLOVERType: e.PLOVER.Type,
		PLOVERMode: e.PLOVER.Mode, Modality: string(e.Modality), NumMentions: int32(e.NumMentions),
		NumSources: int32(e.NumSources), NumArticles: int32(e.NumArticles), NumStories: int32(e.NumStories),
		FirstSeen: e.FirstSeen, LastSeen: e.LastSeen, URL: e.URL, Text: e.Text,
	}
	if p := e.Place; p != nil {
		r.Place, r.PlaceCountry, r.Lat, r.Lon = p.Name, p.Country, p.Lat, p.Lon
	}
	return r
}

func (p *parquetWriter) Write(e *store.Event) error {
	p.buf = append(p.buf, toRow(e))
	if len(p.buf) < parquetBatch {
		return nil
	}
	return p.flush()
}

func (p *parquetWriter) flush() error {
	_, err := p.w.Write(p.buf)
	p.buf = p.buf[:0]
	return err
}

func (p *parquetWriter) Close() error {
	if err := p.flush(); err != nil {
		return err
	}
	return p.w.Close()
}

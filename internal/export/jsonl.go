package export

import (
	"bufio"
	"encoding/json"
	"io"

	"github.com/dyad-events/dyad/internal/store"
)

// jsonl writes each event as store.Event's JSON, one per line.
type jsonl struct {
	bw  *bufio.Writer
	enc *json.Encoder
}

func newJSONL(w io.Writer) Writer {
	bw := bufio.NewWriterSize(w, 1<<16)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	return &jsonl{bw: bw, enc: enc}
}

func (j *jsonl) Write(e *store.Event) error { return j.enc.Encode(e) }
func (j *jsonl) Close() error               { return j.bw.Flush() }

// ploverActor is PLOVER's actor and recipient object.
type ploverActor struct {
	EntityName  string `json:"entity_name"`
	Code        string `json:"code"`
	CountryCode string `json:"country_code,omitempty"`
	SectorCode  string `json:"sector_code,omitempty"`
}

type ploverLocation struct {
	Name    string  `json:"name"`
	Country string  `json:"country_code,omitempty"`
	Lat     float64 `json:"lat"`
	Lon     float64 `json:"lon"`
}

// ploverEvent is one event in PLOVER's vocabulary: actor, recipient,
// event_type, mode, context.
type ploverEvent struct {
	ID          int64           `json:"id"`
	Date        string          `json:"date"`
	Precision   string          `json:"date_precision,omitempty"`
	EventType   string          `json:"event_type"`
	Mode        string          `json:"mode"`
	Context     []string        `json:"context"`
	Actor       ploverActor     `json:"actor"`
	Recipient   ploverActor     `json:"recipient"`
	Location    *ploverLocation `json:"location,omitempty"`
	Modality    string          `json:"modality"`
	CAMEO       string          `json:"cameo"`
	Goldstein   float64         `json:"goldstein"`
	QuadClass   int             `json:"quad_class"`
	NumMentions int             `json:"num_mentions"`
	NumSources  int             `json:"num_sources"`
	NumArticles int             `json:"num_articles"`
	URL         string          `json:"source_url,omitempty"`
	Text        string          `json:"text,omitempty"`
}

type plover struct{ j *jsonl }

func newPLOVER(w io.Writer) Writer { return &plover{newJSONL(w).(*jsonl)} }

func (p *plover) Write(e *store.Event) error {
	out := ploverEvent{
		ID: e.ID, Date: e.Date, Precision: string(e.DatePrecision), EventType: e.PLOVER.Type,
		Mode: e.PLOVER.Mode, Context: []string{}, Modality: string(e.Modality), CAMEO: e.CAMEO,
		Goldstein: e.Goldstein, QuadClass: e.QuadClass, NumMentions: e.NumMentions,
		NumSources: e.NumSources, NumArticles: e.NumArticles, URL: e.URL, Text: e.Text,
	}
	out.Actor = ploverActor{e.Source.Name, e.Source.Code, e.Source.Country, sectorOf(e.Source.Code, e.Source.Sector)}
	out.Recipient = ploverActor{e.Target.Name, e.Target.Code, e.Target.Country, sectorOf(e.Target.Code, e.Target.Sector)}
	if pl := e.Place; pl != nil {
		out.Location = &ploverLocation{pl.Name, pl.Country, pl.Lat, pl.Lon}
	}
	return p.j.enc.Encode(&out)
}

func (p *plover) Close() error { return p.j.Close() }

// sectorOf is the given sector, else the three letters after a country
// prefix in a CAMEO actor code ("USAGOV" → "GOV").
func sectorOf(code, sector string) string {
	if sector != "" || len(code) < 6 {
		return sector
	}
	return code[3:6]
}

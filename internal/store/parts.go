package store

import (
	"context"
	"fmt"
	"strings"

	"github.com/dyad-events/dyad"
)

// statements are what a write transaction runs, prepared once per
// transaction.
var statements = withMultiRow(map[string]string{
	"by_key":  `SELECT id FROM documents WHERE key = ?`,
	"by_hash": `SELECT id, dup_of FROM documents WHERE text_hash = ? ORDER BY id LIMIT 1`,
	"by_band": byBand(),
	// find_dated and find_undated list the events a mention may merge
	// into; the day_lo range is bounded so the index scan is too.
	"find_dated": `SELECT id, day_lo, day_hi, place_key FROM events
		WHERE source_code = ? AND target_code = ? AND root = ? AND factual = ? AND (factual = 1 OR modality = ?)
		AND day_lo BETWEEN ? AND ? AND day_hi >= ? ORDER BY id`,
	"find_undated": `SELECT id, day_lo, day_hi, place_key FROM events
		WHERE source_code = ? AND target_code = ? AND root = ? AND factual = ? AND (factual = 1 OR modality = ?)
		AND day_lo IS NULL ORDER BY id`,
	"span": `SELECT day_lo, day_hi FROM events WHERE id = ?`,
	"document": `INSERT INTO documents (key, doc_id, url, title, source, byline, site_name, date,
		lang, format, origin, meta, errors, text, text_hash, sketch, dup_of, ingested_at)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
	"band": `INSERT OR IGNORE INTO doc_bands (band, doc) VALUES (?,?)`,
	// fts indexes the documents a batch added: their ids are the largest,
	// as the batch holds the write lock.
	"fts":      `INSERT INTO documents_fts (rowid, title, text) SELECT id, title, text FROM documents WHERE id >= ?`,
	"block":    `INSERT INTO blocks (doc, idx, kind, start, end, place, source, reason, post) VALUES (?,?,?,?,?,?,?,?,?)`,
	"sentence": `INSERT INTO sentences (doc, idx, block, start, end, tokens) VALUES (?,?,?,?,?,?)`,
	"mention": `INSERT INTO mentions (doc, idx, sentence, start, end, text, kind, head, tok_start,
		tok_end, ref, actor_code, actor) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)`,
	"quote": `INSERT INTO quotes (doc, idx, start, end, speaker_code, quote) VALUES (?,?,?,?,?,?)`,
	"time":  `INSERT INTO times (doc, idx, text, start, end, value, type, precision, anchor) VALUES (?,?,?,?,?,?,?,?,?)`,
	"place": `INSERT INTO places (doc, idx, name, text, start, end, kind, country, admin1, lat, lon,
		gaz_id, certainty) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)`,
	"mention_event": `INSERT INTO event_mentions (event, doc, idx, event_id, sentence, date,
		date_precision, date_text, source_code, target_code, cameo, modality, quote, text, body)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
	"event": `INSERT INTO events (source_code, target_code, source_name, source_country,
		target_name, target_country, root, cameo, quad_class, goldstein, plover_type, plover_mode,
		modality, factual, date, date_precision, day, day_lo, day_hi, place_key, place, url, text,
		num_mentions, num_sources, num_articles, num_stories, first_seen, last_seen)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1,1,1,1,?,?)`,
	"narrow": `UPDATE events SET date = ?, date_precision = ?, day = ?, day_lo = ?, day_hi = ? WHERE id = ?`,
	"locate": `UPDATE events SET place_key = ?, place = ? WHERE id = ? AND place_key = ''`,
	// recount derives the counts from the mentions, so they cannot drift;
	// it runs once per merged event at the end of each batch.
	"recount": `UPDATE events SET
		num_mentions = (SELECT count(*) FROM event_mentions WHERE event = ?1),
		num_articles = (SELECT count(DISTINCT doc) FROM event_mentions WHERE event = ?1),
		num_sources = (SELECT count(DISTINCT coalesce(nullif(d.source, ''), 'doc:' || d.id))
			FROM event_mentions m JOIN documents d ON d.id = m.doc WHERE m.event = ?1),
		num_stories = (SELECT count(DISTINCT coalesce(d.dup_of, d.id))
			FROM event_mentions m JOIN documents d ON d.id = m.doc WHERE m.event = ?1),
		first_seen = (SELECT min(coalesce(nullif(d.date, ''), d.ingested_at))
			FROM event_mentions m JOIN documents d ON d.id = m.doc WHERE m.event = ?1),
		last_seen = (SELECT max(coalesce(nullif(d.date, ''), d.ingested_at))
			FROM event_mentions m JOIN documents d ON d.id = m.doc WHERE m.event = ?1)
		WHERE id = ?1`,
})

// byBand lists the documents sharing a band with a sketch, once per band
// they share. One equality seek per band, joined by UNION ALL, needs no
// temporary tables; "band IN (...)" built two per lookup, and most
// lookups find nothing.
func byBand() string {
	one := `SELECT d.id, d.sketch, d.dup_of FROM doc_bands b JOIN documents d ON d.id = b.doc WHERE b.band = ?`
	return one + strings.Repeat(" UNION ALL "+one, numBands-1)
}

// multiRow lists the statements that also get multi-row forms, "name*n"
// for n rows, built by repeating their VALUES tuple.
var multiRow = []string{"band", "block", "sentence", "mention", "quote", "time", "place"}

// withMultiRow adds the multi-row forms of the multiRow statements.
func withMultiRow(m map[string]string) map[string]string {
	for _, name := range multiRow {
		q := m[name]
		i := strings.LastIndex(q, "VALUES ")
		tuple := q[i+len("VALUES "):]
		for n := 2; n <= maxRows; n++ {
			m[fmt.Sprintf("%s*%d", name, n)] = q + strings.Repeat(","+tuple, n-1)
		}
	}
	return m
}

// insertParts stores what the pipeline found in a document.
func (w *writer) insertParts(ctx context.Context, id int64, d *dyad.Document) error {
	for _, part := range []func(context.Context, int64, *dyad.Document) error{
		w.blocks, w.sentences, w.mentions, w.quotes, w.times, w.places,
	} {
		if err := part(ctx, id, d); err != nil {
			return err
		}
	}
	return nil
}

func (w *writer) blocks(ctx context.Context, id int64, d *dyad.Document) error {
	args := make([]any, 0, 9*len(d.Blocks))
	for i, b := range d.Blocks {
		args = append(args, id, i, string(b.Kind), b.Start, b.End, b.Place, b.Source, b.Reason, jsonOrNull(b.Post))
	}
	return w.execRows(ctx, "block", 9, args)
}

func (w *writer) sentences(ctx context.Context, id int64, d *dyad.Document) error {
	args := make([]any, 0, 6*len(d.Sentences))
	for i, s := range d.Sentences {
		args = append(args, id, i, s.Block, s.Start, s.End, encodeTokens(d.Text, s.Tokens))
	}
	return w.execRows(ctx, "sentence", 6, args)
}

func (w *writer) mentions(ctx context.Context, id int64, d *dyad.Document) error {
	args := make([]any, 0, 13*len(d.Mentions))
	for i, m := range d.Mentions {
		code := ""
		if m.Actor != nil {
			code = m.Actor.Code
		}
		args = append(args, id, i, m.Sentence, m.Start, m.End, m.Text, string(m.Kind),
			m.Head, m.TokStart, m.TokEnd, m.Ref, code, jsonOrNull(m.Actor))
	}
	return w.execRows(ctx, "mention", 13, args)
}

func (w *writer) quotes(ctx context.Context, id int64, d *dyad.Document) error {
	var args []any
	for i, q := range d.Quotes {
		code := ""
		if q.Speaker != nil {
			code = q.Speaker.Code
		}
		args = append(args, id, i, q.Start, q.End, code, jsonText(q, "{}"))
	}
	return w.execRows(ctx, "quote", 6, args)
}

func (w *writer) times(ctx context.Context, id int64, d *dyad.Document) error {
	var args []any
	for i, t := range d.Times {
		args = append(args, id, i, t.Text, t.Start, t.End, t.Value, t.Type, string(t.Precision), t.Anchor)
	}
	return w.execRows(ctx, "time", 9, args)
}

func (w *writer) places(ctx context.Context, id int64, d *dyad.Document) error {
	var args []any
	for i, p := range d.Places {
		args = append(args, id, i, p.Name, p.Text, p.Start, p.End, p.Kind, p.Country,
			p.Admin1, p.Lat, p.Lon, p.GazID, p.Certainty)
	}
	return w.execRows(ctx, "place", 13, args)
}

package store

import (
	"fmt"
	"strings"
)

// statements are what a write transaction runs, each prepared once for
// the life of the database (DB.prepared).
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
	"fts":   `INSERT INTO documents_fts (rowid, title, text) SELECT id, title, text FROM documents WHERE id >= ?`,
	"parts": `INSERT INTO doc_parts (doc, parts, tokens) VALUES (?,?,?)`,
	"mention_event": `INSERT INTO event_mentions (event, doc, idx, event_id, sentence, date,
		date_precision, date_text, source_code, target_code, cameo, modality, quote, text, body)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
	"next_event": `SELECT coalesce(max(id), 0) + 1 FROM events`,
	"event": `INSERT INTO events (id, source_code, target_code, source_name, source_country,
		target_name, target_country, root, cameo, quad_class, goldstein, plover_type, plover_mode,
		modality, factual, date, date_precision, day, day_lo, day_hi, place_key, place, url, text,
		num_mentions, num_sources, num_articles, num_stories, first_seen, last_seen)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,1,1,1,1,?,?)`,
	"narrow": `UPDATE events SET date = ?, date_precision = ?, day = ?, day_lo = ?, day_hi = ? WHERE id = ?`,
	"locate": `UPDATE events SET place_key = ?, place = ? WHERE id = ? AND place_key = ''`,
	// recount derives the counts from the mentions, so they cannot drift;
	// it runs once per merged event at the end of each batch, in one pass
	// over the event's mentions.
	"recount": `UPDATE events SET num_mentions = a.n, num_articles = a.articles, num_sources = a.sources,
		num_stories = a.stories, first_seen = a.first, last_seen = a.last
		FROM (SELECT count(*) AS n, count(DISTINCT m.doc) AS articles,
			count(DISTINCT coalesce(nullif(d.source, ''), 'doc:' || d.id)) AS sources,
			count(DISTINCT coalesce(d.dup_of, d.id)) AS stories,
			min(coalesce(nullif(d.date, ''), d.ingested_at)) AS first,
			max(coalesce(nullif(d.date, ''), d.ingested_at)) AS last
			FROM event_mentions m JOIN documents d ON d.id = m.doc WHERE m.event = ?1) AS a
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
var multiRow = []string{"band", "mention_event"}

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

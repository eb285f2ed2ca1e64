package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/dyad-events/dyad"
)

// ErrNotFound is returned for an id that is not stored.
var ErrNotFound = errors.New("store: not found")

const eventCols = `e.id, e.date, e.date_precision, e.source_code, e.source_name, e.source_country,
	e.target_code, e.target_name, e.target_country, e.cameo, e.root, e.quad_class, e.goldstein,
	e.plover_type, e.plover_mode, e.modality, e.place, e.num_mentions, e.num_sources,
	e.num_articles, e.num_stories, e.first_seen, e.last_seen, e.url, e.text`

func scanEvent(sc interface{ Scan(...any) error }) (Event, error) {
	var e Event
	var place sql.NullString
	err := sc.Scan(&e.ID, &e.Date, &e.DatePrecision, &e.Source.Code, &e.Source.Name, &e.Source.Country,
		&e.Target.Code, &e.Target.Name, &e.Target.Country, &e.CAMEO, &e.Root, &e.QuadClass, &e.Goldstein,
		&e.PLOVER.Type, &e.PLOVER.Mode, &e.Modality, &place, &e.NumMentions, &e.NumSources,
		&e.NumArticles, &e.NumStories, &e.FirstSeen, &e.LastSeen, &e.URL, &e.Text)
	if err != nil {
		return e, err
	}
	if place.Valid {
		e.Place = new(dyad.Place)
		if err := json.Unmarshal([]byte(place.String), e.Place); err != nil {
			return e, err
		}
	}
	return e, nil
}

// Events returns one page of the events f selects, in f.Sort order.
func (s *DB) Events(ctx context.Context, f Filter) ([]Event, error) {
	var out []Event
	err := s.each(ctx, f, true, func(e Event) error { out = append(out, e); return nil })
	return out, err
}

// EachEvent calls fn for every event f selects, ignoring Limit and Offset,
// without holding them all in memory. It stops at fn's first error.
func (s *DB) EachEvent(ctx context.Context, f Filter, fn func(Event) error) error {
	return s.each(ctx, f, false, fn)
}

func (s *DB) each(ctx context.Context, f Filter, paged bool, fn func(Event) error) error {
	where, args, err := f.where()
	if err != nil {
		return err
	}
	q := "SELECT " + eventCols + " FROM events e" + where
	if paged {
		page, pargs, err := f.page()
		if err != nil {
			return err
		}
		q, args = q+page, append(args, pargs...)
	} else {
		q += " ORDER BY e.id"
	}
	rows, err := s.sql.QueryContext(ctx, q, args...)
	if err != nil {
		return fmt.Errorf("store: events: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		e, err := scanEvent(rows)
		if err != nil {
			return fmt.Errorf("store: events: %w", err)
		}
		if err := fn(e); err != nil {
			return err
		}
	}
	return rows.Err()
}

// Event returns one event with every mention and its evidence.
func (s *DB) Event(ctx context.Context, id int64) (Event, error) {
	e, err := scanEvent(s.sql.QueryRowContext(ctx, "SELECT "+eventCols+" FROM events e WHERE e.id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return e, fmt.Errorf("%w: event %d", ErrNotFound, id)
	}
	if err != nil {
		return e, fmt.Errorf("store: event %d: %w", id, err)
	}
	e.Mentions, err = s.mentionsOf(ctx, id)
	return e, err
}

func (s *DB) mentionsOf(ctx context.Context, id int64) ([]Mention, error) {
	rows, err := s.sql.QueryContext(ctx, `SELECT m.id, m.doc, d.url, d.source, d.title, d.dup_of, m.body
		FROM event_mentions m JOIN documents d ON d.id = m.doc WHERE m.event = ? ORDER BY m.id`, id)
	if err != nil {
		return nil, fmt.Errorf("store: mentions: %w", err)
	}
	defer rows.Close()
	var out []Mention
	for rows.Next() {
		var m Mention
		var dup sql.NullInt64
		var body string
		if err := rows.Scan(&m.ID, &m.Doc, &m.URL, &m.Publisher, &m.Title, &dup, &body); err != nil {
			return nil, fmt.Errorf("store: mentions: %w", err)
		}
		m.DupOf = dup.Int64
		if err := json.Unmarshal([]byte(body), &m.Event); err != nil {
			return nil, fmt.Errorf("store: mention %d: %w", m.ID, err)
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

// Actors lists every actor code named by an event, most frequent first.
func (s *DB) Actors(ctx context.Context) ([]ActorCount, error) {
	rows, err := s.sql.QueryContext(ctx, `SELECT code, max(name), count(*) AS n FROM (
			SELECT source_code AS code, source_name AS name FROM events WHERE source_code <> ''
			UNION ALL
			SELECT target_code, target_name FROM events WHERE target_code <> '')
		GROUP BY code ORDER BY n DESC, code`)
	if err != nil {
		return nil, fmt.Errorf("store: actors: %w", err)
	}
	defer rows.Close()
	var out []ActorCount
	for rows.Next() {
		var a ActorCount
		if err := rows.Scan(&a.Code, &a.Name, &a.Events); err != nil {
			return nil, fmt.Errorf("store: actors: %w", err)
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// Search finds documents whose title or text hold every word of q. Words
// are matched literally: FTS5 operators and quotes in q have no effect.
func (s *DB) Search(ctx context.Context, q string, limit int) ([]Hit, error) {
	match := ftsQuery(q)
	if match == "" {
		return nil, nil
	}
	if limit <= 0 {
		limit = DefaultLimit
	}
	rows, err := s.sql.QueryContext(ctx, `SELECT d.id, d.url, d.title, d.source, d.date,
			snippet(documents_fts, 1, '[', ']', '…', 12)
		FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid
		WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?`, match, limit)
	if err != nil {
		return nil, fmt.Errorf("store: search: %w", err)
	}
	defer rows.Close()
	var out []Hit
	for rows.Next() {
		var h Hit
		if err := rows.Scan(&h.ID, &h.URL, &h.Title, &h.Source, &h.Date, &h.Snippet); err != nil {
			return nil, fmt.Errorf("store: search: %w", err)
		}
		out = append(out, h)
	}
	return out, rows.Err()
}

// ftsQuery quotes each word of q as an FTS5 string, so the query is a
// plain AND of words whatever characters q holds.
func ftsQuery(q string) string {
	var parts []string
	for _, w := range words(q) {
		parts = append(parts, `"`+strings.ReplaceAll(w, `"`, `""`)+`"`)
	}
	return strings.Join(parts, " ")
}

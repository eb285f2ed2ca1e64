package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/dyad-events/dyad"
)

// Document rebuilds a stored document with everything the pipeline found
// in it, its event mentions included.
func (s *DB) Document(ctx context.Context, id int64) (Document, error) {
	tx, err := s.sql.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return Document{}, fmt.Errorf("store: document %d: %w", id, err)
	}
	defer tx.Rollback()
	out, err := readDocument(ctx, tx, id)
	if err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return out, fmt.Errorf("%w: document %d", ErrNotFound, id)
		}
		return out, fmt.Errorf("store: document %d: %w", id, err)
	}
	return out, nil
}

func readDocument(ctx context.Context, tx *sql.Tx, id int64) (Document, error) {
	var out Document
	var date, meta, errs string
	var dup sql.NullInt64
	d := &out.Document
	err := tx.QueryRowContext(ctx, `SELECT id, dup_of, doc_id, url, title, source, byline, site_name,
		date, lang, format, origin, meta, errors, text FROM documents WHERE id = ?`, id).Scan(
		&out.ID, &dup, &d.ID, &d.URL, &d.Title, &d.Source, &d.Byline, &d.SiteName, &date, &d.Lang,
		&d.Format, &d.Origin, &meta, &errs, &d.Text)
	if err != nil {
		return out, err
	}
	out.DupOf = dup.Int64
	if date != "" {
		if d.Date, err = time.Parse(time.RFC3339, date); err != nil {
			return out, err
		}
	}
	if err := unmarshalAll(meta, &d.Meta, errs, &d.Errors); err != nil {
		return out, err
	}
	found, err := readParts(ctx, tx, id, d)
	if err == nil && !found {
		err = readLegacyParts(ctx, tx, id, d)
	}
	if err != nil {
		return out, err
	}
	return out, readEvents(ctx, tx, id, d)
}

// unmarshalAll decodes pairs of JSON text and destination.
func unmarshalAll(pairs ...any) error {
	for i := 0; i+1 < len(pairs); i += 2 {
		if err := json.Unmarshal([]byte(pairs[i].(string)), pairs[i+1]); err != nil {
			return err
		}
	}
	return nil
}

// eachRow runs q with id and calls scan for every row.
func eachRow(ctx context.Context, tx *sql.Tx, q string, id int64, scan func(*sql.Rows) error) error {
	rows, err := tx.QueryContext(ctx, q, id)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := scan(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// slice cuts text[start:end] when the offsets are in range.
func slice(text string, start, end int) string {
	if start < 0 || end > len(text) || start > end {
		return ""
	}
	return text[start:end]
}

func readEvents(ctx context.Context, tx *sql.Tx, id int64, d *dyad.Document) error {
	return eachRow(ctx, tx, `SELECT body FROM event_mentions WHERE doc = ? ORDER BY idx`, id, func(r *sql.Rows) error {
		var body string
		var e dyad.Event
		if err := r.Scan(&body); err != nil {
			return err
		}
		if err := json.Unmarshal([]byte(body), &e); err != nil {
			return err
		}
		d.Events = append(d.Events, e)
		return nil
	})
}

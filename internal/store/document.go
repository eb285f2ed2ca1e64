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
	for _, part := range []func(context.Context, *sql.Tx, int64, *dyad.Document) error{
		readBlocks, readSentences, readMentions, readQuotes, readTimes, readPlaces, readEvents,
	} {
		if err := part(ctx, tx, id, d); err != nil {
			return out, err
		}
	}
	return out, nil
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

func readBlocks(ctx context.Context, tx *sql.Tx, id int64, d *dyad.Document) error {
	return eachRow(ctx, tx, `SELECT kind, start, end, place, source, reason, post FROM blocks WHERE doc = ? ORDER BY idx`, id, func(r *sql.Rows) error {
		var b dyad.Block
		var post sql.NullString
		if err := r.Scan(&b.Kind, &b.Start, &b.End, &b.Place, &b.Source, &b.Reason, &post); err != nil {
			return err
		}
		b.Text = slice(d.Text, b.Start, b.End)
		if post.Valid {
			b.Post = new(dyad.Post)
			if err := json.Unmarshal([]byte(post.String), b.Post); err != nil {
				return err
			}
		}
		d.Blocks = append(d.Blocks, b)
		return nil
	})
}

func readSentences(ctx context.Context, tx *sql.Tx, id int64, d *dyad.Document) error {
	return eachRow(ctx, tx, `SELECT block, start, end, tokens FROM sentences WHERE doc = ? ORDER BY idx`, id, func(r *sql.Rows) error {
		var s dyad.Sentence
		var toks string
		if err := r.Scan(&s.Block, &s.Start, &s.End, &toks); err != nil {
			return err
		}
		s.Text = slice(d.Text, s.Start, s.End)
		var err error
		if s.Tokens, err = decodeTokens(d.Text, toks); err != nil {
			return err
		}
		d.Sentences = append(d.Sentences, s)
		return nil
	})
}

func readMentions(ctx context.Context, tx *sql.Tx, id int64, d *dyad.Document) error {
	return eachRow(ctx, tx, `SELECT sentence, start, end, text, kind, head, tok_start, tok_end, ref, actor
		FROM mentions WHERE doc = ? ORDER BY idx`, id, func(r *sql.Rows) error {
		var m dyad.Mention
		var actor sql.NullString
		if err := r.Scan(&m.Sentence, &m.Start, &m.End, &m.Text, &m.Kind, &m.Head, &m.TokStart, &m.TokEnd, &m.Ref, &actor); err != nil {
			return err
		}
		if actor.Valid {
			m.Actor = new(dyad.Actor)
			if err := json.Unmarshal([]byte(actor.String), m.Actor); err != nil {
				return err
			}
		}
		d.Mentions = append(d.Mentions, m)
		return nil
	})
}

func readQuotes(ctx context.Context, tx *sql.Tx, id int64, d *dyad.Document) error {
	return eachRow(ctx, tx, `SELECT quote FROM quotes WHERE doc = ? ORDER BY idx`, id, func(r *sql.Rows) error {
		var body string
		var q dyad.Quote
		if err := r.Scan(&body); err != nil {
			return err
		}
		if err := json.Unmarshal([]byte(body), &q); err != nil {
			return err
		}
		d.Quotes = append(d.Quotes, q)
		return nil
	})
}

func readTimes(ctx context.Context, tx *sql.Tx, id int64, d *dyad.Document) error {
	return eachRow(ctx, tx, `SELECT text, start, end, value, type, precision, anchor FROM times WHERE doc = ? ORDER BY idx`, id, func(r *sql.Rows) error {
		var t dyad.TimeRef
		if err := r.Scan(&t.Text, &t.Start, &t.End, &t.Value, &t.Type, &t.Precision, &t.Anchor); err != nil {
			return err
		}
		d.Times = append(d.Times, t)
		return nil
	})
}

func readPlaces(ctx context.Context, tx *sql.Tx, id int64, d *dyad.Document) error {
	return eachRow(ctx, tx, `SELECT name, text, start, end, kind, country, admin1, lat, lon, gaz_id, certainty
		FROM places WHERE doc = ? ORDER BY idx`, id, func(r *sql.Rows) error {
		var p dyad.Place
		if err := r.Scan(&p.Name, &p.Text, &p.Start, &p.End, &p.Kind, &p.Country, &p.Admin1, &p.Lat, &p.Lon, &p.GazID, &p.Certainty); err != nil {
			return err
		}
		d.Places = append(d.Places, p)
		return nil
	})
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

package store

import (
	"context"
	"database/sql"
	"encoding/json"

	"github.com/dyad-events/dyad"
)

// readLegacyParts reads the parts of a document stored before migration
// 0002, one table per kind of part.
func readLegacyParts(ctx context.Context, tx *sql.Tx, id int64, d *dyad.Document) error {
	for _, read := range []func(context.Context, *sql.Tx, int64, *dyad.Document) error{
		readBlocks, readSentences, readMentions, readQuotes, readTimes, readPlaces,
	} {
		if err := read(ctx, tx, id, d); err != nil {
			return err
		}
	}
	return nil
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

package store

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"slices"
)

// original finds the earliest stored document this text copies: the same
// words exactly, else a sketch at least Similar to it. 0 when there is none.
func (w *writer) original(ctx context.Context, hash string, sk sketch, hasText bool) (int64, error) {
	if !hasText {
		return 0, nil
	}
	var id int64
	var dup sql.NullInt64
	err := w.row(ctx, "by_hash", []any{hash}, &id, &dup)
	switch {
	case err == nil:
		return rootOf(id, dup), nil
	case !errors.Is(err, sql.ErrNoRows):
		return 0, err
	}
	return w.nearCopy(ctx, sk)
}

func rootOf(id int64, dup sql.NullInt64) int64 {
	if dup.Valid {
		return dup.Int64
	}
	return id
}

// nearCopy looks up documents sharing an LSH band and keeps the earliest
// whose sketch is similar enough.
func (w *writer) nearCopy(ctx context.Context, sk sketch) (int64, error) {
	cs, err := w.candidates(ctx, sk)
	if err != nil {
		return 0, err
	}
	slices.SortFunc(cs, func(a, b copyCandidate) int { return cmp.Compare(a.id, b.id) })
	for _, c := range cs {
		if o, ok := sketchOf(c.sketch); ok && o.similarity(sk) >= w.rules.Similar {
			return rootOf(c.id, c.dup), nil
		}
	}
	return 0, nil
}

// copyCandidate is a stored document sharing a band with a new one.
type copyCandidate struct {
	id     int64
	sketch []byte
	dup    sql.NullInt64
}

// candidates lists the documents sharing a band with sk, in no order and
// possibly more than once: those stored, then those of this batch.
func (w *writer) candidates(ctx context.Context, sk sketch) ([]copyCandidate, error) {
	bs := sk.bands()
	args := make([]any, len(bs))
	for i, b := range bs {
		args[i] = b
	}
	rows, err := w.query(ctx, "by_band", args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []copyCandidate
	for rows.Next() {
		var c copyCandidate
		if err := rows.Scan(&c.id, &c.sketch, &c.dup); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	for _, b := range bs {
		out = append(out, w.batchBands[b]...)
	}
	return out, rows.Err()
}

// addBands indexes a new document's sketch: for the rest of the batch in
// memory, and in doc_bands when the batch ends.
func (w *writer) addBands(id int64, sk sketch, dup int64) {
	c := copyCandidate{id: id, sketch: sk.bytes(), dup: sql.NullInt64{Int64: dup, Valid: dup != 0}}
	for _, b := range sk.bands() {
		w.batchBands[b] = append(w.batchBands[b], c)
		w.bandRows = append(w.bandRows, [2]int64{b, id})
	}
}

// writeBands stores the batch's bands in band order. A band is a random
// number, so each document's bands land on pages all over the index;
// sorted, the batch's land on each page once, and multi-row INSERTs, each
// of which keeps a statement journal of the pages it changes, are few.
func (w *writer) writeBands(ctx context.Context) error {
	slices.SortFunc(w.bandRows, func(a, b [2]int64) int {
		return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1]))
	})
	args := make([]any, 0, 2*len(w.bandRows))
	for _, r := range w.bandRows {
		args = append(args, r[0], r[1])
	}
	return w.execRows(ctx, "band", 2, args)
}

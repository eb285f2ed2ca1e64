package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/dyad-events/dyad"
)

// parts is what the pipeline found in a document besides its sentences,
// stored as JSON in doc_parts.parts. Block texts are left out: they are
// slices of the document's text.
type parts struct {
	Blocks   []dyad.Block   `json:"blocks,omitempty"`
	Mentions []dyad.Mention `json:"mentions,omitempty"`
	Quotes   []dyad.Quote   `json:"quotes,omitempty"`
	Times    []dyad.TimeRef `json:"times,omitempty"`
	Places   []dyad.Place   `json:"places,omitempty"`
}

// insertParts stores what the pipeline found in a document in one row.
func (w *writer) insertParts(ctx context.Context, id int64, d *dyad.Document) error {
	p := parts{Mentions: d.Mentions, Quotes: d.Quotes, Times: d.Times, Places: d.Places}
	if len(d.Blocks) > 0 {
		p.Blocks = make([]dyad.Block, len(d.Blocks))
		for i, b := range d.Blocks {
			b.Text = ""
			p.Blocks[i] = b
		}
	}
	body, err := json.Marshal(p)
	if err != nil {
		return fmt.Errorf("parts: %w", err)
	}
	_, err = w.exec(ctx, "parts", id, string(body), encodeSentences(d.Text, d.Sentences))
	return err
}

// readParts fills d from its doc_parts row; false when it has none, as
// for documents stored before migration 0002.
func readParts(ctx context.Context, tx *sql.Tx, id int64, d *dyad.Document) (bool, error) {
	var body string
	var toks []byte
	err := tx.QueryRowContext(ctx, `SELECT parts, tokens FROM doc_parts WHERE doc = ?`, id).Scan(&body, &toks)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	var p parts
	if err := json.Unmarshal([]byte(body), &p); err != nil {
		return false, fmt.Errorf("parts: %w", err)
	}
	for i := range p.Blocks {
		p.Blocks[i].Text = slice(d.Text, p.Blocks[i].Start, p.Blocks[i].End)
	}
	d.Blocks, d.Mentions, d.Quotes, d.Times, d.Places = p.Blocks, p.Mentions, p.Quotes, p.Times, p.Places
	if d.Sentences, err = decodeSentences(d.Text, toks); err != nil {
		return false, fmt.Errorf("sentences: %w", err)
	}
	return true, nil
}

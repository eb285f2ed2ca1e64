package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/dyad-events/dyad"
)

// DefaultBatch is how many documents `dyad ingest` stores per
// PutDocuments call. Larger batches spread the cost of each commit, and of
// the index pages every batch rewrites, over more documents; a killed
// ingest loses at most one batch.
const DefaultBatch = 100

// PutDocument stores one coded document; see PutDocuments.
func (s *DB) PutDocument(ctx context.Context, d *dyad.Document) (PutResult, error) {
	rs, err := s.PutDocuments(ctx, []*dyad.Document{d})
	if err != nil {
		return PutResult{}, err
	}
	return rs[0], nil
}

// PutDocuments stores coded documents in one transaction: all of them or,
// on error, none. A document already stored (same URL, or same text when
// it has no URL) is skipped, so ingesting twice stores once and a re-run
// after a crash resumes. Event mentions merge into events by the
// MergeRules.
func (s *DB) PutDocuments(ctx context.Context, docs []*dyad.Document) ([]PutResult, error) {
	s.write.Lock()
	defer s.write.Unlock()
	tx, err := s.sql.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("store: begin: %w", err)
	}
	defer tx.Rollback()
	w := &writer{tx: tx, db: s, rules: s.rules, now: time.Now().UTC().Format(time.RFC3339),
		merged: map[int64]bool{}, batchBands: map[int64][]copyCandidate{}}
	out := make([]PutResult, len(docs))
	for i, d := range docs {
		if out[i], err = w.put(ctx, d); err != nil {
			return nil, fmt.Errorf("store: document %q: %w", d.ID, err)
		}
	}
	if err := w.finish(ctx); err != nil {
		return nil, fmt.Errorf("store: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("store: commit: %w", err)
	}
	return out, nil
}

// HasURL reports whether a document with this URL is stored, so a caller
// can skip coding it again.
func (s *DB) HasURL(ctx context.Context, u string) (bool, error) {
	if strings.TrimSpace(u) == "" {
		return false, nil
	}
	var n int
	err := s.sql.QueryRowContext(ctx, "SELECT count(*) FROM documents WHERE key = ?", "url:"+normURL(u)).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("store: %w", err)
	}
	return n > 0, nil
}

// normURL drops what does not change the page: spaces and the fragment.
func normURL(u string) string {
	u = strings.TrimSpace(u)
	if i := strings.IndexByte(u, '#'); i >= 0 {
		u = u[:i]
	}
	return u
}

// writer is one write transaction with its prepared statements.
type writer struct {
	tx    *sql.Tx
	db    *DB
	rules MergeRules
	now   string
	stmts map[string]*sql.Stmt
	// merged holds the events that gained a mention in this batch.
	merged map[int64]bool
	// mentionRows are the batch's event_mentions rows, inserted at its end.
	mentionRows []any
	// pending are the events the batch created (pending.go), with ids
	// from nextEvent on.
	pending   []pendingEvent
	nextEvent int64
	// batchBands maps the LSH bands of the batch's new documents to them;
	// bandRows are those documents' doc_bands rows. Both are written at
	// the batch's end.
	batchBands map[int64][]copyCandidate
	bandRows   [][2]int64
	// firstNew is the id of the batch's first new document, 0 until one
	// is stored.
	firstNew int64
}

// stmt gives statement name of the statements map bound to the
// transaction. The statement itself is prepared once for the life of the
// database: parsing and planning cost more than running most of them.
func (w *writer) stmt(ctx context.Context, name string) (*sql.Stmt, error) {
	if st, ok := w.stmts[name]; ok {
		return st, nil
	}
	st, err := w.db.prepared(ctx, name)
	if err != nil {
		return nil, err
	}
	if w.stmts == nil {
		w.stmts = map[string]*sql.Stmt{}
	}
	w.stmts[name] = w.tx.StmtContext(ctx, st)
	return w.stmts[name], nil
}

// prepared gives statement name prepared on the database; the caller
// holds s.write.
func (s *DB) prepared(ctx context.Context, name string) (*sql.Stmt, error) {
	if st, ok := s.stmts[name]; ok {
		return st, nil
	}
	st, err := s.sql.PrepareContext(ctx, statements[name])
	if err != nil {
		return nil, fmt.Errorf("prepare %s: %w", name, err)
	}
	s.stmts[name] = st
	return st, nil
}

func (w *writer) exec(ctx context.Context, name string, args ...any) (sql.Result, error) {
	st, err := w.stmt(ctx, name)
	if err != nil {
		return nil, err
	}
	r, err := st.ExecContext(ctx, args...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return r, nil
}

// maxRows is the most rows one multi-row INSERT carries.
const maxRows = 32

// execRows inserts several rows with statement name, whose VALUES tuple
// has width parameters: args holds the rows one after another. One
// statement per maxRows rows costs far less than one per row.
func (w *writer) execRows(ctx context.Context, name string, width int, args []any) error {
	for len(args) > 0 {
		n := min(len(args)/width, maxRows)
		key := fmt.Sprintf("%s*%d", name, n)
		if _, ok := statements[key]; !ok && n > 1 {
			return fmt.Errorf("%s: no statement for %d rows", name, n)
		}
		if n == 1 {
			key = name
		}
		if _, err := w.exec(ctx, key, args[:n*width]...); err != nil {
			return err
		}
		args = args[n*width:]
	}
	return nil
}

func (w *writer) query(ctx context.Context, name string, args ...any) (*sql.Rows, error) {
	st, err := w.stmt(ctx, name)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}

// row runs a one-row query and scans it; sql.ErrNoRows when there is none.
func (w *writer) row(ctx context.Context, name string, args []any, dest ...any) error {
	st, err := w.stmt(ctx, name)
	if err != nil {
		return err
	}
	return st.QueryRowContext(ctx, args...).Scan(dest...)
}

// put stores one document unless it is unusable or already there.
func (w *writer) put(ctx context.Context, d *dyad.Document) (PutResult, error) {
	if d.Failed() {
		return PutResult{Status: Unusable}, nil
	}
	ws := words(d.Text)
	hash := textHash(ws)
	key := "sha:" + hash
	if u := normURL(d.URL); u != "" {
		key = "url:" + u
	}
	var id int64
	err := w.row(ctx, "by_key", []any{key}, &id)
	if err == nil {
		return PutResult{ID: id, Status: Exists}, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return PutResult{}, err
	}
	sk := makeSketch(ws)
	dup, err := w.original(ctx, hash, sk, len(ws) > 0)
	if err != nil {
		return PutResult{}, err
	}
	if id, err = w.insertDocument(ctx, d, key, hash, sk, len(ws) > 0, dup); err != nil {
		return PutResult{}, err
	}
	if err := w.insertParts(ctx, id, d); err != nil {
		return PutResult{}, err
	}
	for i := range d.Events {
		if err := w.putEvent(ctx, id, d, i); err != nil {
			return PutResult{}, err
		}
	}
	return PutResult{ID: id, DupOf: dup, Status: Inserted, Events: len(d.Events)}, nil
}

func (w *writer) insertDocument(ctx context.Context, d *dyad.Document, key, hash string, sk sketch, hasText bool, dup int64) (int64, error) {
	date := ""
	if !d.Date.IsZero() {
		date = d.Date.UTC().Format(time.RFC3339)
	}
	r, err := w.exec(ctx, "document", key, d.ID, d.URL, d.Title, d.Source, d.Byline, d.SiteName, date,
		d.Lang, d.Format, d.Origin, jsonText(d.Meta, "{}"), jsonText(d.Errors, "[]"), d.Text, hash,
		sk.bytes(), sql.NullInt64{Int64: dup, Valid: dup != 0}, w.now)
	if err != nil {
		return 0, err
	}
	id, err := r.LastInsertId()
	if err != nil {
		return 0, err
	}
	if w.firstNew == 0 {
		w.firstNew = id
	}
	if hasText {
		w.addBands(id, sk, dup)
	}
	return id, nil
}

// finish writes what the batch kept for its end: event mentions and
// their events' counts, LSH bands, and, last, the search index.
func (w *writer) finish(ctx context.Context) error {
	if err := w.recount(ctx); err != nil {
		return err
	}
	if err := w.writeBands(ctx); err != nil {
		return err
	}
	return w.index(ctx)
}

// index adds the batch's new documents to the full-text index in one
// statement, after every other write. FTS5 keeps what it indexes in memory
// until the transaction ends, except that it writes it out whenever a
// statement opens a savepoint (every multi-row INSERT and UPDATE does):
// indexing document by document wrote one small segment per document and
// then spent its time merging them.
func (w *writer) index(ctx context.Context) error {
	if w.firstNew == 0 {
		return nil
	}
	_, err := w.exec(ctx, "fts", w.firstNew)
	return err
}

// jsonText encodes v, or gives empty for nil values.
func jsonText(v any, empty string) string {
	b, err := json.Marshal(v)
	if err != nil || string(b) == "null" {
		return empty
	}
	return string(b)
}

// jsonOrNull encodes v, or gives SQL NULL for a nil pointer.
func jsonOrNull(v any) any {
	b, err := json.Marshal(v)
	if err != nil || string(b) == "null" {
		return nil
	}
	return string(b)
}

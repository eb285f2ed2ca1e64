package store

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"sync"

	_ "modernc.org/sqlite" // registers the pure-Go "sqlite" driver
)

//go:embed migrations/*.sql
var migrations embed.FS

// Options tune a database. The zero value is what `dyad ingest` uses.
type Options struct {
	// Merge tunes event deduplication; zero fields take their defaults.
	Merge MergeRules
}

// DB is an event database in one SQLite file. It is safe for concurrent
// use: readers run in parallel, writers take turns.
type DB struct {
	sql   *sql.DB
	rules MergeRules
	// write serialises write transactions, so two writers never race to
	// upgrade a read lock (which SQLite answers with SQLITE_BUSY at once).
	write sync.Mutex
	// stmts are the writer's prepared statements, guarded by write.
	stmts map[string]*sql.Stmt
}

// Open opens or creates the database at path and applies any migrations it
// lacks. The file is in WAL mode: a reader never blocks the writer.
func Open(ctx context.Context, path string, opt Options) (*DB, error) {
	q := url.Values{}
	// synchronous(NORMAL) syncs the WAL only at checkpoints: a commit
	// survives the process being killed, not the machine losing power.
	// temp_store(MEMORY) keeps statement journals off disk, and
	// wal_autocheckpoint(10000) lets the WAL reach 40 MB before pages are
	// copied back, so an index page that every batch touches is copied
	// once per checkpoint, not once per batch or two.
	for _, p := range []string{"journal_mode(WAL)", "busy_timeout(10000)", "foreign_keys(1)", "synchronous(NORMAL)",
		"cache_size(-65536)", "temp_store(MEMORY)", "wal_autocheckpoint(10000)"} {
		q.Add("_pragma", p)
	}
	db, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	s := &DB{sql: db, rules: opt.Merge.withDefaults(), stmts: map[string]*sql.Stmt{}}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// Close closes the database.
func (s *DB) Close() error {
	s.write.Lock()
	for _, st := range s.stmts {
		st.Close()
	}
	s.write.Unlock()
	if err := s.sql.Close(); err != nil {
		return fmt.Errorf("store: close: %w", err)
	}
	return nil
}

// SQL exposes the underlying handle for read-only checks and tools
// (PRAGMA integrity_check, ad-hoc queries). Writing through it bypasses
// the merge rules.
func (s *DB) SQL() *sql.DB { return s.sql }

// migration is one numbered SQL file.
type migration struct {
	version int
	name    string
}

// pending lists the embedded migrations, in version order.
func pending() ([]migration, error) {
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return nil, fmt.Errorf("store: migrations: %w", err)
	}
	var ms []migration
	for _, n := range names {
		base := strings.TrimPrefix(n, "migrations/")
		v, err := strconv.Atoi(strings.SplitN(base, "_", 2)[0])
		if err != nil {
			return nil, fmt.Errorf("store: migration %s: name must start with a number", base)
		}
		ms = append(ms, migration{v, n})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	return ms, nil
}

// migrate applies, each in its own transaction, every migration newer
// than the file's schema version (PRAGMA user_version).
func (s *DB) migrate(ctx context.Context) error {
	ms, err := pending()
	if err != nil {
		return err
	}
	for _, m := range ms {
		if err := s.apply(ctx, m); err != nil {
			return err
		}
	}
	return nil
}

// apply runs one migration unless the schema already has it. It takes
// SQLite's write lock before reading the version (BEGIN IMMEDIATE), so two
// processes opening a new database at once do not both migrate it.
func (s *DB) apply(ctx context.Context, m migration) error {
	body, err := migrations.ReadFile(m.name)
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	conn, err := s.sql.Conn(ctx)
	if err != nil {
		return fmt.Errorf("store: migrate: %w", err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
		return fmt.Errorf("store: migrate: %w", err)
	}
	committed := false
	defer func() {
		if !committed {
			conn.ExecContext(context.Background(), "ROLLBACK")
		}
	}()
	var have int
	if err := conn.QueryRowContext(ctx, "PRAGMA user_version").Scan(&have); err != nil {
		return fmt.Errorf("store: schema version: %w", err)
	}
	if m.version <= have {
		return nil
	}
	if _, err := conn.ExecContext(ctx, string(body)); err != nil {
		return fmt.Errorf("store: migration %s: %w", m.name, err)
	}
	if _, err := conn.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", m.version)); err != nil {
		return fmt.Errorf("store: migration %s: %w", m.name, err)
	}
	if _, err := conn.ExecContext(ctx, "COMMIT"); err != nil {
		return fmt.Errorf("store: migration %s: %w", m.name, err)
	}
	committed = true
	return nil
}

// Version is the schema version of the open database.
func (s *DB) Version(ctx context.Context) (int, error) {
	var v int
	err := s.sql.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v)
	if err != nil {
		return 0, fmt.Errorf("store: %w", err)
	}
	return v, nil
}

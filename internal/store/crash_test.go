package store

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

const crashDocs = 600

// ingestAll stores docs in batches of 25, as `dyad ingest` does.
func ingestAll(t testing.TB, s *DB) {
	docs := synthDocs(7, crashDocs)
	for i := 0; i < len(docs); i += 25 {
		if _, err := s.PutDocuments(context.Background(), docs[i:min(i+25, len(docs))]); err != nil {
			t.Fatal(err)
		}
	}
}

// TestCrashChild is the process TestKilledMidIngest kills; it does nothing
// unless started by that test.
func TestCrashChild(t *testing.T) {
	path := os.Getenv("DYAD_STORE_CRASH_DB")
	if path == "" {
		t.Skip("run by TestKilledMidIngest")
	}
	s, err := Open(context.Background(), path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	ingestAll(t, s)
	time.Sleep(time.Minute) // finished before the kill: let the parent kill us anyway
}

func TestKilledMidIngest(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a subprocess")
	}
	path := filepath.Join(t.TempDir(), "crash.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$")
	cmd.Env = append(os.Environ(), "DYAD_STORE_CRASH_DB="+path)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	waitForRows(t, path, 50, exited)
	if err := cmd.Process.Kill(); err != nil { // SIGKILL: no cleanup runs
		t.Fatal(err)
	}
	<-exited

	s, err := Open(context.Background(), path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	before := count(t, s, "documents")
	t.Logf("%d of %d documents committed before the kill", before, crashDocs)
	assertConsistent(t, s)
	ingestAll(t, s) // resume
	if n := count(t, s, "documents"); n != crashDocs {
		t.Errorf("%d documents after resuming, want %d", n, crashDocs)
	}
	if n := count(t, s, "event_mentions"); n != 3*crashDocs {
		t.Errorf("%d event mentions, want %d", n, 3*crashDocs)
	}
	assertConsistent(t, s)
}

// waitForRows polls until the child has committed at least n documents.
func waitForRows(t *testing.T, path string, n int, exited <-chan error) {
	t.Helper()
	deadline := time.Now().Add(2 * time.Minute)
	for time.Now().Before(deadline) {
		select {
		case err := <-exited:
			t.Fatalf("child exited before the kill: %v", err)
		case <-time.After(20 * time.Millisecond):
		}
		if _, err := os.Stat(path); err != nil {
			continue
		}
		s, err := Open(context.Background(), path, Options{})
		if err != nil {
			continue
		}
		var got int
		s.SQL().QueryRow("SELECT count(*) FROM documents").Scan(&got)
		s.Close()
		if got >= n {
			return
		}
	}
	t.Fatal("child never committed a batch")
}

// assertConsistent checks SQLite's own integrity check and that every
// stored document has all its parts and every event its counts.
func assertConsistent(t *testing.T, s *DB) {
	t.Helper()
	var res string
	if err := s.SQL().QueryRow("PRAGMA integrity_check").Scan(&res); err != nil || res != "ok" {
		t.Fatalf("integrity_check: %q, %v", res, err)
	}
	// FTS5's own check compares the index with the documents table.
	if _, err := s.SQL().Exec(`INSERT INTO documents_fts (documents_fts) VALUES ('integrity-check')`); err != nil {
		t.Errorf("search index: %v", err)
	}
	checks := map[string]string{
		"documents without parts":  `SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM doc_parts WHERE doc = d.id)`,
		"documents without events": `SELECT count(*) FROM documents d WHERE (SELECT count(*) FROM event_mentions WHERE doc = d.id) <> 3`,
		"events with wrong counts": `SELECT count(*) FROM events e WHERE num_mentions <> (SELECT count(*) FROM event_mentions WHERE event = e.id)`,
	}
	for name, q := range checks {
		var n int
		if err := s.SQL().QueryRow(q).Scan(&n); err != nil || n != 0 {
			t.Errorf("%s: %d (%v)", name, n, err)
		}
	}
}

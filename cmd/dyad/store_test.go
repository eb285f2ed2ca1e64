package main

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestIngestExportSeries(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "t.db")
	in := filepath.Join(dir, "news.txt")
	if err := os.WriteFile(in, []byte("Peru accused Bolivia of violating the water treaty.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for i, want := range []string{"stored 1", "already there 1"} {
		_, stderr, code := run(t, "", "ingest", "--db", db, "--date", "2025-05-06", "--source", "Wire", in)
		if code != exitOK || !strings.Contains(stderr, want) {
			t.Fatalf("ingest %d: exit %d, %q; want %q", i, code, stderr, want)
		}
	}
	out, _, code := run(t, "", "export", "--db", db, "--format", "csv", "--actor", "PER")
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if code != exitOK || err != nil || len(rows) < 2 {
		t.Fatalf("export: exit %d, %v, %q", code, err, out)
	}
	if got := rows[1][9]; len(got) != 3 || got[0] != '1' {
		t.Errorf("cameo %q, want a three-digit code string", got)
	}
	out, _, code = run(t, "", "export", "--db", db, "--actor", "'; DROP TABLE events; --")
	if code != exitOK || strings.Count(out, "\n") != 1 {
		t.Errorf("injection filter: exit %d, %q", code, out)
	}
	out, _, code = run(t, "", "series", "--db", db, "--dyad", "PER:BOL", "--interval", "week")
	if code != exitOK || !strings.Contains(out, "2025-05-05,1,") {
		t.Errorf("series: exit %d, %q", code, out)
	}
}

func TestStoreCommandUsage(t *testing.T) {
	db := filepath.Join(t.TempDir(), "none.db")
	tests := []struct {
		name string
		args []string
	}{
		{"ingest without path", []string{"ingest", "--db", db}},
		{"export unknown format", []string{"export", "--db", db, "--format", "xml"}},
		{"export missing db", []string{"export", "--db", db}},
		{"export bad dyad", []string{"export", "--db", db, "--dyad", "USA"}},
		{"series without dyad", []string{"series", "--db", db}},
		{"series bad interval", []string{"series", "--db", db, "--dyad", "USA:MEX", "--interval", "day"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, _, code := run(t, "", tt.args...); code != exitUsage {
				t.Errorf("exit %d, want %d", code, exitUsage)
			}
		})
	}
	if _, err := os.Stat(db); err == nil {
		t.Error("a reading command created the database")
	}
}

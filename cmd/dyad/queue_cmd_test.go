package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dyad-events/dyad/internal/store"
)

// feedXML is a small RSS feed written for this test.
const feedXML = `<?xml version="1.0"?>
<rss version="2.0"><channel><title>Test wire</title>
<item><title>Talks resume</title><link>https://news.test/a</link><description>Negotiators met in Oslo on Monday.</description></item>
<item><title>Port reopens</title><link>https://news.test/b</link><description>The port reopened after a week of strikes.</description></item>
</channel></rss>`

func TestQueueCommands(t *testing.T) {
	dir := t.TempDir()
	nats := "--nats=embedded:" + filepath.Join(dir, "q")
	feed := filepath.Join(dir, "wire.rss")
	if err := os.WriteFile(feed, []byte(feedXML), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "coded.jsonl")
	steps := []struct {
		name   string
		args   []string
		stdout string // substring expected on standard output
		stderr string // substring expected on standard error
	}{
		{"submit", []string{"queue", "submit", nats, feed}, "", "queued 2, duplicate 0"},
		{"submit again", []string{"queue", "submit", nats, feed}, "", "queued 0, duplicate 2"},
		{"status before", []string{"queue", "status", nats}, "pending   2", ""},
		{"worker", []string{"worker", nats, "--until-idle", "--slots=1"}, "", "worker started"},
		{"sink", []string{"sink", nats, "--until-idle", "--out=" + out}, "", "sink started"},
		{"status after", []string{"queue", "status", nats}, "done      2 (not yet stored 0)", ""},
		{"dead", []string{"queue", "dead", nats}, "", ""},
		{"unknown", []string{"queue", "nosuch"}, "", "unknown queue command"},
	}
	for _, s := range steps {
		t.Run(s.name, func(t *testing.T) {
			stdout, stderr, _ := run(t, "", s.args...)
			if !strings.Contains(stdout, s.stdout) || !strings.Contains(stderr, s.stderr) {
				t.Errorf("stdout %q, stderr %q; want %q and %q", stdout, stderr, s.stdout, s.stderr)
			}
		})
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(b), "\n"); n != 2 {
		t.Errorf("sink wrote %d documents, want 2", n)
	}
}

func TestWatchSubmitsNewItemsOnly(t *testing.T) {
	var polls atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		polls.Add(1)
		w.Header().Set("Content-Type", "application/rss+xml")
		io.WriteString(w, feedXML)
	}))
	defer srv.Close()
	nats := "--nats=embedded:" + filepath.Join(t.TempDir(), "q")
	ctx, cancel := context.WithCancel(context.Background())
	var errb bytes.Buffer
	m := &Main{Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: &errb}
	done := make(chan int)
	go func() { done <- m.Run(ctx, []string{"watch", nats, "--every=50ms", srv.URL + "/rss"}) }()
	for polls.Load() < 3 {
		time.Sleep(10 * time.Millisecond)
	}
	cancel()
	if code := <-done; code != exitOK {
		t.Fatalf("watch exited %d: %s", code, errb.String())
	}
	stdout, _, _ := run(t, "", "queue", "status", nats)
	if !strings.Contains(stdout, "pending   2") {
		t.Errorf("after %d polls status is\n%s\nwant 2 pending", polls.Load(), stdout)
	}
}

func TestSinkIntoDatabase(t *testing.T) {
	dir := t.TempDir()
	nats := "--nats=embedded:" + filepath.Join(dir, "q")
	feed := filepath.Join(dir, "wire.rss")
	if err := os.WriteFile(feed, []byte(feedXML), 0o644); err != nil {
		t.Fatal(err)
	}
	dbPath := filepath.Join(dir, "events.db")
	for _, args := range [][]string{
		{"queue", "submit", nats, feed},
		{"worker", nats, "--until-idle", "--slots=1"},
		{"sink", nats, "--until-idle", "--db=" + dbPath},
	} {
		if _, stderr, code := run(t, "", args...); code != exitOK {
			t.Fatalf("%v: exit %d: %s", args, code, stderr)
		}
	}
	db, err := store.Open(context.Background(), dbPath, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n int
	if err := db.SQL().QueryRow("SELECT count(*) FROM documents").Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != 2 {
		t.Errorf("%d documents stored, want 2", n)
	}
}

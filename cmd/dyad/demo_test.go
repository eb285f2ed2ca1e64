package main

import (
	"bufio"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"
)

// TestDemo runs `dyad demo` on a free port, reads the URL it prints, asks
// the API for events and stops it.
func TestDemo(t *testing.T) {
	if testing.Short() {
		t.Skip("demo loads the full pipeline")
	}
	pr, pw := io.Pipe()
	m := &Main{Stdin: strings.NewReader(""), Stdout: pw, Stderr: io.Discard}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	code := make(chan int, 1)
	go func() {
		code <- m.Run(ctx, []string{"demo", "--addr", "127.0.0.1:0", "--date", "2026-03-03", "--examples", "../../examples"})
		pw.Close()
	}()
	url := servingURL(t, pr)
	go io.Copy(io.Discard, pr)
	resp, err := http.Get(url + "api/events")
	if err != nil {
		t.Fatal(err)
	}
	var page struct{ Events []json.RawMessage }
	err = json.NewDecoder(resp.Body).Decode(&page)
	resp.Body.Close()
	if err != nil || len(page.Events) == 0 {
		t.Errorf("demo events: %d, %v", len(page.Events), err)
	}
	cancel()
	select {
	case c := <-code:
		if c != exitOK {
			t.Errorf("exit status %d", c)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("demo did not stop")
	}
}

// servingURL reads stdout until the "serving URL" line.
func servingURL(t *testing.T, r io.Reader) string {
	t.Helper()
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		if _, u, ok := strings.Cut(sc.Text(), "serving "); ok {
			return u
		}
	}
	t.Fatalf("demo printed no URL: %v", sc.Err())
	return ""
}

package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/api"
	"github.com/dyad-events/dyad/internal/read"
	"github.com/dyad-events/dyad/internal/store"
	"github.com/dyad-events/dyad/internal/web"
)

// cmdServe serves an event database as a JSON API and a browser UI.
func cmdServe(ctx context.Context, m *Main, args []string) error {
	fs := m.flagSet("serve", "serve [--db FILE] [--addr HOST:PORT]\n\nServes the JSON API under /api/ and the UI at /. Posted documents are coded and stored.")
	var df dictFlags
	df.register(fs)
	dbPath := fs.String("db", "dyad.db", "event database (SQLite), created when absent")
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on; loopback by default, as the API has no authentication")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 0 {
		return fmt.Errorf("%w: serve takes no arguments", errUsage)
	}
	db, err := store.Open(ctx, *dbPath, store.Options{})
	if err != nil {
		return err
	}
	defer db.Close()
	chain, err := df.pipeline(Config{})
	if err != nil {
		return err
	}
	return m.serve(ctx, db, chain, *addr)
}

// newAPI assembles the API and the UI over db, coding posts with chain.
func newAPI(db api.Store, chain dyad.Stage, log *slog.Logger) (http.Handler, error) {
	ui, err := web.Handler()
	if err != nil {
		return nil, err
	}
	return api.New(api.Config{Store: db, Pipeline: chain, Fetch: fetchURL, UI: ui, Log: log}), nil
}

// fetchURL reads the first document at an http(s) URL.
func fetchURL(ctx context.Context, url string) (*dyad.Document, error) {
	rd := read.New(read.Config{MaxFetchBytes: 8 << 20, FetchTimeout: 20 * time.Second}, nil)
	var first *dyad.Document
	errStop := errors.New("stop")
	err := rd.Read(ctx, url, func(d *dyad.Document) error { first = d; return errStop })
	if err != nil && !errors.Is(err, errStop) {
		return nil, err
	}
	if first == nil {
		return nil, errors.New("nothing read")
	}
	if first.Failed() {
		return nil, errors.New(firstMessage(first))
	}
	return first, nil
}

func firstMessage(d *dyad.Document) string {
	for _, e := range d.Errors {
		return e.Message
	}
	return "unreadable"
}

// serve listens on addr and serves until ctx is cancelled.
func (m *Main) serve(ctx context.Context, db api.Store, chain dyad.Stage, addr string) error {
	log := slog.New(slog.NewTextHandler(m.Stderr, nil))
	h, err := newAPI(db, chain, log)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	if host, _, _ := net.SplitHostPort(addr); !isLoopback(host) {
		log.Warn("listening beyond this machine: the API has no authentication", "addr", addr)
	}
	fmt.Fprintf(m.Stdout, "dyad: serving http://%s/\n", ln.Addr())
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: time.Minute,
		WriteTimeout: 3 * time.Minute, IdleTimeout: 2 * time.Minute, MaxHeaderBytes: 64 << 10}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	return srv.Shutdown(sctx)
}

func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

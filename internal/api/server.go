package api

import (
	"context"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/store"
)

// Store is what the API reads and writes; *store.DB satisfies it.
type Store interface {
	Events(ctx context.Context, f store.Filter) ([]store.Event, error)
	Event(ctx context.Context, id int64) (store.Event, error)
	Document(ctx context.Context, id int64) (store.Document, error)
	Search(ctx context.Context, q string, limit int) ([]store.Hit, error)
	Series(ctx context.Context, source, target string, iv store.Interval) ([]store.Bucket, error)
	Actors(ctx context.Context) ([]store.ActorCount, error)
	PutDocument(ctx context.Context, d *dyad.Document) (store.PutResult, error)
}

// Fetcher reads the document at an http(s) URL, before coding.
type Fetcher func(ctx context.Context, url string) (*dyad.Document, error)

// Config is what a Server needs. Store is required; the rest is optional.
type Config struct {
	Store Store
	// Pipeline codes documents posted to /api/documents; nil turns that
	// route into a 503.
	Pipeline dyad.Stage
	// Fetch reads a posted URL; nil refuses documents given by URL.
	Fetch Fetcher
	// UI serves everything outside /api/; nil serves nothing there.
	UI http.Handler
	// Log receives one line per request; nil discards.
	Log *slog.Logger
	// MaxBody is the largest request body in bytes; 0 means 4 MiB.
	MaxBody int64
	// CodeTimeout bounds coding one posted document; 0 means 2 minutes.
	CodeTimeout time.Duration
}

// Limits on results: a page never holds more than maxLimit events.
const (
	defaultMaxBody = 4 << 20
	maxLimit       = 1000
	maxSearch      = 200
	maxOffset      = 1_000_000
)

// Server is the HTTP API. Build it with New.
type Server struct {
	cfg     Config
	handler http.Handler
	// coding lets one posted document through the pipeline at a time: the
	// stages are CPU-bound and not promised to be safe for concurrent use.
	coding sync.Mutex
}

// New returns a Server for cfg.
func New(cfg Config) *Server {
	if cfg.MaxBody <= 0 {
		cfg.MaxBody = defaultMaxBody
	}
	if cfg.CodeTimeout <= 0 {
		cfg.CodeTimeout = 2 * time.Minute
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	s := &Server{cfg: cfg}
	s.handler = s.logged(s.routes())
	return s
}

// ServeHTTP makes Server an http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.handler.ServeHTTP(w, r)
}

// logged logs each request with its status and duration.
func (s *Server) logged(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusWriter{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(rec, r)
		s.cfg.Log.Info("request", "method", r.Method, "path", r.URL.Path,
			"status", rec.status, "duration", time.Since(start))
	})
}

// statusWriter remembers the status code written, for the log.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	w.status = code
	w.ResponseWriter.WriteHeader(code)
}

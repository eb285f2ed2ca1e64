package read

import (
	"compress/gzip"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/dyad-events/dyad"
)

func newServer(t *testing.T) *httptest.Server {
	mux := http.NewServeMux()
	mux.HandleFunc("/page", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=windows-1252")
		w.Write([]byte("<html><body><p>\x93Ceasefire holds,\x94 he said.</p></body></html>"))
	})
	mux.HandleFunc("/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write([]byte(rssFeed))
	})
	mux.HandleFunc("/rel/feed", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(`<rss><channel><item><title>T</title><link>../story/1</link></item></channel></rss>`))
	})
	mux.HandleFunc("/plain", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Write([]byte("<p> is how a paragraph starts in HTML"))
	})
	mux.HandleFunc("/gz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Encoding", "gzip")
		w.Header().Set("Content-Type", "text/html")
		zw := gzip.NewWriter(w)
		zw.Write([]byte("<html><p>Compressed on the wire.</p></html>"))
		zw.Close()
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/page", http.StatusFound) })
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(strings.Repeat("Long story. ", 1000)))
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestReadURL(t *testing.T) {
	srv := newServer(t)
	tests := []struct {
		name, path string
		cfg        Config
		want       []want
	}{
		{"html with charset header", "/page", Config{}, []want{{format: "html", url: srv.URL + "/page", html: "\u201cCeasefire holds,\u201d", origin: srv.URL + "/page"}}},
		{"feed gives one doc per item", "/feed", Config{}, []want{{format: "rss", origin: "/feed#item-1"}, {format: "rss", origin: "/feed#item-2"}}},
		{"markup is sniffed despite text/plain", "/plain", Config{}, []want{{format: "html"}}},
		{"relative feed link resolved", "/rel/feed", Config{}, []want{{url: srv.URL + "/story/1"}}},
		{"gzip transfer", "/gz", Config{}, []want{{html: "Compressed on the wire."}}},
		{"redirect keeps final URL", "/moved", Config{}, []want{{url: srv.URL + "/page", origin: srv.URL + "/moved"}}},
		{"not found", "/missing", Config{}, []want{{reasons: []string{dyad.ReasonFetch}}}},
		{"timeout", "/slow", Config{FetchTimeout: 50 * time.Millisecond}, []want{{reasons: []string{dyad.ReasonFetch}}}},
		{"too large", "/big", Config{MaxFetchBytes: 1000}, []want{{reasons: []string{dyad.ReasonOversize}}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			check(t, readPath(t, tt.cfg, srv.URL+tt.path), tt.want)
		})
	}
}

func TestReadURLRefused(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	url := srv.URL
	srv.Close()
	check(t, readPath(t, Config{}, url+"/x"), []want{{origin: url + "/x", reasons: []string{dyad.ReasonFetch}}})
}

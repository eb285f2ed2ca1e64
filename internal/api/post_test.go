package api

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

// FuzzDecodePost checks that any body is either refused with a 4xx error
// or gives a request with exactly one of text, html and url.
func FuzzDecodePost(f *testing.F) {
	for _, s := range []string{`{"text":"a"}`, `{"html":"<p>x</p>","date":"2026-01-02"}`, `{"url":"https://example.org/a"}`, `{"text":1}`, `{`, `null`, `{"text":"a","id":"\u0000"}`} {
		f.Add(s)
	}
	s := New(Config{MaxBody: 1 << 12})
	f.Fuzz(func(t *testing.T, body string) {
		r := httptest.NewRequest(http.MethodPost, "/api/documents", strings.NewReader(body))
		req, err := s.decodePost(httptest.NewRecorder(), r)
		if err != nil {
			return
		}
		n := 0
		for _, v := range []string{req.Text, req.HTML, req.URL} {
			if strings.TrimSpace(v) != "" {
				n++
			}
		}
		if n != 1 {
			t.Fatalf("accepted %q with %d inputs", body, n)
		}
	})
}

func BenchmarkListEvents(b *testing.B) {
	srv, _ := newTestServer(b)
	seed(b, srv)
	for b.Loop() {
		resp, err := http.Get(srv.URL + "/api/events?actor=USA&sort=date&limit=50")
		if err != nil {
			b.Fatal(err)
		}
		resp.Body.Close()
	}
}

func TestPostURL(t *testing.T) {
	_, db := newTestServer(t)
	fetch := func(_ context.Context, u string) (*dyad.Document, error) {
		if strings.Contains(u, "missing") {
			return nil, errors.New("HTTP status 404 Not Found")
		}
		return &dyad.Document{URL: u, HTML: "<p>Canada meets Mexico on trade.</p>"}, nil
	}
	srv := httptest.NewServer(New(Config{Store: db, Pipeline: fakeCoder{}, Fetch: fetch}))
	defer srv.Close()
	tests := []struct {
		name, body, ctype string
		want              int
	}{
		{"fetched", `{"url":"https://news.example/a","date":"2026-03-05"}`, "application/json", http.StatusCreated},
		{"fetch fails", `{"url":"https://news.example/missing"}`, "application/json", http.StatusBadGateway},
		{"not JSON", `text=hello`, "application/x-www-form-urlencoded", http.StatusUnsupportedMediaType},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, err := http.Post(srv.URL+"/api/documents", tt.ctype, strings.NewReader(tt.body))
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			if resp.StatusCode != tt.want {
				t.Fatalf("status %d, want %d", resp.StatusCode, tt.want)
			}
			var res postResult
			if tt.want != http.StatusCreated {
				return
			}
			decode(t, resp.Body, &res)
			if tt.want == http.StatusCreated && (res.Document.URL != "https://news.example/a" || len(res.Document.Events) != 1) {
				t.Errorf("document %+v", res.Document)
			}
		})
	}
}

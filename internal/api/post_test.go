package api

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
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

package api

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/store"
)

// fakeCoder stands in for the pipeline: one body block, one sentence per
// line, and a "meets" event from the first to the second upper-case word
// it knows as a country.
type fakeCoder struct{}

var fakeCountries = map[string]string{"Mexico": "MEX", "Washington": "USA", "Canada": "CAN"}

func (fakeCoder) Process(_ context.Context, d *dyad.Document) error {
	if d.HTML != "" {
		d.Text = strings.TrimSpace(strings.NewReplacer("<p>", "", "</p>", "\n").Replace(d.HTML))
	}
	d.Blocks = []dyad.Block{{Kind: dyad.BlockBody, Text: d.Text, Start: 0, End: len(d.Text)}}
	d.Sentences = []dyad.Sentence{{Text: d.Text, Start: 0, End: len(d.Text)}}
	var found []dyad.Mention
	for name, code := range fakeCountries {
		if i := strings.Index(d.Text, name); i >= 0 {
			found = append(found, dyad.Mention{Start: i, End: i + len(name), Text: name, Kind: "name", Ref: -1,
				Actor: &dyad.Actor{Code: code, Name: name, Known: true}})
		}
	}
	if len(found) < 2 || !strings.Contains(d.Text, "meets") {
		return nil
	}
	if found[0].Start > found[1].Start {
		found[0], found[1] = found[1], found[0]
	}
	d.Mentions = found
	v := strings.Index(d.Text, "meets")
	d.Events = []dyad.Event{{Doc: d.ID, Date: d.Date.Format(time.DateOnly), DatePrecision: dyad.PrecisionDay,
		Source: *found[0].Actor, Target: *found[1].Actor, CAMEO: "040", Root: "04", QuadClass: 1, Goldstein: 1,
		Modality: dyad.Asserted, Quote: -1, Text: d.Text, Evidence: dyad.Evidence{Pattern: "fake",
			Words: []dyad.Span{{Role: "verb", Text: "meets", Start: v, End: v + 5}}}}}
	return nil
}

func newTestServer(t testing.TB) (*httptest.Server, *store.DB) {
	t.Helper()
	db, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "t.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	srv := httptest.NewServer(New(Config{Store: db, Pipeline: fakeCoder{}, MaxBody: 1 << 16}))
	t.Cleanup(srv.Close)
	return srv, db
}

// post sends body to POST /api/documents and decodes the answer into out.
func post(t testing.TB, srv *httptest.Server, body string, out any) int {
	t.Helper()
	resp, err := http.Post(srv.URL+"/api/documents", "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	decode(t, resp.Body, out)
	return resp.StatusCode
}

func get(t testing.TB, srv *httptest.Server, path string, out any) int {
	t.Helper()
	resp, err := http.Get(srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); strings.HasPrefix(path, "/api/") && !strings.HasPrefix(ct, "application/json") {
		t.Errorf("GET %s: Content-Type %q", path, ct)
	}
	decode(t, resp.Body, out)
	return resp.StatusCode
}

func decode(t testing.TB, r io.Reader, out any) {
	t.Helper()
	if out == nil {
		out = new(map[string]any)
	}
	if err := json.NewDecoder(r).Decode(out); err != nil {
		t.Fatalf("decode: %v", err)
	}
}

// seed stores three documents through the API.
func seed(t testing.TB, srv *httptest.Server) {
	t.Helper()
	for _, b := range []string{
		`{"text":"Washington meets Mexico over border trade.","date":"2026-03-02","source":"Wire One","id":"a"}`,
		`{"text":"Canada meets Mexico on fisheries quotas.","date":"2026-03-10","source":"Wire Two","id":"b"}`,
		`{"html":"<p>Washington meets Canada about lumber tariffs.</p>","date":"2026-02-20","source":"Wire One","id":"c"}`,
	} {
		var res postResult
		if code := post(t, srv, b, &res); code != http.StatusCreated {
			t.Fatalf("seed %s: status %d", b, code)
		}
	}
}

func TestPostDocument(t *testing.T) {
	srv, _ := newTestServer(t)
	var res postResult
	code := post(t, srv, `{"text":"Washington meets Mexico over border trade.","date":"2026-03-02","source":"Wire"}`, &res)
	if code != http.StatusCreated || res.Status != store.Inserted {
		t.Fatalf("status %d %q", code, res.Status)
	}
	d := res.Document
	if d.ID == 0 || len(d.Events) != 1 || d.Events[0].Source.Code != "USA" || d.Events[0].Target.Code != "MEX" {
		t.Fatalf("document %d events %+v", d.ID, d.Events)
	}
	if code := post(t, srv, `{"text":"Washington meets Mexico over border trade.","date":"2026-03-02","source":"Wire"}`, &res); code != http.StatusOK || res.Status != store.Exists {
		t.Errorf("second post: status %d %q, want 200 exists", code, res.Status)
	}
}

func TestEvents(t *testing.T) {
	srv, _ := newTestServer(t)
	seed(t, srv)
	tests := []struct {
		query string
		want  []string // source>target of each event, in order
		next  int
	}{
		{"", []string{"CAN>MEX", "USA>MEX", "USA>CAN"}, 0},
		{"?sort=date", []string{"USA>CAN", "USA>MEX", "CAN>MEX"}, 0},
		{"?actor=USA", []string{"USA>MEX", "USA>CAN"}, 0},
		{"?dyad=USA:MEX", []string{"USA>MEX"}, 0},
		{"?target=MEX&source=CA", []string{"CAN>MEX"}, 0},
		{"?from=2026-03-01&to=2026-03-05", []string{"USA>MEX"}, 0},
		{"?cameo=04&quad=1&modality=asserted", []string{"CAN>MEX", "USA>MEX", "USA>CAN"}, 0},
		{"?cameo=19", nil, 0},
		{"?quad=4", nil, 0},
		{"?publisher=Wire+One&sort=date", []string{"USA>CAN", "USA>MEX"}, 0},
		{"?publisher=Wire'+OR+1=1--", nil, 0},
		{"?limit=2", []string{"CAN>MEX", "USA>MEX"}, 2},
		{"?limit=2&offset=2", []string{"USA>CAN"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			var page eventPage
			if code := get(t, srv, "/api/events"+tt.query, &page); code != http.StatusOK {
				t.Fatalf("status %d", code)
			}
			var got []string
			for _, e := range page.Events {
				got = append(got, e.Source.Code+">"+e.Target.Code)
			}
			if strings.Join(got, " ") != strings.Join(tt.want, " ") || page.Next != tt.next {
				t.Errorf("got %v next %d, want %v next %d", got, page.Next, tt.want, tt.next)
			}
		})
	}
}

func TestBadRequests(t *testing.T) {
	srv, _ := newTestServer(t)
	seed(t, srv)
	tests := []struct{ method, path, body string }{
		{"GET", "/api/events?colour=red", ""},
		{"GET", "/api/events?actor=USA'%20OR%201=1--", ""},
		{"GET", "/api/events?actor=USA&actor=MEX", ""},
		{"GET", "/api/events?from=March", ""},
		{"GET", "/api/events?quad=5", ""},
		{"GET", "/api/events?cameo=04%25", ""},
		{"GET", "/api/events?modality=maybe", ""},
		{"GET", "/api/events?sort=id;DROP%20TABLE%20events", ""},
		{"GET", "/api/events?limit=100000", ""},
		{"GET", "/api/events?offset=-1", ""},
		{"GET", "/api/events?dyad=USA", ""},
		{"GET", "/api/events?dyad=USA:MEX&source=USA", ""},
		{"GET", "/api/events/abc", ""},
		{"GET", "/api/events/0", ""},
		{"GET", "/api/documents/1;DELETE", ""},
		{"GET", "/api/search", ""},
		{"GET", "/api/search?q=" + strings.Repeat("x", 600), ""},
		{"GET", "/api/series", ""},
		{"GET", "/api/series?dyad=USA:MEX&interval=day", ""},
		{"GET", "/api/series?dyad=usa:mex", ""},
		{"POST", "/api/documents", `{"text":`},
		{"POST", "/api/documents", `{"text":"a","colour":"red"}`},
		{"POST", "/api/documents", `{"text":"a"} {"text":"b"}`},
		{"POST", "/api/documents", `{}`},
		{"POST", "/api/documents", `{"text":"a","html":"<p>b</p>"}`},
		{"POST", "/api/documents", `{"text":"a","date":"yesterday"}`},
		{"POST", "/api/documents", `{"url":"file:///etc/passwd"}`},
		{"POST", "/api/documents", `{"url":"https://example.com/"}`}, // this server has no fetcher
		{"POST", "/api/documents", `[1,2,3]`},
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.path+" "+tt.body, func(t *testing.T) {
			code, body := do(t, srv, tt.method, tt.path, tt.body)
			if code != http.StatusBadRequest || body.Status != code || body.Error == "" {
				t.Errorf("status %d body %+v, want 400 with a JSON error", code, body)
			}
		})
	}
}

func do(t *testing.T, srv *httptest.Server, method, path, body string) (int, errorBody) {
	t.Helper()
	req, err := http.NewRequest(method, srv.URL+path, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var eb errorBody
	decode(t, resp.Body, &eb)
	return resp.StatusCode, eb
}

func TestOtherErrors(t *testing.T) {
	srv, _ := newTestServer(t)
	huge := `{"text":"` + strings.Repeat("war and peace ", 10000) + `"}`
	tests := []struct {
		name, method, path, body string
		want                     int
	}{
		{"huge body", "POST", "/api/documents", huge, http.StatusRequestEntityTooLarge},
		{"missing event", "GET", "/api/events/999", "", http.StatusNotFound},
		{"missing document", "GET", "/api/documents/999", "", http.StatusNotFound},
		{"unknown route", "GET", "/api/nothing", "", http.StatusNotFound},
		{"wrong method", "DELETE", "/api/events", "", http.StatusNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, _ := http.NewRequest(tt.method, srv.URL+tt.path, strings.NewReader(tt.body))
			req.Header.Set("Content-Type", "application/json")
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != tt.want {
				t.Errorf("status %d, want %d", resp.StatusCode, tt.want)
			}
		})
	}
}

func TestEventAndDocument(t *testing.T) {
	srv, _ := newTestServer(t)
	seed(t, srv)
	var page eventPage
	get(t, srv, "/api/events?dyad=CAN:MEX", &page)
	if len(page.Events) != 1 {
		t.Fatalf("events %+v", page.Events)
	}
	var ev store.Event
	if code := get(t, srv, "/api/events/"+itoa(page.Events[0].ID), &ev); code != http.StatusOK {
		t.Fatalf("status %d", code)
	}
	if len(ev.Mentions) != 1 || ev.Mentions[0].Event.Evidence.Pattern != "fake" || ev.Mentions[0].Publisher != "Wire Two" {
		t.Fatalf("mentions %+v", ev.Mentions)
	}
	var doc store.Document
	if code := get(t, srv, "/api/documents/"+itoa(ev.Mentions[0].Doc), &doc); code != http.StatusOK {
		t.Fatalf("status %d", code)
	}
	if !strings.HasPrefix(doc.Text, "Canada meets Mexico") || len(doc.Mentions) != 2 || len(doc.Blocks) != 1 {
		t.Errorf("document %+v", doc.Document)
	}
}

func itoa(n int64) string { b, _ := json.Marshal(n); return string(b) }

func TestSearchSeriesActors(t *testing.T) {
	srv, _ := newTestServer(t)
	seed(t, srv)
	var sr searchResult
	get(t, srv, "/api/search?q=fisheries", &sr)
	if len(sr.Hits) != 1 || !strings.Contains(sr.Hits[0].Snippet, "fisheries") {
		t.Errorf("search fisheries: %+v", sr.Hits)
	}
	get(t, srv, `/api/search?q=%22fish*%20OR%20NEAR(x)%27%3B--`, &sr) // FTS and SQL syntax is taken as words
	if len(sr.Hits) != 0 {
		t.Errorf("search with operators: %+v", sr.Hits)
	}
	var se seriesResult
	get(t, srv, "/api/series?dyad=USA:MEX&interval=week", &se)
	if len(se.Buckets) != 1 || se.Buckets[0].Start != "2026-03-02" || se.Buckets[0].Quad[0] != 1 {
		t.Errorf("series: %+v", se)
	}
	var ac struct{ Actors []store.ActorCount }
	get(t, srv, "/api/actors", &ac)
	counts := map[string]int{}
	for _, a := range ac.Actors {
		counts[a.Code] = a.Events
	}
	if counts["USA"] != 2 || counts["MEX"] != 2 || counts["CAN"] != 2 {
		t.Errorf("actors: %+v", ac.Actors)
	}
}

func TestNoPipeline(t *testing.T) {
	db, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "t.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	srv := httptest.NewServer(New(Config{Store: db}))
	defer srv.Close()
	if code, _ := do(t, srv, "POST", "/api/documents", `{"text":"x"}`); code != http.StatusServiceUnavailable {
		t.Errorf("status %d, want 503", code)
	}
}

// TestArticleMarkupStaysInert checks that markup in an article comes back
// as JSON-escaped data and that the headers forbid inline scripts.
func TestArticleMarkupStaysInert(t *testing.T) {
	srv, _ := newTestServer(t)
	var res postResult
	post(t, srv, `{"text":"Washington meets Mexico <script>alert(1)</script> <img src=x onerror=alert(2)>."}`, &res)
	resp, err := http.Get(srv.URL + "/api/documents/" + itoa(res.Document.ID))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	if strings.Contains(string(raw), "<script>") || strings.Contains(string(raw), "<img") {
		t.Errorf("raw markup in JSON: %s", raw)
	}
	if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") {
		t.Errorf("Content-Security-Policy %q", csp)
	}
	var doc store.Document
	if err := json.Unmarshal(raw, &doc); err != nil || !strings.Contains(doc.Text, "<script>alert(1)</script>") {
		t.Errorf("text lost in escaping: %v %q", err, doc.Text)
	}
}

func TestUIMount(t *testing.T) {
	ui := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "page "+r.URL.Path) })
	srv := httptest.NewServer(New(Config{Store: nil, UI: ui}))
	defer srv.Close()
	tests := []struct {
		method, path string
		want         int
	}{
		{"GET", "/", http.StatusOK},
		{"GET", "/app.js", http.StatusOK},
		{"POST", "/", http.StatusMethodNotAllowed},
		{"GET", "/api/unknown", http.StatusNotFound},
	}
	for _, tt := range tests {
		t.Run(tt.method+tt.path, func(t *testing.T) {
			req, _ := http.NewRequest(tt.method, srv.URL+tt.path, nil)
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != tt.want {
				t.Errorf("status %d, want %d", resp.StatusCode, tt.want)
			}
		})
	}
}

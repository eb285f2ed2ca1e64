package api

import (
	"net/http"
	"net/url"
	"strings"

	"github.com/dyad-events/dyad/internal/store"
)

// eventPage is the answer to GET /api/events. Next is the offset of the
// following page, or 0 when this is the last.
type eventPage struct {
	Events []store.Event `json:"events"`
	Limit  int           `json:"limit"`
	Offset int           `json:"offset"`
	Next   int           `json:"next,omitempty"`
}

func (s *Server) listEvents(w http.ResponseWriter, r *http.Request) {
	q, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		s.fail(w, r, badRequest("query: %v", err))
		return
	}
	f, err := parseFilter(q)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	page := eventPage{Limit: f.Limit, Offset: f.Offset}
	f.Limit++ // one more than asked tells whether a next page exists
	evs, err := s.cfg.Store.Events(r.Context(), f)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if len(evs) > page.Limit {
		evs, page.Next = evs[:page.Limit], page.Offset+page.Limit
	}
	page.Events = nonNil(evs)
	writeJSON(w, http.StatusOK, page)
}

func (s *Server) getEvent(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	ev, err := s.cfg.Store.Event(r.Context(), id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, ev)
}

func (s *Server) getDocument(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	d, err := s.cfg.Store.Document(r.Context(), id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, d)
}

// searchResult is the answer to GET /api/search.
type searchResult struct {
	Query string      `json:"query"`
	Hits  []store.Hit `json:"hits"`
}

func (s *Server) search(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	text := strings.TrimSpace(q.Get("q"))
	if text == "" || len(text) > 500 {
		s.fail(w, r, badRequest("q: want 1 to 500 bytes of words to search for"))
		return
	}
	limit, err := intParam(q, "limit", 50, 1, maxSearch)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	hits, err := s.cfg.Store.Search(r.Context(), text, limit)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, searchResult{text, nonNil(hits)})
}

// seriesResult is the answer to GET /api/series.
type seriesResult struct {
	Source   string         `json:"source"`
	Target   string         `json:"target"`
	Interval store.Interval `json:"interval"`
	Buckets  []store.Bucket `json:"buckets"`
}

func (s *Server) series(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	src, tgt, err := store.ParseDyad(q.Get("dyad"))
	if err != nil || !codeRE.MatchString(src) || !codeRE.MatchString(tgt) {
		s.fail(w, r, badRequest("dyad %q: want SOURCE:TARGET actor code prefixes, like USA:MEX", q.Get("dyad")))
		return
	}
	iv := store.Interval(q.Get("interval"))
	if iv == "" {
		iv = store.Week
	}
	if iv != store.Week && iv != store.Month {
		s.fail(w, r, badRequest("interval %q: want week or month", iv))
		return
	}
	bs, err := s.cfg.Store.Series(r.Context(), src, tgt, iv)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, seriesResult{src, tgt, iv, nonNil(bs)})
}

func (s *Server) actors(w http.ResponseWriter, r *http.Request) {
	as, err := s.cfg.Store.Actors(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	limit, err := intParam(r.URL.Query(), "limit", maxLimit, 1, maxLimit)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"actors": nonNil(as[:min(len(as), limit)])})
}

// nonNil makes an empty result encode as [] rather than null.
func nonNil[T any](xs []T) []T {
	if xs == nil {
		return []T{}
	}
	return xs
}

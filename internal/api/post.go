package api

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/store"
)

// postRequest is the body of POST /api/documents: exactly one of Text,
// HTML and URL, plus optional metadata.
type postRequest struct {
	Text   string `json:"text"`
	HTML   string `json:"html"`
	URL    string `json:"url"`
	ID     string `json:"id"`
	Date   string `json:"date"`   // YYYY-MM-DD or RFC 3339
	Source string `json:"source"` // publisher
	Title  string `json:"title"`
}

// postResult is the answer: what the store did and the annotated document.
type postResult struct {
	Status   store.PutStatus `json:"stored"` // inserted or exists
	Document store.Document  `json:"document"`
}

func (s *Server) postDocument(w http.ResponseWriter, r *http.Request) {
	if s.cfg.Pipeline == nil {
		s.fail(w, r, &apiError{http.StatusServiceUnavailable, "this server does not code documents"})
		return
	}
	req, err := s.decodePost(w, r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	d, err := s.document(r.Context(), req)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	res, err := s.codeAndStore(r.Context(), d)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	status := http.StatusCreated
	if res.Status == store.Exists {
		status = http.StatusOK
	}
	writeJSON(w, status, res)
}

// decodePost reads and checks the request body.
func (s *Server) decodePost(w http.ResponseWriter, r *http.Request) (postRequest, error) {
	var req postRequest
	if ct := r.Header.Get("Content-Type"); ct != "" && !strings.HasPrefix(ct, "application/json") {
		return req, &apiError{http.StatusUnsupportedMediaType, "Content-Type: want application/json"}
	}
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, s.cfg.MaxBody))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return req, err
		}
		return req, badRequest("body: %v", err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return req, badRequest("body: want one JSON object and nothing after it")
	}
	return req, req.check()
}

// check validates the fields of a post request.
func (p postRequest) check() error {
	given := 0
	for _, v := range []string{p.Text, p.HTML, p.URL} {
		if strings.TrimSpace(v) != "" {
			given++
		}
	}
	if given != 1 {
		return badRequest("give exactly one of text, html and url")
	}
	for name, v := range map[string]string{"text": p.Text, "html": p.HTML, "id": p.ID, "source": p.Source, "title": p.Title} {
		if !utf8.ValidString(v) {
			return badRequest("%s: not valid UTF-8", name)
		}
	}
	if len(p.ID) > 200 || len(p.Source) > 200 || len(p.Title) > 1000 {
		return badRequest("id, source or title too long")
	}
	if p.URL != "" {
		u, err := url.Parse(p.URL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return badRequest("url %q: want an http or https URL", p.URL)
		}
	}
	return nil
}

// document builds the dyad.Document to code, fetching it for a URL.
func (s *Server) document(ctx context.Context, p postRequest) (*dyad.Document, error) {
	d := &dyad.Document{Text: p.Text, HTML: p.HTML, Format: "text"}
	if p.HTML != "" {
		d.Format = "html"
	}
	if p.URL != "" {
		if s.cfg.Fetch == nil {
			return nil, badRequest("this server does not fetch URLs; post text or html")
		}
		var err error
		if d, err = s.cfg.Fetch(ctx, p.URL); err != nil {
			return nil, &apiError{http.StatusBadGateway, fmt.Sprintf("fetch %s: %v", p.URL, err)}
		}
	}
	if p.Date != "" {
		t, err := parseDate(p.Date)
		if err != nil {
			return nil, err
		}
		d.Date = t
	}
	setIf(&d.ID, p.ID)
	setIf(&d.Source, p.Source)
	setIf(&d.Title, p.Title)
	if d.ID == "" {
		d.ID = "api-" + time.Now().UTC().Format("20060102T150405.000000000")
	}
	return d, nil
}

func setIf(dst *string, v string) {
	if v != "" {
		*dst = v
	}
}

func parseDate(s string) (time.Time, error) {
	for _, layout := range []string{time.RFC3339, time.DateOnly} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, badRequest("date %q: want YYYY-MM-DD or RFC 3339", s)
}

// codeAndStore runs the pipeline on d, stores it and reads it back
// annotated as the store keeps it.
func (s *Server) codeAndStore(ctx context.Context, d *dyad.Document) (postResult, error) {
	ctx, cancel := context.WithTimeout(ctx, s.cfg.CodeTimeout)
	defer cancel()
	s.coding.Lock()
	err := s.cfg.Pipeline.Process(ctx, d)
	s.coding.Unlock()
	if err != nil {
		return postResult{}, fmt.Errorf("api: code: %w", err)
	}
	if d.Failed() {
		return postResult{}, &apiError{http.StatusUnprocessableEntity, "document unusable: " + firstError(d)}
	}
	res, err := s.cfg.Store.PutDocument(ctx, d)
	if err != nil {
		return postResult{}, fmt.Errorf("api: store: %w", err)
	}
	if res.Status == store.Unusable || res.ID == 0 {
		return postResult{}, &apiError{http.StatusUnprocessableEntity, "document unusable: " + firstError(d)}
	}
	sd, err := s.cfg.Store.Document(ctx, res.ID)
	if err != nil {
		return postResult{}, fmt.Errorf("api: read back: %w", err)
	}
	return postResult{res.Status, sd}, nil
}

func firstError(d *dyad.Document) string {
	if len(d.Errors) == 0 {
		return "nothing to code"
	}
	return d.Errors[0].Message
}

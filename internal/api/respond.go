package api

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"

	"github.com/dyad-events/dyad/internal/store"
)

// apiError is an error with the HTTP status it answers with.
type apiError struct {
	status int
	msg    string
}

func (e *apiError) Error() string { return e.msg }

// badRequest is a 400 with a message for the client.
func badRequest(format string, args ...any) error {
	return &apiError{http.StatusBadRequest, fmt.Sprintf(format, args...)}
}

// writeJSON writes v with status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true) // article text may hold markup; keep it inert even if misread as HTML
	_ = enc.Encode(v)
}

// errorBody is the JSON of every error response.
type errorBody struct {
	Error  string `json:"error"`
	Status int    `json:"status"`
}

// fail answers with err: its own status for an apiError, 404 for a
// missing id, 500 (without details, which go to the log) otherwise.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	var ae *apiError
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &ae):
		writeJSON(w, ae.status, errorBody{ae.msg, ae.status})
	case errors.As(err, &mbe):
		writeJSON(w, http.StatusRequestEntityTooLarge, errorBody{fmt.Sprintf("body larger than %d bytes", mbe.Limit), http.StatusRequestEntityTooLarge})
	case errors.Is(err, store.ErrNotFound):
		writeJSON(w, http.StatusNotFound, errorBody{"not found", http.StatusNotFound})
	default:
		s.cfg.Log.Error("request failed", "path", r.URL.Path, "err", err)
		writeJSON(w, http.StatusInternalServerError, errorBody{"internal error", http.StatusInternalServerError})
	}
}

func (s *Server) notFound(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusNotFound, errorBody{"no such route: " + r.Method + " " + r.URL.Path, http.StatusNotFound})
}

// pathID reads the {id} path value: a positive integer.
func pathID(r *http.Request) (int64, error) {
	raw := r.PathValue("id")
	id, err := strconv.ParseInt(raw, 10, 64)
	if err != nil || id <= 0 {
		return 0, badRequest("id %q: want a positive integer", raw)
	}
	return id, nil
}

// secured sets headers that keep the UI from running anything it did not
// ship: no inline scripts, no other origins, no framing.
func secured(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		next.ServeHTTP(w, r)
	})
}

// ui serves the UI's files to GET and HEAD, when the server has a UI.
func (s *Server) ui(w http.ResponseWriter, r *http.Request) {
	switch {
	case s.cfg.UI == nil:
		s.notFound(w, r)
	case r.Method != http.MethodGet && r.Method != http.MethodHead:
		w.Header().Set("Allow", "GET, HEAD")
		writeJSON(w, http.StatusMethodNotAllowed, errorBody{"method not allowed", http.StatusMethodNotAllowed})
	default:
		s.cfg.UI.ServeHTTP(w, r)
	}
}

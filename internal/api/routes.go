package api

import "net/http"

// routes is the one list of every route the server answers.
func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/events", s.listEvents)
	mux.HandleFunc("GET /api/events/{id}", s.getEvent)
	mux.HandleFunc("GET /api/documents/{id}", s.getDocument)
	mux.HandleFunc("POST /api/documents", s.postDocument)
	mux.HandleFunc("GET /api/search", s.search)
	mux.HandleFunc("GET /api/series", s.series)
	mux.HandleFunc("GET /api/actors", s.actors)
	mux.HandleFunc("/api/", s.notFound)
	mux.HandleFunc("/", s.ui)
	return secured(mux)
}

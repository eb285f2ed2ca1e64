// Package api serves the event database over HTTP as JSON: events with
// filters and pagination, one event with its evidence, annotated
// documents, full-text search, dyad time series, actors, and coding a new
// document on request. Every route is listed in routes.go.
//
// It does not code or store anything itself: the pipeline arrives as a
// dyad.Stage and the database as a Store, so tests can use small fakes.
// It does not serve the UI's files; the caller mounts them (see
// internal/web) through Config.UI.
package api

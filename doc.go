// Package dyad holds the domain types of the dyad event coder: a Document
// read from news, its Blocks and Sentences, the Tokens a parser fills in,
// Mentions of Actors, coded Events, Quotes, Places and TimeRefs.
//
// The package does no I/O and has no dependencies beyond the standard
// library. Every pipeline stage (internal/...) takes a *Document, adds what it
// knows and returns; cmd/dyad puts the stages in order.
//
// Offsets: every Start/End in these types is a byte offset into
// Document.Text (UTF-8), half-open [Start, End).
package dyad

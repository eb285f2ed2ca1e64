package dyad

import (
	"fmt"
	"time"
)

// Document is one news item: an article, a feed entry, a WARC record, a line
// of a JSON export. Text is the whole cleaned text; Blocks partition it.
type Document struct {
	ID       string         `json:"id"`
	URL      string         `json:"url,omitempty"`
	Title    string         `json:"title,omitempty"`
	Source   string         `json:"source,omitempty"`    // publisher or agency ("Reuters")
	Byline   string         `json:"byline,omitempty"`    // author line as printed
	SiteName string         `json:"site_name,omitempty"` // from HTML metadata
	Date     time.Time      `json:"date,omitzero"`       // publication time; zero when unknown
	Lang     string         `json:"lang,omitempty"`
	Format   string         `json:"format,omitempty"` // input format the reader detected (text, html, jsonl, rss, atom, warc, petrarch)
	Origin   string         `json:"origin,omitempty"` // where it came from: path, URL, path#record
	Meta     map[string]any `json:"meta,omitempty"`   // input fields dyad does not interpret, kept as given

	// HTML keeps the raw markup of an HTML item until extraction has run; it
	// is never written out.
	HTML string `json:"-"`

	Text      string     `json:"text"`
	Blocks    []Block    `json:"blocks"`
	Sentences []Sentence `json:"sentences"`
	Mentions  []Mention  `json:"mentions,omitempty"`
	Quotes    []Quote    `json:"quotes,omitempty"`
	Times     []TimeRef  `json:"times,omitempty"`
	Places    []Place    `json:"places,omitempty"`
	Events    []Event    `json:"events,omitempty"`
	Errors    []Error    `json:"errors"`
}

// AddError records a problem with this document without stopping the batch.
func (d *Document) AddError(stage, reason, format string, args ...any) {
	d.Errors = append(d.Errors, NewError(stage, reason, format, args...))
}

// Failed reports whether any error recorded on d made it unreadable, as
// opposed to a repair that was noted (see Error.Fatal).
func (d *Document) Failed() bool {
	for _, e := range d.Errors {
		if e.Fatal {
			return true
		}
	}
	return false
}

// BlockKind says what a block of text is and whether it is analysed.
type BlockKind string

// The kinds of block the cleaner assigns. Only Title, Dateline, Body and Post
// blocks are analysed; Byline and Boilerplate are kept but never coded.
const (
	BlockTitle       BlockKind = "title"       // headline
	BlockByline      BlockKind = "byline"      // "By Jane Doe"
	BlockDateline    BlockKind = "dateline"    // "MEXICO CITY (Reuters) -" opening a story
	BlockBody        BlockKind = "body"        // article paragraph
	BlockPost        BlockKind = "post"        // embedded social-media post
	BlockBoilerplate BlockKind = "boilerplate" // related links, share prompts, credits, ads
)

// Analysed reports whether later stages should read this kind of block.
func (k BlockKind) Analysed() bool {
	switch k {
	case BlockTitle, BlockDateline, BlockBody, BlockPost:
		return true
	}
	return false
}

// Block is a contiguous span of Document.Text with one kind. Text equals
// Document.Text[Start:End].
type Block struct {
	Kind  BlockKind `json:"kind"`
	Text  string    `json:"text"`
	Start int       `json:"start"`
	End   int       `json:"end"`
	Post  *Post     `json:"post,omitempty"`
	// Place and Source are filled for a dateline ("MEXICO CITY (Reuters) -").
	Place  string `json:"place,omitempty"`
	Source string `json:"source,omitempty"`
	// Reason names the rule that chose Kind, so a user can see why a
	// paragraph was dropped as boilerplate.
	Reason string `json:"reason,omitempty"`
}

// Post describes an embedded social-media post.
type Post struct {
	Author   string    `json:"author,omitempty"`
	Handle   string    `json:"handle,omitempty"` // "@WSJ"
	Date     time.Time `json:"date,omitzero"`
	URL      string    `json:"url,omitempty"`
	Platform string    `json:"platform,omitempty"` // twitter, instagram, bluesky, mastodon, facebook, youtube, telegram
}

// Error is a problem met while reading or analysing one document.
type Error struct {
	Stage   string `json:"stage"`   // package that found it: read, clean, parse...
	Reason  string `json:"reason"`  // stable key for counting: binary, invalid-utf8, empty, truncated, malformed, oversize, fetch, io
	Message string `json:"message"` // human-readable detail
	// Fatal is true when the item could not be read at all; false when it
	// was repaired (invalid UTF-8 replaced) and analysis went on.
	Fatal bool `json:"fatal"`
}

// Reasons for Error.Reason. They are counted in the batch summary.
const (
	ReasonBinary      = "binary"
	ReasonInvalidUTF8 = "invalid-utf8"
	ReasonEmpty       = "empty"
	ReasonTruncated   = "truncated"
	ReasonMalformed   = "malformed"
	ReasonOversize    = "oversize"
	ReasonFetch       = "fetch"
	ReasonIO          = "io"
	ReasonInternal    = "internal"
)

// NewError builds a fatal Error; callers set Fatal=false for repairs.
func NewError(stage, reason, format string, args ...any) Error {
	msg := format
	if len(args) > 0 {
		msg = fmt.Sprintf(format, args...)
	}
	return Error{Stage: stage, Reason: reason, Message: msg, Fatal: reason != ReasonInvalidUTF8}
}

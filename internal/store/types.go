package store

import "github.com/dyad-events/dyad"

// Event is one merged event: every event mention that reports the same
// thing (see MergeRules), with counts of who reported it.
type Event struct {
	ID            int64          `json:"id"`
	Date          string         `json:"date"` // of its most precise mention
	DatePrecision dyad.Precision `json:"date_precision"`
	Source        dyad.Actor     `json:"source"`
	Target        dyad.Actor     `json:"target"`
	CAMEO         string         `json:"cameo"` // always a string: "036"
	Root          string         `json:"root"`
	QuadClass     int            `json:"quad_class"`
	Goldstein     float64        `json:"goldstein"`
	PLOVER        dyad.PLOVER    `json:"plover"`
	Modality      dyad.Modality  `json:"modality"`
	Place         *dyad.Place    `json:"place,omitempty"`
	// NumMentions counts event mentions; NumArticles the documents they
	// are in; NumSources the distinct publishers; NumStories the documents
	// left once near-duplicates (syndicated copies) are counted once.
	NumMentions int    `json:"num_mentions"`
	NumSources  int    `json:"num_sources"`
	NumArticles int    `json:"num_articles"`
	NumStories  int    `json:"num_stories"`
	FirstSeen   string `json:"first_seen"` // earliest publication date of a mention's document
	LastSeen    string `json:"last_seen"`
	URL         string `json:"url,omitempty"`  // the document that first reported it
	Text        string `json:"text,omitempty"` // the sentence that first reported it
	// Mentions is filled by DB.Event only.
	Mentions []Mention `json:"mentions,omitempty"`
}

// Mention is one event mention as the coder produced it, evidence and all,
// with the document it came from.
type Mention struct {
	ID        int64      `json:"id"`
	Doc       int64      `json:"doc"`
	URL       string     `json:"url,omitempty"`
	Publisher string     `json:"publisher,omitempty"` // Document.Source
	Title     string     `json:"title,omitempty"`
	DupOf     int64      `json:"dup_of,omitempty"` // the document this one is a near-copy of
	Event     dyad.Event `json:"event"`
}

// Document is a stored document rebuilt from the database.
type Document struct {
	ID    int64 `json:"id"`
	DupOf int64 `json:"dup_of,omitempty"`
	dyad.Document
}

// PutStatus says what PutDocuments did with one document.
type PutStatus string

// Outcomes of PutDocuments.
const (
	Inserted PutStatus = "inserted" // new document; a near-copy when DupOf is set
	Exists   PutStatus = "exists"   // same URL (or, without one, same text) already stored, maybe earlier in the batch
	Unusable PutStatus = "unusable" // reading failed; nothing stored so a re-run retries it
)

// PutResult is the outcome for one document.
type PutResult struct {
	ID     int64     // row id; 0 unless Inserted or Exists
	DupOf  int64     // earlier document this one is a near-copy of, or 0
	Status PutStatus // what happened
	Events int       // event mentions stored
}

// ActorCount is one actor code and how many events name it.
type ActorCount struct {
	Code   string `json:"code"`
	Name   string `json:"name,omitempty"`
	Events int    `json:"events"`
}

// Hit is one full-text search result.
type Hit struct {
	ID      int64  `json:"id"`
	URL     string `json:"url,omitempty"`
	Title   string `json:"title,omitempty"`
	Source  string `json:"source,omitempty"`
	Date    string `json:"date,omitempty"`
	Snippet string `json:"snippet"`
}

package dyad

// Modality says whether and how the text asserts that an event happened.
type Modality string

// Modalities. Negated, hypothetical and future events are output but marked,
// never counted as if they happened.
const (
	Asserted     Modality = "asserted"     // the text says it happened
	Negated      Modality = "negated"      // "did not respond", "never accepted"
	Hypothetical Modality = "hypothetical" // if / would / could
	Future       Modality = "future"       // will, plans to
	Proposed     Modality = "proposed"     // offered or intended, where the CAMEO code does not already say so
	Reported     Modality = "reported"     // attributed to a third party: "according to", "reportedly"
)

// Precision of a date.
type Precision string

// Date precisions, coarsest last.
const (
	PrecisionDay   Precision = "day"
	PrecisionWeek  Precision = "week"
	PrecisionMonth Precision = "month"
	PrecisionYear  Precision = "year"
)

// Event is one coded event: Source did CAMEO to Target.
type Event struct {
	ID            string    `json:"id,omitempty"` // stable within a document: doc id + "-" + ordinal
	Doc           string    `json:"doc"`
	Sentence      int       `json:"sentence"` // index into Document.Sentences
	Date          string    `json:"date"`     // ISO 8601 at Precision: 2025-05-03, 2025-04, 2025
	DatePrecision Precision `json:"date_precision"`
	DateText      string    `json:"date_text,omitempty"` // the expression that gave Date, empty when the story date was used
	Source        Actor     `json:"source"`
	Target        Actor     `json:"target"`
	CAMEO         string    `json:"cameo"` // always a string: "036", "0874"
	Root          string    `json:"root"`  // two-digit root: "03"
	Goldstein     float64   `json:"goldstein"`
	QuadClass     int       `json:"quad_class"` // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
	PLOVER        PLOVER    `json:"plover"`
	Modality      Modality  `json:"modality"`
	Quote         int       `json:"quote"`   // index into Document.Quotes of the quote it came from, -1 if none
	Speaker       *Actor    `json:"speaker"` // who said it, when the event is reported speech
	Place         *Place    `json:"place,omitempty"`
	Text          string    `json:"text"` // the sentence
	Evidence      Evidence  `json:"evidence"`
}

// PLOVER is the event in the PLOVER ontology.
type PLOVER struct {
	Type string `json:"type"`
	Mode string `json:"mode,omitempty"`
}

// Evidence ties an event to the words and the rule that produced it.
type Evidence struct {
	Words   []Span `json:"words"`             // matched words: source, verb, target...
	Pattern string `json:"pattern"`           // pattern id
	File    string `json:"file,omitempty"`    // dictionary file:line the pattern came from
	Path    string `json:"path,omitempty"`    // dependency path from verb to source and target
	Comment string `json:"comment,omitempty"` // why a choice was made, for `dyad explain`
}

// Span is a labelled piece of text with its offsets.
type Span struct {
	Role  string `json:"role"` // source, verb, target, negation, ...
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

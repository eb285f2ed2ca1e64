package dyad

// Actor is a political actor resolved from the lexicon: a country, an
// organisation, a person in a role, or an agent ("police") attached to one.
type Actor struct {
	Code    string `json:"code"`              // CAMEO actor code: "USA", "MEXGOV", "USAMIL", "IGOUNO"
	Name    string `json:"name,omitempty"`    // canonical name: "Mexico", "Claudia Sheinbaum"
	ID      string `json:"id,omitempty"`      // lexicon entry id, stable across releases
	Country string `json:"country,omitempty"` // ISO 3166 alpha-3 when known
	Sector  string `json:"sector,omitempty"`  // primary sector code: GOV, MIL, REB, CVL...
	Text    string `json:"text,omitempty"`    // the words in the document that named it
	// Known is false for a named actor missing from the lexicon, kept with
	// its text and a sector guess rather than dropped.
	Known bool `json:"known"`
}

// MentionKind says how a mention names its actor.
type MentionKind string

// Kinds of Mention.
const (
	MentionName    MentionKind = "name"    // proper name: "Claudia Sheinbaum", "Mexico"
	MentionRole    MentionKind = "role"    // role noun: "the president", "Mexico's leader"
	MentionPronoun MentionKind = "pronoun" // she, he, they, her administration
	MentionAgent   MentionKind = "agent"   // generic noun: troops, police, protesters
)

// Mention is a span of a sentence that refers to an actor.
type Mention struct {
	Sentence int         `json:"sentence"` // index into Document.Sentences
	Start    int         `json:"start"`
	End      int         `json:"end"`
	Text     string      `json:"text"`
	Kind     MentionKind `json:"kind"`
	// Head is the index (0-based) of the mention's syntactic head token in
	// its sentence; TokStart/TokEnd are its token span, half-open.
	Head     int `json:"head"`
	TokStart int `json:"tok_start"`
	TokEnd   int `json:"tok_end"`
	// Ref is the index of the earlier mention this one refers back to, or -1.
	Ref   int    `json:"ref"`
	Actor *Actor `json:"actor,omitempty"`
}

package dyad

// Quote is a direct or indirect quotation and who said it.
type Quote struct {
	Text    string `json:"text"` // the words inside the quotation marks, or the reported clause
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Direct  bool   `json:"direct"`
	Block   int    `json:"block"`
	Speaker *Actor `json:"speaker,omitempty"`
	// SpeakerMention indexes Document.Mentions, -1 when the speaker is
	// known only from a post's author.
	SpeakerMention int    `json:"speaker_mention"`
	Verb           string `json:"verb,omitempty"` // said, added, told...
	Parent         int    `json:"parent"`         // enclosing quote index, -1 at top level
	SpeakerText    string `json:"speaker_text,omitempty"`
	// SpeakerStart/End locate SpeakerText in the document; both 0 when the
	// speaker was not named next to the quote (a post's author).
	SpeakerStart int `json:"speaker_start"`
	SpeakerEnd   int `json:"speaker_end"`
	// Inherited is true when no attribution stood by the quote and the
	// speaker was carried over from the previous quote.
	Inherited bool `json:"inherited,omitempty"`
}

// TimeRef is a temporal expression and its normalised value.
type TimeRef struct {
	Text      string    `json:"text"`
	Start     int       `json:"start"`
	End       int       `json:"end"`
	Value     string    `json:"value"` // TimeML value: 2025-05-03, 2025-04, 2025-W18, P1M, PRESENT_REF
	Type      string    `json:"type"`  // DATE, TIME, DURATION, SET
	Precision Precision `json:"precision,omitempty"`
	Anchor    string    `json:"anchor,omitempty"` // the date it was resolved from
}

// Place is a toponym resolved against the gazetteer.
type Place struct {
	Name      string  `json:"name"`
	Text      string  `json:"text,omitempty"`
	Start     int     `json:"start"`
	End       int     `json:"end"`
	Kind      string  `json:"kind,omitempty"`    // country, admin1, city, region, sea, border
	Country   string  `json:"country,omitempty"` // ISO 3166 alpha-3
	Admin1    string  `json:"admin1,omitempty"`
	Lat       float64 `json:"lat"`
	Lon       float64 `json:"lon"`
	GazID     string  `json:"gaz_id,omitempty"`
	Certainty float64 `json:"certainty,omitempty"` // 0..1
	// FromDateline is true for the place named by a story's dateline
	// ("MEXICO CITY (Reuters) -").
	FromDateline bool `json:"from_dateline,omitempty"`
}

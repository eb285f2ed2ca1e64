package dyad

// Sentence is a span of one block, split by internal/text and analysed by
// internal/tag and internal/parse.
type Sentence struct {
	Block  int     `json:"block"` // index into Document.Blocks
	Start  int     `json:"start"`
	End    int     `json:"end"`
	Text   string  `json:"text"`
	Tokens []Token `json:"tokens,omitempty"`
}

// Token is one word of a sentence with its analysis. Head follows CoNLL-U:
// the 1-based index of the head token in the same sentence, 0 for the root,
// -1 before the parser has run.
type Token struct {
	Form  string `json:"form"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Lemma string `json:"lemma,omitempty"`
	UPOS  string `json:"upos,omitempty"`
	XPOS  string `json:"xpos,omitempty"`
	Feats string `json:"feats,omitempty"`
	Head  int    `json:"head"`
	Rel   string `json:"rel,omitempty"` // UD relation to Head: nsubj, obj, obl...
	// SpaceAfter is false when the next token follows without whitespace.
	SpaceAfter bool `json:"space_after"`
}

package conllu

import "strings"

// Word is one syntactic word: a line whose ID is a single integer.
// Columns written "_" are kept as "" except FORM and LEMMA, where an
// underscore can be the word itself.
type Word struct {
	ID     int    // 1-based position in the sentence
	Form   string // FORM
	Lemma  string // LEMMA
	UPOS   string // universal part of speech
	XPOS   string // language-specific tag (PTB for English)
	Feats  string // FEATS, "Number=Sing|..."
	Head   int    // HEAD: 0 root, -1 when the column is "_"
	Deprel string // DEPREL
	Deps   string // DEPS, the enhanced graph
	Misc   string // MISC, "SpaceAfter=No|..."
}

// SpaceAfter reports whether MISC does not say SpaceAfter=No.
func (w Word) SpaceAfter() bool { return spaceAfter(w.Misc) }

// Token is a surface token: either a multiword range ("1-2 don't") or a
// word that no range covers. Tokenizers are scored against these.
type Token struct {
	First, Last int    // IDs of the words it spans; equal for a plain word
	Form        string // the surface form
	Misc        string // MISC of the range line, or of the word
}

// Multi reports whether t is a multiword range.
func (t Token) Multi() bool { return t.Last > t.First }

// SpaceAfter reports whether MISC does not say SpaceAfter=No.
func (t Token) SpaceAfter() bool { return spaceAfter(t.Misc) }

// Empty is an empty node of the enhanced graph ("8.1"); it is kept so a
// sentence can be written back unchanged, but it is not a syntactic word.
type Empty struct {
	After  int    // the word it follows (the 8 of 8.1); 0 before the first
	Index  int    // the 1 of 8.1
	Fields string // the nine columns after ID, joined by tabs, as read
}

// Sentence is one CoNLL-U sentence.
type Sentence struct {
	// Comments are the comment lines in order, without the leading "#"
	// and one following space; they include sent_id and text.
	Comments []string
	Words    []Word
	// Ranges are the multiword ranges only; see Tokens for all tokens.
	Ranges []Token
	Empty  []Empty
}

// Comment returns the value of the first "key = value" comment, and
// whether it was present. A bare "# newpar" counts as present with value "".
func (s *Sentence) Comment(key string) (string, bool) {
	for _, c := range s.Comments {
		k, v, ok := strings.Cut(c, "=")
		if !ok {
			if strings.TrimSpace(c) == key {
				return "", true
			}
			continue
		}
		if strings.TrimSpace(k) == key {
			return strings.TrimSpace(v), true
		}
	}
	return "", false
}

// ID returns the sent_id comment.
func (s *Sentence) ID() string { v, _ := s.Comment("sent_id"); return v }

// Text returns the "# text =" comment.
func (s *Sentence) Text() string { v, _ := s.Comment("text"); return v }

// NewDoc reports whether the sentence starts a document ("# newdoc").
func (s *Sentence) NewDoc() bool { _, ok := s.Comment("newdoc id"); return ok || s.hasBare("newdoc") }

// NewPar reports whether the sentence starts a paragraph ("# newpar").
func (s *Sentence) NewPar() bool { _, ok := s.Comment("newpar id"); return ok || s.hasBare("newpar") }

func (s *Sentence) hasBare(key string) bool {
	_, ok := s.Comment(key)
	return ok
}

// Tokens returns the surface tokens in order: each multiword range once,
// then the words no range covers.
func (s *Sentence) Tokens() []Token {
	out := make([]Token, 0, len(s.Words))
	r := 0
	for i := 0; i < len(s.Words); i++ {
		w := s.Words[i]
		if r < len(s.Ranges) && s.Ranges[r].First == w.ID {
			out = append(out, s.Ranges[r])
			i += s.Ranges[r].Last - s.Ranges[r].First
			r++
			continue
		}
		out = append(out, Token{First: w.ID, Last: w.ID, Form: w.Form, Misc: w.Misc})
	}
	return out
}

func spaceAfter(misc string) bool {
	for f := range strings.SplitSeq(misc, "|") {
		if f == "SpaceAfter=No" {
			return false
		}
	}
	return true
}

package verbs

import (
	"slices"
	"strings"
)

// DiscardCode is written in the code column of a pattern that means "no
// event here" (e.g. "fire" in "fired up").
const DiscardCode = "---"

// Pattern is one lexicon line: a head lemma (or several alternatives) with
// constraints on its dependents that, when a parse matches, yields a CAMEO
// event code — or no event, for discards.
type Pattern struct {
	ID          string // file stem and line, "03-intent:41"
	Code        string // CAMEO event code; "" for a discard
	Discard     bool
	Nominal     bool     // the head is a noun ("talks", "visit"), not a verb
	Lemmas      []string // head lemmas, classes expanded, lower case
	Constraints []Constraint
	Source      string // "03-intent.txt:41"
	Comment     string // the line's trailing comment, if any

	head []alt // as written, before class expansion
}

// Constraint requires (or forbids) a dependent reached from the head by a
// path of relations, optionally with a lemma from Words.
type Constraint struct {
	Forbid bool     // '-' constraint: no such dependent may exist
	Path   []Step   // e.g. obj, or xcomp then obj
	Words  []string // accepted lemmas and UPOS tags, classes expanded; nil means any

	words []alt
	set   map[string]bool // Words indexed, when the list is long
}

// Step is one dependency hop. Rel is a relation name (see RelationNames); Cases,
// when set, are the prepositions (UD "case" child) of which the dependent
// must carry one ("prep/over|on").
type Step struct {
	Rel   string
	Cases []string

	ud []string // relations[Rel], looked up once when the step is parsed
}

// alt is one alternative as written: a word or a @class reference.
type alt struct {
	word  string
	class bool
}

// relations maps the relation names a path step may use to the UD
// relations each matches. A name also matches the UD subtypes of those
// relations (obl matches obl:tmod), except where a subtype is named. It is
// a fixed table, never written.
var relations = map[string][]string{
	"nsubj":    {"nsubj"},
	"obj":      {"obj"},
	"iobj":     {"iobj"},
	"csubj":    {"csubj"},
	"ccomp":    {"ccomp"},
	"xcomp":    {"xcomp"},
	"obl":      {"obl"},
	"nmod":     {"nmod"},
	"prep":     {"obl", "nmod"},
	"advcl":    {"advcl"},
	"acl":      {"acl"},
	"amod":     {"amod"},
	"advmod":   {"advmod"},
	"compound": {"compound"},
	"prt":      {"compound:prt"},
	"nummod":   {"nummod"},
	"appos":    {"appos"},
	"flat":     {"flat"},
	"conj":     {"conj"},
	"mark":     {"mark"},
	"aux":      {"aux"},
	"det":      {"det"},
	"mod":      {"amod", "nmod", "compound"},
}

// Matches reports whether a UD relation (deprel) is covered by rel.
func (s Step) Matches(deprel string) bool {
	ud := s.ud
	if ud == nil {
		ud = relations[s.Rel]
	}
	for _, r := range ud {
		sub := len(deprel) > len(r) && deprel[len(r)] == ':' && deprel[:len(r)] == r
		if deprel == r || (sub && !(r == "compound" && deprel == "compound:prt")) {
			return true
		}
	}
	return false
}

// RelationNames returns the relation names a path step may use, sorted.
func RelationNames() []string {
	names := make([]string, 0, len(relations))
	for n := range relations {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

// Accepts reports whether lemma is in the constraint's word list (or the
// list is empty). It ignores UPOS tags in the list; see AcceptsToken.
func (c Constraint) Accepts(lemma string) bool {
	if c.set != nil {
		return c.set[strings.ToLower(lemma)]
	}
	return c.Words == nil || slices.Contains(c.Words, strings.ToLower(lemma))
}

// AcceptsToken reports whether a token with this lemma and UPOS tag
// satisfies the word list: its lower-cased lemma is listed, or its tag is
// (tags are the capitalized entries, such as PROPN).
func (c Constraint) AcceptsToken(lemma, upos string) bool {
	if c.Accepts(lemma) {
		return true
	}
	return upos != "" && uposTags[upos] && slices.Contains(c.Words, upos)
}

// String renders the constraint in the file syntax with expanded words.
func (c Constraint) String() string {
	var b strings.Builder
	b.WriteByte("+-"[boolInt(c.Forbid)])
	for i, s := range c.Path {
		if i > 0 {
			b.WriteByte('.')
		}
		b.WriteString(s.Rel)
		if len(s.Cases) > 0 {
			b.WriteString("/" + strings.Join(s.Cases, "|"))
		}
	}
	if c.Words != nil {
		b.WriteString(":" + strings.Join(c.Words, "|"))
	}
	return b.String()
}

// String renders the pattern in the file syntax with classes expanded.
func (p *Pattern) String() string {
	code := p.Code
	if p.Discard {
		code = DiscardCode
	}
	parts := []string{code, strings.Join(p.Lemmas, "|")}
	if p.Nominal {
		parts[1] = "n:" + parts[1]
	}
	for _, c := range p.Constraints {
		parts = append(parts, c.String())
	}
	return strings.Join(parts, " ")
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

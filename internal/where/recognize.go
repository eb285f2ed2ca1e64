package where

import (
	"github.com/dyad-events/dyad/internal/fold"
	"strings"
)

// match is a toponym found in a block, before resolution.
type match struct {
	start, end  int // byte offsets in the document
	cands       []int
	block       int
	tok, tokEnd int // token span in the block
	dateline    bool
	// direction is "eastern" in "eastern Mexico"; the place is then a region.
	direction string
	// qual indexes the match that qualifies this one ("Paris, Texas"), or -1.
	qual int
	// person is true when the name is also a personal name.
	person bool
	// border is true for a bare "the border" inferred from the story.
	border bool
}

// titles precede personal names.
var titles = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "sen": true, "rep": true, "gov": true,
	"gen": true, "sir": true, "lady": true, "lord": true, "prof": true, "judge": true,
	"coach": true, "president": true, "senator": true, "actor": true, "actress": true,
	"singer": true, "rapper": true, "player": true, "striker": true, "quarterback": true,
}

// speech verbs follow a person's name ("Jordan said").
var speechVerbs = map[string]bool{
	"said": true, "says": true, "told": true, "added": true, "wrote": true, "scored": true,
	"tweeted": true, "explained": true, "recalled": true, "insisted": true, "who": true,
}

// diseaseWords after a place name make it a disease's name ("West Nile
// virus", "Rift Valley fever").
var diseaseWords = map[string]bool{
	"virus": true, "fever": true, "encephalitis": true, "disease": true, "strain": true, "variant": true,
	"haemorrhagic": true, "hemorrhagic": true, "flu": true, "syndrome": true,
}

// localUnits after a name make it a unit the gazetteer does not hold
// ("Clark County"); the name alone would be another place.
var localUnits = map[string]bool{
	"County": true, "Parish": true, "Township": true, "Borough": true, "District": true, "Municipality": true,
}

// directions turn a country or division into a region of it.
var directions = map[string]bool{
	"northern": true, "southern": true, "eastern": true, "western": true, "central": true,
	"northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true,
	"north-eastern": true, "north-western": true, "south-eastern": true, "south-western": true,
	"rural": true, "coastal": true, "upstate": true, "downstate": true,
}

// blockScan holds the tokens of one block while it is searched.
type blockScan struct {
	g     *Gazetteer
	text  string // the block's text
	base  int    // the block's offset in the document
	block int
	title bool
	// dateline is true for a dateline block.
	dateline bool
	toks     []token
	// tags holds the part-of-speech and relation of the document's parsed
	// tokens by start offset, when a tagger has run; nil otherwise.
	tags tagIndex
}

// tagged is what the tagger and parser said about one word.
type tagged struct {
	upos, rel string
	head      int // start offset of the head word, -1 for the root
}

// notName lists parts of speech a place name never takes.
var notName = map[string]bool{
	"VERB": true, "ADV": true, "ADP": true, "PRON": true, "DET": true, "AUX": true,
	"CCONJ": true, "SCONJ": true, "PART": true, "NUM": true, "INTJ": true,
}

// taggedNot reports whether the tagger read the word at offset as a part of
// speech no place name takes ("Reading" as a verb).
func (b *blockScan) taggedNot(offset int) bool {
	t, ok := b.tags.at(offset)
	return ok && notName[t.upos]
}

// flatName reports whether the parser joined the word after m to it as one
// proper name ("Georgia Smith": flat).
func (b *blockScan) flatName(m *match) bool {
	if !b.isWord(m.tokEnd) {
		return false
	}
	t, ok := b.tags.at(b.base + b.toks[m.tokEnd].start)
	return ok && t.upos == "PROPN" && strings.HasPrefix(t.rel, "flat") && t.head == m.start
}

func (b *blockScan) word(i int) string { return b.text[b.toks[i].start:b.toks[i].end] }

// isWord reports whether token i exists and is a word.
func (b *blockScan) isWord(i int) bool {
	return i >= 0 && i < len(b.toks) && b.toks[i].kind == tokWord
}

// sentenceStart reports whether token i opens a sentence.
func (b *blockScan) sentenceStart(i int) bool {
	if i == 0 {
		return true
	}
	p := b.word(i - 1)
	return p == "." || p == "!" || p == "?" || p == "\"" || p == "“" || p == ":" || p == "—"
}

// find returns the matches in the block, longest first at each position.
func (b *blockScan) find() []match {
	var out []match
	for i := 0; i < len(b.toks); {
		m, ok := b.longest(i)
		if !ok {
			out = append(out, b.hyphenParts(i)...)
			i++
			continue
		}
		if b.keep(&m) {
			out = append(out, m)
		}
		i = m.tokEnd
	}
	return out
}

// longest finds the longest name starting at token i.
func (b *blockScan) longest(i int) (match, bool) {
	if !b.isWord(i) {
		return match{}, false
	}
	first := b.word(i)
	capital := isCapitalised(first)
	n := min(b.g.longestFrom(first), len(b.toks)-i)
	for ; n >= 1; n-- {
		if !b.isWord(i+n-1) && b.word(i+n-1) != "." {
			continue
		}
		cands := b.lookup(i, n, capital)
		if len(cands) > 0 {
			return b.newMatch(i, i+n, cands), true
		}
	}
	return match{}, false
}

// lookup returns the entries named by tokens [i, i+n). Words after the
// first must be capitalised unless some name holds them in lower case
// ("Rio de Janeiro", "US southern border"), so "Jersey" in "New jersey
// cows" is no state.
func (b *blockScan) lookup(i, n int, capital bool) []int {
	// The key is built in a stack buffer: a map index by string(bytes)
	// does not allocate, and most lookups find nothing.
	var buf [128]byte
	key := buf[:0]
	for k := range n {
		w := b.word(i + k)
		if k > 0 && !isCapitalised(w) && !b.g.lowerWords[w] {
			return nil
		}
		if k > 0 {
			key = append(key, ' ')
		}
		key = append(key, w...)
	}
	if c := b.g.exact[string(key)]; len(c) > 0 {
		return c
	}
	var c []int
	if fold.LowerASCII(key) {
		c = b.g.names[string(key)]
	} else {
		c = b.g.names[strings.ToLower(string(key))]
	}
	if !capital {
		return b.g.onlyKind(c, KindBorder)
	}
	return c
}

// longestFrom is the length in tokens of the longest name whose first word
// is w in any case; 0 when none is.
func (g *Gazetteer) longestFrom(w string) int {
	var buf [64]byte
	if len(w) <= len(buf) {
		key := append(buf[:0], w...)
		if fold.LowerASCII(key) {
			return g.firstMax[string(key)]
		}
	}
	return g.firstMax[strings.ToLower(w)]
}

// onlyKind keeps the entries of kind k.
func (g *Gazetteer) onlyKind(c []int, k string) []int {
	var out []int
	for _, i := range c {
		if g.Entries[i].Kind == k {
			out = append(out, i)
		}
	}
	return out
}

func (b *blockScan) newMatch(i, j int, cands []int) match {
	end := b.toks[j-1].end
	if b.word(j-1) == "." && j-i > 1 && !b.abbrevDot(i, j) {
		j--
		end = b.toks[j-1].end
	}
	return match{start: b.base + b.toks[i].start, end: b.base + end, cands: cands, block: b.block, tok: i, tokEnd: j, qual: -1}
}

// abbrevDot reports whether the final "." of tokens [i, j) belongs to the
// name ("Calif.", "U.S.") rather than ending the sentence.
func (b *blockScan) abbrevDot(i, j int) bool {
	w := b.word(j - 2)
	return strings.Contains(w, ".") || len(w) <= 5 && j-i == 2
}

// hyphenParts finds names joined by hyphens inside one word ("Texas-based",
// "US-Mexico").
func (b *blockScan) hyphenParts(i int) []match {
	if !b.isWord(i) || !strings.Contains(b.word(i), "-") {
		return nil
	}
	var out []match
	w, off := b.word(i), b.toks[i].start
	for _, part := range strings.Split(w, "-") {
		if part != "" && isCapitalised(part) {
			c := b.g.exact[part]
			if len(c) == 0 {
				c = b.g.names[strings.ToLower(part)]
			}
			if len(c) > 0 {
				s := b.base + off
				out = append(out, match{start: s, end: s + len(part), cands: c, block: b.block, tok: i, tokEnd: i + 1, qual: -1})
			}
		}
		off += len(part) + 1
	}
	return out
}

// keep applies the context rules to a match; it may mark m as a region or
// a person's name.
func (b *blockScan) keep(m *match) bool {
	key := strings.ToLower(b.text[m.start-b.base : m.end-b.base])
	if m.tokEnd-m.tok == 1 && b.taggedNot(m.start) {
		return false
	}
	if m.tokEnd-m.tok == 1 && b.g.common[key] && (b.sentenceStart(m.tok) || b.title) {
		return false
	}
	if b.isWord(m.tok-1) && titles[strings.TrimSuffix(strings.ToLower(b.word(m.tok-1)), ".")] {
		return false
	}
	if m.tok >= 2 && b.word(m.tok-1) == "." && titles[strings.ToLower(b.word(m.tok-2))] {
		return false
	}
	if b.isWord(m.tokEnd) && (diseaseWords[strings.ToLower(b.word(m.tokEnd))] || localUnits[b.word(m.tokEnd)] ||
		b.g.orgWords[strings.ToLower(b.word(m.tokEnd))]) {
		return false
	}
	if b.g.people[key] {
		m.person = true
		if b.personContext(m) {
			return false
		}
	}
	if b.isWord(m.tok-1) && directions[strings.ToLower(b.word(m.tok-1))] {
		m.direction = strings.ToLower(b.word(m.tok - 1))
	}
	return true
}

// personContext reports whether the words around m say it names a person.
func (b *blockScan) personContext(m *match) bool {
	if b.isWord(m.tok-1) && prepositions[strings.ToLower(b.word(m.tok-1))] {
		// "in Austin told", "of Tyler said": a place.
		return false
	}
	if b.isWord(m.tokEnd) && speechVerbs[strings.ToLower(b.word(m.tokEnd))] || b.flatName(m) {
		return true
	}
	if b.title {
		return false
	}
	possessive := strings.HasPrefix(b.text[m.end-b.base:], "'") || strings.HasPrefix(b.text[m.end-b.base:], "’")
	if !possessive && b.isWord(m.tokEnd) && isCapitalised(b.word(m.tokEnd)) && !b.startsName(m.tokEnd) {
		return true
	}
	p := m.tok - 1
	return b.isWord(p) && isCapitalised(b.word(p)) && !b.sentenceStart(p) && !b.endsName(p)
}

// startsName reports whether a gazetteer name starts at token i.
func (b *blockScan) startsName(i int) bool {
	_, ok := b.longest(i)
	return ok
}

// endsName reports whether token i is the last word of a one-word name.
func (b *blockScan) endsName(i int) bool {
	return len(b.lookup(i, 1, true)) > 0
}

package mention

import (
	"bufio"
	"context"
	_ "embed"
	"fmt"
	"github.com/dyad-events/dyad/internal/fold"
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/actors"
)

//go:embed data/names.txt
var builtinNames string

//go:embed data/sectors.txt
var builtinSectors string

//go:embed data/titles.txt
var builtinTitles string

// Finder is the pipeline stage that fills Document.Mentions.
type Finder struct {
	lx      *actors.Lexicon
	gender  map[string]byte   // given name -> 'f' or 'm'
	sectors map[string]string // last word of an unknown name -> sector
	titles  map[string]string // title before an unknown person's name -> sector
}

// New returns a Finder over the lexicon lx with the built-in name data.
func New(lx *actors.Lexicon) (*Finder, error) {
	f := &Finder{lx: lx, gender: map[string]byte{}, sectors: map[string]string{}, titles: map[string]string{}}
	if err := readLines(builtinNames, func(fs []string) error {
		if len(fs) < 2 || (fs[0] != "f" && fs[0] != "m") {
			return fmt.Errorf("want f|m NAME..., got %q", strings.Join(fs, " "))
		}
		for _, n := range fs[1:] {
			f.gender[strings.ToLower(n)] = fs[0][0]
		}
		return nil
	}); err != nil {
		return nil, fmt.Errorf("mention: names: %w", err)
	}
	if err := readLines(builtinSectors, func(fs []string) error {
		if len(fs) != 2 {
			return fmt.Errorf("want WORD SECTOR, got %q", strings.Join(fs, " "))
		}
		f.sectors[strings.ToLower(fs[0])] = fs[1]
		return nil
	}); err != nil {
		return nil, fmt.Errorf("mention: sectors: %w", err)
	}
	if err := readLines(builtinTitles, func(fs []string) error {
		if len(fs) != 2 {
			return fmt.Errorf("want WORD SECTOR, got %q", strings.Join(fs, " "))
		}
		f.titles[strings.ToLower(fs[0])] = fs[1]
		return nil
	}); err != nil {
		return nil, fmt.Errorf("mention: titles: %w", err)
	}
	return f, nil
}

func readLines(src string, fn func([]string) error) error {
	sc := bufio.NewScanner(strings.NewReader(src))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		if err := fn(strings.Fields(line)); err != nil {
			return fmt.Errorf("line %d: %w", n, err)
		}
	}
	return nil
}

// Process finds the mentions of every analysed sentence, in document
// order, and resolves references back to earlier ones.
func (f *Finder) Process(ctx context.Context, d *dyad.Document) error {
	d.Mentions = d.Mentions[:0]
	r := &resolver{f: f, d: d}
	for si := range d.Sentences {
		s := d.Sentences[si]
		if !d.Blocks[s.Block].Kind.Analysed() || len(s.Tokens) == 0 {
			continue
		}
		r.sentence(si, f.lx.Match(s.Tokens, d.Date))
	}
	return nil
}

// mentionOf turns an actor match into a Mention.
func mentionOf(d *dyad.Document, si int, m actors.Match) dyad.Mention {
	toks := d.Sentences[si].Tokens
	start, end := toks[m.Start].Start, toks[m.End-1].End
	a := m.Actor
	a.Text = d.Text[start:end]
	return dyad.Mention{
		Sentence: si, Start: start, End: end, Text: a.Text, Kind: m.Kind,
		Head: m.Head, TokStart: m.Start, TokEnd: m.End, Ref: -1, Actor: &a,
	}
}

// isPerson reports whether an actor is a person of the lexicon.
func isPerson(a *dyad.Actor) bool { return strings.HasPrefix(a.ID, "people:") }

// genderOf guesses a person's gender from the first given name.
func (f *Finder) genderOf(a *dyad.Actor) byte {
	name := a.Name
	if name == "" {
		name = a.Text
	}
	// Called for every earlier person a pronoun might refer to: the words
	// are walked and looked up without allocating.
	for w := range strings.FieldsSeq(name) {
		if g, ok := lookupLower(f.gender, w); ok {
			return g
		}
	}
	return 0
}

// lookupLower is m[strings.ToLower(w)] without allocating for a short
// ASCII word: it is lowered in a stack buffer, and a map index by
// string(bytes) does not copy.
func lookupLower[V any](m map[string]V, w string) (V, bool) {
	var buf [32]byte
	if len(w) <= len(buf) {
		if k := append(buf[:0], w...); fold.LowerASCII(k) {
			v, ok := m[string(k)]
			return v, ok
		}
	}
	v, ok := m[strings.ToLower(w)]
	return v, ok
}

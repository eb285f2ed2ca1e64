package verbs

import (
	"bufio"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
	"sync"
)

//go:embed data/*.txt
var builtin embed.FS

// Lexicon is a loaded set of patterns and word classes, indexed by head
// lemma. It is read-only after loading and safe for concurrent use.
type Lexicon struct {
	patterns []*Pattern
	verbal   map[string][]*Pattern
	nominal  map[string][]*Pattern
	classes  map[string][]string // expanded members by class name
	defs     map[string]classDef
}

// classDef is a class as written, with where it was defined.
type classDef struct {
	alts []alt
	pos  string
}

// Message is one problem found in lexicon files, placed at file:line.
type Message struct {
	Pos  string // "file.txt:12"
	Text string
}

func (m Message) String() string { return m.Pos + ": " + m.Text }

var defaultOnce = sync.OnceValues(func() (*Lexicon, error) {
	sub, err := BuiltinFS()
	if err != nil {
		return nil, err
	}
	return Load(sub)
})

// Default returns the built-in lexicon, parsed once per process.
func Default() (*Lexicon, error) { return defaultOnce() }

// BuiltinFS returns the built-in lexicon files, for Lint or for users who
// want to start from a copy.
func BuiltinFS() (fs.FS, error) {
	sub, err := fs.Sub(builtin, "data")
	if err != nil {
		return nil, fmt.Errorf("verbs: %w", err)
	}
	return sub, nil
}

// Load reads lexicon files from fsys: the named paths, or every *.txt file
// at its root when none are named. Classes are shared across all files.
// Any malformed line, undefined class or class cycle is an error.
func Load(fsys fs.FS, paths ...string) (*Lexicon, error) {
	lx, msgs := parseFiles(fsys, paths)
	if len(msgs) > 0 {
		errs := make([]error, len(msgs))
		for i, m := range msgs {
			errs[i] = errors.New(m.String())
		}
		return nil, fmt.Errorf("verbs: %w", errors.Join(errs...))
	}
	return lx, nil
}

// parseFiles reads and resolves the files, collecting every problem
// rather than stopping at the first, so Lint can report them all.
func parseFiles(fsys fs.FS, paths []string) (*Lexicon, []Message) {
	if len(paths) == 0 {
		var err error
		if paths, err = fs.Glob(fsys, "*.txt"); err != nil || len(paths) == 0 {
			return nil, []Message{{Pos: ".", Text: "no lexicon files (*.txt) found"}}
		}
	}
	lx := &Lexicon{verbal: map[string][]*Pattern{}, nominal: map[string][]*Pattern{},
		classes: map[string][]string{}, defs: map[string]classDef{}}
	var msgs []Message
	for _, p := range paths {
		msgs = append(msgs, lx.readFile(fsys, p)...)
	}
	msgs = append(msgs, lx.resolve()...)
	return lx, msgs
}

func (lx *Lexicon) readFile(fsys fs.FS, name string) []Message {
	f, err := fsys.Open(name)
	if err != nil {
		return []Message{{Pos: name, Text: err.Error()}}
	}
	defer f.Close()
	var msgs []Message
	base := path.Base(name)
	stem := strings.TrimSuffix(base, path.Ext(base))
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		pos := fmt.Sprintf("%s:%d", base, n)
		ln, err := parseLine(strings.TrimRight(sc.Text(), "\r"))
		if err != nil {
			msgs = append(msgs, Message{pos, err.Error()})
			continue
		}
		if m := lx.add(ln, pos, fmt.Sprintf("%s:%d", stem, n)); m != "" {
			msgs = append(msgs, Message{pos, m})
		}
	}
	if err := sc.Err(); err != nil {
		msgs = append(msgs, Message{base, err.Error()})
	}
	return msgs
}

// add records a parsed line; it returns a problem or "".
func (lx *Lexicon) add(ln line, pos, id string) string {
	switch {
	case ln.class != "":
		if d, dup := lx.defs[ln.class]; dup {
			return fmt.Sprintf("class @%s already defined at %s", ln.class, d.pos)
		}
		lx.defs[ln.class] = classDef{alts: ln.alts, pos: pos}
	case ln.pat != nil:
		ln.pat.ID, ln.pat.Source = id, pos
		lx.patterns = append(lx.patterns, ln.pat)
	}
	return ""
}

// resolve expands classes in every pattern and builds the lemma indexes.
func (lx *Lexicon) resolve() []Message {
	var msgs []Message
	for name := range lx.defs {
		if _, err := lx.expandClass(name, nil); err != nil {
			msgs = append(msgs, Message{lx.defs[name].pos, err.Error()})
		}
	}
	for _, p := range lx.patterns {
		var err error
		if p.Lemmas, err = lx.expand(p.head, nil); err != nil {
			msgs = append(msgs, Message{p.Source, err.Error()})
			continue
		}
		for i := range p.Constraints {
			c := &p.Constraints[i]
			if c.words != nil {
				if c.Words, err = lx.expand(c.words, nil); err != nil {
					msgs = append(msgs, Message{p.Source, err.Error()})
				}
				c.set = wordSet(c.Words)
			}
		}
		lx.index(p)
	}
	sortMessages(msgs)
	return msgs
}

// sortMessages orders messages by file, then by line number.
func sortMessages(msgs []Message) {
	key := func(m Message) (string, int) {
		file, line, _ := strings.Cut(m.Pos, ":")
		n, _ := strconv.Atoi(line)
		return file, n
	}
	sort.SliceStable(msgs, func(i, j int) bool {
		fi, li := key(msgs[i])
		fj, lj := key(msgs[j])
		return fi < fj || (fi == fj && li < lj)
	})
}

func (lx *Lexicon) index(p *Pattern) {
	idx := lx.verbal
	if p.Nominal {
		idx = lx.nominal
	}
	for _, l := range p.Lemmas {
		idx[l] = append(idx[l], p)
	}
}

// expand turns alternatives into a de-duplicated lemma list; stack holds
// the classes being expanded, to catch cycles.
func (lx *Lexicon) expand(alts []alt, stack []string) ([]string, error) {
	if len(alts) == 1 && alts[0].class {
		return lx.expandClass(alts[0].word, stack) // shared, read-only
	}
	out := make([]string, 0, len(alts))
	seen := make(map[string]bool, len(alts))
	for _, a := range alts {
		words := []string{a.word}
		if a.class {
			var err error
			if words, err = lx.expandClass(a.word, stack); err != nil {
				return nil, err
			}
		}
		for _, w := range words {
			if !seen[w] {
				seen[w] = true
				out = append(out, w)
			}
		}
	}
	return out, nil
}

func (lx *Lexicon) expandClass(name string, stack []string) ([]string, error) {
	if words, ok := lx.classes[name]; ok {
		return words, nil
	}
	d, ok := lx.defs[name]
	if !ok {
		return nil, fmt.Errorf("undefined class @%s", name)
	}
	for _, s := range stack {
		if s == name {
			return nil, fmt.Errorf("class cycle: @%s", strings.Join(append(stack, name), " -> @"))
		}
	}
	words, err := lx.expand(d.alts, append(stack, name))
	if err != nil {
		return nil, err
	}
	lx.classes[name] = words
	return words, nil
}

// ByLemma returns the verbal patterns whose head is lemma (lower case).
func (lx *Lexicon) ByLemma(lemma string) []*Pattern { return lx.verbal[strings.ToLower(lemma)] }

// Nominal returns the patterns whose head is the noun lemma ("talk",
// "visit", "strike").
func (lx *Lexicon) Nominal(lemma string) []*Pattern { return lx.nominal[strings.ToLower(lemma)] }

// Patterns returns every pattern in file and line order.
func (lx *Lexicon) Patterns() []*Pattern { return lx.patterns }

// Class returns the expanded members of a class (name without '@').
func (lx *Lexicon) Class(name string) []string { return lx.classes[name] }

// Count is the number of patterns with head-lemma alternatives counted
// separately: a line "arrest|detain|apprehend" counts three. Word lists in
// constraints are not multiplied out.
func (lx *Lexicon) Count() int {
	n := 0
	for _, p := range lx.patterns {
		n += len(p.Lemmas)
	}
	return n
}

// wordSet indexes a long word list so that matching it costs one lookup;
// short lists are scanned.
func wordSet(words []string) map[string]bool {
	if len(words) < 8 {
		return nil
	}
	set := make(map[string]bool, len(words))
	for _, w := range words {
		set[w] = true
	}
	return set
}

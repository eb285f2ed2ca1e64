package actors

import (
	"embed"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

//go:embed data/*.txt
var builtin embed.FS

// form says which of an entry's name lists an alias comes from; it decides
// how the alias combines with its neighbours.
type form uint8

const (
	formName    form = iota // a proper name: "Mexico", "Hamas", "Claudia Sheinbaum"
	formAdj                 // a country adjective: "Mexican"
	formDemonym             // a people: "Mexicans"
	formSeat                // a seat of government standing for it: "the Kremlin"
	formShort               // a person's surname used alone: "Trump"
	formAgent               // a generic noun: "troops", "president"
	formPlural              // an agent noun's generated plural: "presidents"
)

// alias is one name of an entry as the trie stores it.
type alias struct {
	e     *Entry
	form  form
	words []string // the name's words as written in the data, for case rules
	poss  []bool   // whether each word is possessive ("People's")
}

// node is a trie node over folded words.
type node struct {
	next    map[string]*node
	aliases []*alias
}

// Lexicon is a loaded, indexed set of entries. It is read-only after
// loading and safe for concurrent use.
type Lexicon struct {
	Entries []*Entry
	Files   []string
	root    *node
	// countries maps an ISO3 code to its entry, to tell a person's country.
	countries map[string]*Entry
	// twice holds names an entry lists twice, for Lint.
	twice []Problem
}

// Default loads the built-in data files.
func Default() (*Lexicon, error) {
	return LoadFS(builtin, "data")
}

// File is the text of one data file and the name errors cite it by.
type File struct {
	Name string
	Text string
}

// BuiltinFiles returns the built-in data files, for callers that add
// their own (converted dictionaries, say) before building a Lexicon.
func BuiltinFiles() ([]File, error) {
	names, err := fs.Glob(builtin, "data/*.txt")
	if err != nil {
		return nil, fmt.Errorf("actors: %w", err)
	}
	sort.Strings(names)
	out := make([]File, 0, len(names))
	for _, n := range names {
		b, err := fs.ReadFile(builtin, n)
		if err != nil {
			return nil, fmt.Errorf("actors: %w", err)
		}
		out = append(out, File{Name: n, Text: string(b)})
	}
	return out, nil
}

// Build makes a Lexicon from files, read in order; names shared by entries
// of different files are resolved as within one file (see Match).
func Build(files []File) (*Lexicon, error) {
	names := make([]string, 0, len(files))
	srcs := make(map[string]string, len(files))
	for _, f := range files {
		names, srcs[f.Name] = append(names, f.Name), f.Text
	}
	return build(names, srcs)
}

// LoadFS loads every *.txt file of dir in fsys, in name order.
func LoadFS(fsys fs.FS, dir string) (*Lexicon, error) {
	names, err := fs.Glob(fsys, dir+"/*.txt")
	if err != nil {
		return nil, fmt.Errorf("actors: %w", err)
	}
	sort.Strings(names)
	srcs := make(map[string]string, len(names))
	for _, n := range names {
		b, err := fs.ReadFile(fsys, n)
		if err != nil {
			return nil, fmt.Errorf("actors: %w", err)
		}
		srcs[n] = string(b)
	}
	return build(names, srcs)
}

// Load reads the user's data files; a directory stands for its *.txt files.
func Load(paths ...string) (*Lexicon, error) {
	var names []string
	srcs := map[string]string{}
	for _, p := range paths {
		files, err := expand(p)
		if err != nil {
			return nil, err
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				return nil, fmt.Errorf("actors: %w", err)
			}
			names, srcs[f] = append(names, f), string(b)
		}
	}
	return build(names, srcs)
}

func expand(p string) ([]string, error) {
	info, err := os.Stat(p)
	if err != nil {
		return nil, fmt.Errorf("actors: %w", err)
	}
	if !info.IsDir() {
		return []string{p}, nil
	}
	m, err := filepath.Glob(filepath.Join(p, "*.txt"))
	if err != nil {
		return nil, fmt.Errorf("actors: %w", err)
	}
	sort.Strings(m)
	return m, nil
}

func build(names []string, srcs map[string]string) (*Lexicon, error) {
	lx := &Lexicon{root: &node{}, countries: map[string]*Entry{}}
	var errs []string
	for _, n := range names {
		es, err := parseFile(filepath.Base(n), srcs[n])
		if err != nil {
			errs = append(errs, strings.TrimPrefix(err.Error(), "actors: "))
		}
		lx.Files = append(lx.Files, n)
		lx.Entries = append(lx.Entries, es...)
	}
	if len(errs) > 0 {
		return nil, fmt.Errorf("actors: %s", strings.Join(errs, "; "))
	}
	for _, e := range lx.Entries {
		lx.index(e)
	}
	return lx, nil
}

func (lx *Lexicon) index(e *Entry) {
	if e.Kind == KindCountry && e.Code != Blocked {
		if _, dup := lx.countries[e.Code]; !dup {
			lx.countries[e.Code] = e
		}
	}
	form0 := formName
	if e.Kind == KindAgent {
		form0 = formAgent
	}
	for _, n := range e.Names {
		lx.add(e, form0, n)
		if e.Kind == KindAgent {
			if p := plural(n); p != "" {
				lx.add(e, formPlural, p)
			}
		}
	}
	lx.addAll(e, formAdj, e.Adjectives)
	lx.addAll(e, formDemonym, e.Demonyms)
	lx.addAll(e, formSeat, e.Seats)
	if e.Short != "" {
		lx.add(e, formShort, e.Short)
	}
}

func (lx *Lexicon) addAll(e *Entry, f form, names []string) {
	for _, n := range names {
		lx.add(e, f, n)
	}
}

// add stores a name under its folded words. A leading lower-case "the" is
// dropped (the matcher takes an article before any match into its span); a
// capitalised "The" stays, so "The Independent" is not "Independent".
func (lx *Lexicon) add(e *Entry, f form, name string) {
	ws := words(Tokenize(name))
	if len(ws) > 1 && ws[0].raw == "the" {
		ws = ws[1:]
	}
	a := &alias{e: e, form: f}
	n := lx.root
	for _, w := range ws {
		a.words, a.poss = append(a.words, w.raw), append(a.poss, w.poss)
		if n.next == nil {
			n.next = map[string]*node{}
		}
		c := n.next[w.key]
		if c == nil {
			c = &node{}
			n.next[w.key] = c
		}
		n = c
	}
	for _, old := range n.aliases {
		if old.e == e && old.form == f {
			if f != formPlural {
				lx.twice = append(lx.twice, Problem{e.File, e.Line, fmt.Sprintf("%q listed twice in the same entry", name)})
			}
			return
		}
	}
	n.aliases = append(n.aliases, a)
}

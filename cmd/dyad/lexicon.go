package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/actors"
	"github.com/dyad-events/dyad/internal/cameo"
	"github.com/dyad-events/dyad/internal/petrarch"
)

const lexiconUsage = `lexicon SUBCOMMAND [flags] [args]

Subcommands:
  lookup [--date D] [--json] [--lexicon PATH] TEXT...
         resolve each TEXT to an actor code on date D (default today)
  lint [PATH...]
         check data files (no PATH: the built-in ones)
  stats [--lexicon PATH]
         what is loaded, counts by kind, load time and memory`

func cmdLexicon(ctx context.Context, m *Main, args []string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprintf(m.Stderr, "Usage: dyad %s\n", lexiconUsage)
		if len(args) == 0 {
			return fmt.Errorf("%w: no lexicon subcommand", errUsage)
		}
		return nil
	}
	switch args[0] {
	case "lookup":
		return lexiconLookup(m, args[1:])
	case "lint":
		return lexiconLint(m, args[1:])
	case "stats":
		return lexiconStats(m, args[1:])
	}
	return fmt.Errorf("%w: unknown lexicon subcommand %q", errUsage, args[0])
}

// loadLexicon reads the user's files, or the built-in ones when path is "".
func loadLexicon(path string) (*actors.Lexicon, error) {
	if path == "" {
		return actors.Default()
	}
	return actors.Load(strings.Split(path, ",")...)
}

func lexiconLookup(m *Main, args []string) error {
	fs := m.flagSet("lexicon lookup", "lexicon lookup [--date D] [--json] [--lexicon PATH] TEXT...")
	date := fs.String("date", "", "date the roles are resolved on (YYYY-MM-DD; default today)")
	asJSON := fs.Bool("json", false, "one JSON object per TEXT")
	path := fs.String("lexicon", "", "data files or directories, comma separated (default built-in)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return fmt.Errorf("%w: no TEXT given", errUsage)
	}
	d := time.Now().UTC()
	if *date != "" {
		var err error
		if d, err = parseDate(*date); err != nil {
			return fmt.Errorf("%w: --date: %v", errUsage, err)
		}
	}
	lx, err := loadLexicon(*path)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(m.Stdout)
	for _, text := range fs.Args() {
		a, why, ok := lx.Lookup(text, d)
		if *asJSON {
			if err := enc.Encode(lookupJSON(text, d, a, why, ok)); err != nil {
				return err
			}
			continue
		}
		if !ok {
			fmt.Fprintf(m.Stdout, "%s\t-\tno entry matches\n", text)
			continue
		}
		fmt.Fprintf(m.Stdout, "%s\t%s\t%s\n", text, a.Code, why)
	}
	return nil
}

func lookupJSON(text string, d time.Time, a dyad.Actor, why actors.Reason, ok bool) map[string]any {
	out := map[string]any{"text": text, "date": d.Format(time.DateOnly), "code": "-"}
	if ok {
		out["code"], out["actor"], out["reason"] = a.Code, a, why
	}
	return out
}

func lexiconLint(m *Main, args []string) error {
	fs := m.flagSet("lexicon lint", "lexicon lint [PATH...]\n\nPATH is a data file or a directory of *.txt files; none lints the built-in lexicon.")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	o, err := cameo.Default()
	if err != nil {
		return err
	}
	own, peers, err := splitLexiconPaths(fs.Args())
	if err != nil {
		return err
	}
	n := 0
	for _, p := range peers {
		k, err := lintPeerActors(m, p, o.ValidActorCode)
		if err != nil {
			return err
		}
		n += k
	}
	if len(own) > 0 || len(peers) == 0 {
		k, err := lintOwn(m, own, o.ValidActorCode)
		if err != nil {
			return err
		}
		n += k
	}
	if n > 0 {
		return fmt.Errorf("lexicon: %d problems: %w", n, errSomeFailed)
	}
	return nil
}

// lintOwn lints files in dyad's own format (none: the built-in ones).
func lintOwn(m *Main, paths []string, valid func(string) bool) (int, error) {
	var lx *actors.Lexicon
	var err error
	if len(paths) == 0 {
		lx, err = actors.Default()
	} else {
		lx, err = actors.Load(paths...)
	}
	if err != nil {
		return 0, err
	}
	ps := actors.Lint(lx, valid)
	for _, p := range ps {
		fmt.Fprintln(m.Stdout, p)
	}
	if len(ps) == 0 {
		fmt.Fprintf(m.Stderr, "lexicon: %d entries in %d files, no problems\n", len(lx.Entries), len(lx.Files))
	}
	return len(ps), nil
}

// splitLexiconPaths separates dyad's own data files from PETRARCH and
// TABARI actor dictionaries, which dyad reads in their own format.
func splitLexiconPaths(paths []string) (own, peers []string, err error) {
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			return nil, nil, fmt.Errorf("lexicon: %w", err)
		}
		if info.IsDir() {
			own = append(own, p)
			continue
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, nil, fmt.Errorf("lexicon: %w", err)
		}
		if k, ok := petrarch.Detect(p, data); ok && !bytes.Contains(data, []byte("@kind")) {
			if k != petrarch.KindActors {
				return nil, nil, fmt.Errorf("%w: %s is a %s dictionary; lint reads actor dictionaries", errUsage, p, k)
			}
			peers = append(peers, p)
			continue
		}
		own = append(own, p)
	}
	return own, peers, nil
}

// lintPeerActors lints a PETRARCH or TABARI actor dictionary.
func lintPeerActors(m *Main, path string, valid func(string) bool) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, fmt.Errorf("lexicon: %w", err)
	}
	defer f.Close()
	as, err := petrarch.ReadActors(f, filepath.Base(path))
	if err != nil {
		return 0, err
	}
	ps := petrarch.LintActors(filepath.Base(path), as, groupTolerant(valid))
	for _, p := range ps {
		fmt.Fprintln(m.Stdout, p)
	}
	fmt.Fprintf(m.Stderr, "lexicon: %s: %d entries, %d problems\n", path, len(as), len(ps))
	return len(ps), nil
}

// groupTolerant accepts a code that is valid but for a last three-letter
// part: PETRARCH and Phoenix dictionaries end codes with group codes
// ("PSEREBHMS", Hamas) that dyad's CAMEO tables do not list, and a lint
// that flagged every one of them would bury the real problems.
func groupTolerant(valid func(string) bool) func(string) bool {
	return func(code string) bool {
		return valid(code) || (len(code) > 3 && len(code)%3 == 0 && valid(code[:len(code)-3]))
	}
}

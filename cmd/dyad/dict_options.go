package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/dyad-events/dyad/internal/tabari"
)

// tabariOptions is what dyad takes from --options files: TABARI's DEFAULT
// (codes for a missing source or target) and COMPLEX (when a sentence is
// too complex to code). Every other command is read, checked and named as
// ignored: dyad's output and labels are its own.
type tabariOptions struct {
	source, target string
	complex        tabari.Complex
	complexAt      string // file:line of the COMPLEX line in force
	// ignored counts, per command ("LABEL", "SET: VERB USAGE"), the lines
	// that were not applied.
	ignored map[string]int
	// notes are what the user should hear about the files: project keys
	// not loaded.
	notes []string
}

// readOptions reads every --options file, in order: a later DEFAULT or
// COMPLEX line replaces an earlier one, as it would in one file. A TABARI
// .project file stands for the options file it names.
func (f *dictFlags) readOptions() (tabariOptions, error) {
	o := tabariOptions{ignored: map[string]int{}}
	for _, p := range f.options {
		data, err := os.ReadFile(p)
		if err != nil {
			return o, fmt.Errorf("options: %w", err)
		}
		if isProject(p, data) {
			err = o.readProject(p, data)
		} else {
			err = o.readFile(p, data)
		}
		if err != nil {
			return o, err
		}
	}
	return o, nil
}

// isProject tells a .project file (which names the options file) from an
// options file.
func isProject(path string, data []byte) bool {
	return strings.HasSuffix(strings.ToLower(path), ".project") || bytes.Contains(data, []byte("<optionsfile>"))
}

// readProject reads the options file a project names (relative to the
// project's directory) and notes the project's other files, which only
// their own flags load.
func (o *tabariOptions) readProject(path string, data []byte) error {
	pr, err := tabari.ReadProject(bytes.NewReader(data), path)
	if err != nil {
		return err
	}
	var other []string
	for key, vals := range pr.Files {
		if key == "optionsfile" {
			continue
		}
		flag := map[string]string{"actorsfile": " (use --actors)", "verbsfile": " (use --verbs)", "agentsfile": " (use --agents)"}[key]
		other = append(other, fmt.Sprintf("%s %s%s", key, strings.Join(vals, ","), flag))
	}
	sort.Strings(other)
	if len(other) > 0 {
		o.notes = append(o.notes, fmt.Sprintf("%s: project files not loaded by --options: %s", path, strings.Join(other, "; ")))
	}
	opts := pr.Files["optionsfile"]
	if len(opts) == 0 {
		return fmt.Errorf("options: %s: project names no <optionsfile>", path)
	}
	for _, name := range opts {
		p := filepath.Join(filepath.Dir(path), name)
		data, err := os.ReadFile(p)
		if err != nil {
			return fmt.Errorf("options: %w", err)
		}
		if err := o.readFile(p, data); err != nil {
			return err
		}
	}
	return nil
}

// readFile applies one options file's lines.
func (o *tabariOptions) readFile(path string, data []byte) error {
	opts, err := tabari.ReadOptions(bytes.NewReader(data), path)
	if err != nil {
		return err
	}
	for _, op := range opts {
		o.apply(op)
		if strings.EqualFold(op.Command, "COMPLEX") {
			o.complexAt = fmt.Sprintf("%s:%d", path, op.Line)
		}
	}
	return nil
}

// apply takes one option line: DEFAULT and COMPLEX are honoured, the
// rest counted as ignored.
func (o *tabariOptions) apply(op tabari.Option) {
	switch cmd := strings.ToUpper(op.Command); cmd {
	case "DEFAULT":
		o.source, o.target = tabari.Defaults(strings.ToUpper(op.Value))
	case "COMPLEX":
		o.complex = tabari.ParseComplex(op.Value)
		for _, w := range o.complex.Unknown {
			o.ignored["COMPLEX "+w]++
		}
	case "SET":
		name, _, _ := strings.Cut(op.Value, "=")
		o.ignored["SET: "+strings.ToUpper(strings.TrimSpace(name))]++
	default:
		o.ignored[cmd]++
	}
}

// ignoredNote names the commands read but not applied, "" when none.
func (o tabariOptions) ignoredNote() string {
	if len(o.ignored) == 0 {
		return ""
	}
	keys := make([]string, 0, len(o.ignored))
	for k, n := range o.ignored {
		if n > 1 {
			k += fmt.Sprintf(" (%d lines)", n)
		}
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return "read but ignored (no dyad equivalent): " + strings.Join(keys, ", ")
}

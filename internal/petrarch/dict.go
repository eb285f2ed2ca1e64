package petrarch

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Kind names a dictionary file's format.
type Kind string

// The dictionary kinds the readers understand.
const (
	KindVerbs    Kind = "verbs"
	KindActors   Kind = "actors"
	KindAgents   Kind = "agents"
	KindDiscards Kind = "discards"
	KindIssues   Kind = "issues"
)

// Dict is a set of loaded dictionaries; loading more files adds to it.
type Dict struct {
	Verbs    Verbs
	Actors   []Actor
	Agents   []Agent
	Discards []Discard
	Issues   []Issue
}

// Detect guesses a file's kind from its name, then from its content.
func Detect(name string, data []byte) (Kind, bool) {
	n := strings.ToLower(filepath.Base(name))
	for _, k := range []Kind{KindVerbs, KindActors, KindAgents, KindDiscards} {
		if strings.Contains(n, string(k)) {
			return k, true
		}
	}
	switch {
	case strings.Contains(n, "issue") || bytes.Contains(data, []byte("<ISSUE")):
		return KindIssues, true
	case bytes.Contains(data, []byte("\n---")) || bytes.Contains(data, []byte("<SYNSETS>")) ||
		bytes.Contains(data, []byte("\n- ")):
		return KindVerbs, true
	case bytes.Contains(data, []byte("[~")):
		return KindAgents, true
	}
	return "", false
}

// LoadFile reads path as kind ("" = detect) and adds it to d.
func (d *Dict) LoadFile(path string, kind Kind) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("petrarch: %w", err)
	}
	if kind == "" {
		var ok bool
		if kind, ok = Detect(path, data); !ok {
			return fmt.Errorf("petrarch: %s: cannot tell which kind of dictionary this is", path)
		}
	}
	return d.Load(bytes.NewReader(data), path, kind)
}

// Load reads r (named name in errors) as kind and adds it to d.
func (d *Dict) Load(r io.Reader, name string, kind Kind) error {
	switch kind {
	case KindVerbs:
		v, err := ReadVerbs(r, name)
		if err != nil {
			return err
		}
		d.Verbs.merge(v)
	case KindActors:
		got, words, err := readActors(r, name)
		d.Verbs.Nouns = append(d.Verbs.Nouns, words["NOUN"]...)
		d.Verbs.Adjectives = append(d.Verbs.Adjectives, words["ADJECTIVE"]...)
		return appendErr(&d.Actors, got, err)
	case KindAgents:
		got, err := ReadAgents(r, name)
		return appendErr(&d.Agents, got, err)
	case KindDiscards:
		got, err := ReadDiscards(r, name)
		return appendErr(&d.Discards, got, err)
	case KindIssues:
		got, err := ReadIssues(r, name)
		return appendErr(&d.Issues, got, err)
	default:
		return fmt.Errorf("petrarch: %s: unknown dictionary kind %q", name, kind)
	}
	return nil
}

func appendErr[T any](dst *[]T, got []T, err error) error {
	if err != nil {
		return err
	}
	*dst = append(*dst, got...)
	return nil
}

func (v *Verbs) merge(o *Verbs) {
	if v.Synsets == nil {
		v.Synsets = map[string][]string{}
	}
	for k, m := range o.Synsets {
		v.Synsets[k] = append(v.Synsets[k], m...)
	}
	v.Verbs = append(v.Verbs, o.Verbs...)
	v.Transforms = append(v.Transforms, o.Transforms...)
	v.Nouns = append(v.Nouns, o.Nouns...)
	v.Adjectives = append(v.Adjectives, o.Adjectives...)
}

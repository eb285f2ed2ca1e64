package clean

import (
	"context"
	"slices"
	"strings"

	"github.com/dyad-events/dyad"
)

// Config says which rules the cleaner uses and how it judges line length.
type Config struct {
	// RuleFiles are the user's rules files (format: data/boilerplate.rules),
	// tried before the embedded rules.
	RuleFiles []string
	// NoDefaults drops the embedded rules, leaving only RuleFiles.
	NoDefaults bool
	// MaxShortWords is the longest line, in words, that boilerplate, list
	// and byline rules are tried on and that may be a related headline.
	MaxShortWords int
	// MaxTitleWords is the longest first line, in words, taken as a title.
	MaxTitleWords int
	// MaxBylineWords is the longest line, in words, byline rules are tried on.
	MaxBylineWords int
}

// DefaultConfig returns the settings New uses.
func DefaultConfig() Config {
	return Config{MaxShortWords: 30, MaxTitleWords: 20, MaxBylineWords: 16}
}

// Cleaner classifies the blocks of a document. It is safe for concurrent
// use: Process keeps no state between documents.
type Cleaner struct {
	cfg   Config
	rules *Rules
	err   error // set when the embedded rules failed to load
}

// New returns a Cleaner with the embedded rules and default settings.
func New() *Cleaner {
	c, err := NewWithConfig(DefaultConfig())
	if err != nil {
		return &Cleaner{err: err}
	}
	return c
}

// NewWithConfig returns a Cleaner using cfg; zero limits take defaults.
func NewWithConfig(cfg Config) (*Cleaner, error) {
	def := DefaultConfig()
	if cfg.MaxShortWords <= 0 {
		cfg.MaxShortWords = def.MaxShortWords
	}
	if cfg.MaxTitleWords <= 0 {
		cfg.MaxTitleWords = def.MaxTitleWords
	}
	if cfg.MaxBylineWords <= 0 {
		cfg.MaxBylineWords = def.MaxBylineWords
	}
	rules, err := LoadRules(cfg.RuleFiles, cfg.NoDefaults)
	if err != nil {
		return nil, err
	}
	return &Cleaner{cfg: cfg, rules: rules}, nil
}

// Process fills d.Blocks. With no blocks yet, it splits d.Text into lines
// (or paragraphs, in hard-wrapped text) and classifies them. With blocks
// from HTML extraction, it keeps every block that is not body and
// re-examines the lines of the body blocks.
func (c *Cleaner) Process(ctx context.Context, d *dyad.Document) error {
	if c.err != nil {
		return c.err
	}
	plain := len(d.Blocks) == 0
	var us []unit
	if !plain && validBlocks(d) {
		us = keptUnits(d)
	} else {
		if !plain {
			d.AddError("clean", dyad.ReasonMalformed, "clean: blocks out of order or outside the text; split again")
			plain = true
		}
		us = splitUnits(make([]unit, 0, strings.Count(d.Text, "\n")+1), d.Text, 0, len(d.Text), wrapOf(d.Text))
	}
	us = c.classify(d, us, plain)
	d.Blocks = c.blocks(d.Text, us, d.Blocks[:0])
	return nil
}

// validBlocks reports whether d's blocks are ordered spans inside d.Text.
func validBlocks(d *dyad.Document) bool {
	end := 0
	for _, b := range d.Blocks {
		if b.Start < end || b.End < b.Start || b.End > len(d.Text) {
			return false
		}
		end = b.End
	}
	return true
}

// keptUnits keeps non-body blocks whole and splits body blocks into lines.
func keptUnits(d *dyad.Document) []unit {
	var us []unit
	wrapped := wrapOf(d.Text)
	for _, b := range d.Blocks {
		if b.Kind == dyad.BlockBody || b.Kind == "" {
			us = splitUnits(us, d.Text, b.Start, b.End, wrapped)
			continue
		}
		us = append(us, unit{start: b.Start, end: b.End, kind: b.Kind, reason: b.Reason, kept: true, orig: b})
	}
	return us
}

// blocks turns classified units into blocks, one per unit except that a
// post's units become one block.
func (c *Cleaner) blocks(text string, us []unit, dst []dyad.Block) []dyad.Block {
	dst = slices.Grow(dst, len(us))
	for k := 0; k < len(us); k++ {
		u := &us[k]
		if u.kept {
			dst = append(dst, u.orig)
			continue
		}
		b := dyad.Block{Kind: u.kind, Start: u.start, End: u.end, Reason: u.reason, Place: u.place, Source: u.source}
		if u.postLen > 0 {
			b.End = us[k+u.postLen-1].end
			b.Post = c.post(text[b.Start:b.End], postSignature(us[k:k+u.postLen]))
			k += u.postLen - 1
		}
		b.Text = text[b.Start:b.End]
		dst = append(dst, b)
	}
	return dst
}

// postSignature returns the signature among a post's units.
func postSignature(us []unit) *signature {
	for i := range us {
		if us[i].sig != nil {
			return us[i].sig
		}
	}
	return &signature{}
}

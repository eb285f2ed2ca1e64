package when

import (
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/dyad-events/dyad"
)

// Report scores DATE expressions against TimeML gold annotations.
type Report struct {
	Docs            int
	Gold, Predicted int // DATE expressions
	StrictMatch     int // same extent
	RelaxedMatch    int // overlapping extent
	ValueCorrect    int // of the relaxed matches, same normalised value
	Errors          []string
}

// StrictF1, RelaxedF1 and ValueAccuracy are the figures reported.
func (r Report) StrictF1() float64  { return f1(r.StrictMatch, r.Gold, r.Predicted) }
func (r Report) RelaxedF1() float64 { return f1(r.RelaxedMatch, r.Gold, r.Predicted) }
func (r Report) ValueAccuracy() float64 {
	if r.RelaxedMatch == 0 {
		return 0
	}
	return float64(r.ValueCorrect) / float64(r.RelaxedMatch)
}

func f1(match, gold, pred int) float64 {
	if gold == 0 || pred == 0 || match == 0 {
		return 0
	}
	p, r := float64(match)/float64(pred), float64(match)/float64(gold)
	return 2 * p * r / (p + r)
}

// goldTimex is one TIMEX3 of a TimeML file.
type goldTimex struct {
	start, end int
	typ, value string
}

// EvalTimeML runs f over every .tml file in dir, with the document creation
// time as the publication date, and scores DATE expressions.
func (f *Finder) EvalTimeML(dir string) (Report, error) {
	var r Report
	files, err := filepath.Glob(filepath.Join(dir, "*.tml"))
	if err != nil || len(files) == 0 {
		return r, fmt.Errorf("when: no .tml files in %s", dir)
	}
	for _, file := range files {
		text, dct, gold, err := readTimeML(file)
		if err != nil {
			r.Errors = append(r.Errors, err.Error())
			continue
		}
		d := &dyad.Document{Text: text, Date: dct, Blocks: paragraphs(text)}
		if err := f.Process(context.Background(), d); err != nil {
			return r, err
		}
		r.Docs++
		r.add(gold, d.Times)
	}
	return r, nil
}

func (r *Report) add(gold []goldTimex, pred []dyad.TimeRef) {
	var g []goldTimex
	for _, x := range gold {
		if x.typ == "DATE" {
			g = append(g, x)
		}
	}
	var p []dyad.TimeRef
	for _, x := range pred {
		if x.Type == "DATE" {
			p = append(p, x)
		}
	}
	r.Gold += len(g)
	r.Predicted += len(p)
	for _, x := range g {
		for _, y := range p {
			if y.Start < x.end && x.start < y.End {
				r.RelaxedMatch++
				if y.Start == x.start && y.End == x.end {
					r.StrictMatch++
				}
				if y.Value == x.value {
					r.ValueCorrect++
				}
				break
			}
		}
	}
}

// paragraphs makes one body block per blank-line-separated paragraph.
func paragraphs(text string) []dyad.Block {
	var out []dyad.Block
	off := 0
	for _, p := range strings.Split(text, "\n\n") {
		s, e := off, off+len(p)
		off = e + 2
		for s < e && (text[s] == '\n' || text[s] == ' ') {
			s++
		}
		if s < e {
			out = append(out, dyad.Block{Kind: dyad.BlockBody, Start: s, End: e, Text: text[s:e]})
		}
	}
	return out
}

// readTimeML returns the TEXT of a TimeML file with its TIMEX3 spans, and
// the document creation time.
func readTimeML(file string) (string, time.Time, []goldTimex, error) {
	fh, err := os.Open(file)
	if err != nil {
		return "", time.Time{}, nil, fmt.Errorf("when: %w", err)
	}
	defer fh.Close()
	dec := xml.NewDecoder(fh)
	var (
		b      strings.Builder
		dct    time.Time
		gold   []goldTimex
		inText bool
		open   *goldTimex
	)
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return "", dct, nil, fmt.Errorf("when: %s: %w", file, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch {
			case t.Name.Local == "TEXT":
				inText = true
			case t.Name.Local == "TIMEX3" && attr(t, "functionInDocument") == "CREATION_TIME":
				dct, _ = time.Parse("2006-01-02", attr(t, "value")[:min(10, len(attr(t, "value")))])
			case t.Name.Local == "TIMEX3" && inText:
				open = &goldTimex{start: b.Len(), typ: attr(t, "type"), value: attr(t, "value")}
			}
		case xml.EndElement:
			if t.Name.Local == "TEXT" {
				inText = false
			}
			if t.Name.Local == "TIMEX3" && open != nil {
				open.end = b.Len()
				gold = append(gold, *open)
				open = nil
			}
		case xml.CharData:
			if inText {
				b.Write(t)
			}
		}
	}
	return b.String(), dct, gold, nil
}

func attr(e xml.StartElement, name string) string {
	for _, a := range e.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

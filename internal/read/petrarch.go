package read

import (
	"bufio"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/dyad-events/dyad"
)

// petrSentence is one PETRARCH <Sentence>. Its gold <EventCoding> and
// constituency <Parse>, when present, are kept in Meta for evaluations.
type petrSentence struct {
	Attrs   []xml.Attr `xml:",any,attr"`
	Text    string     `xml:"Text"`
	Parse   string     `xml:"Parse"`
	Codings []struct {
		Attrs []xml.Attr `xml:",any,attr"`
	} `xml:"EventCoding"`
}

// readPetrarch reads PETRARCH's XML sentence format, bare <Sentences> or
// wrapped in a unit-test <Validation> file: one Document per <Sentence>,
// anywhere in the tree.
func (r *Reader) readPetrarch(ctx context.Context, src source, br *bufio.Reader, emit emitFunc) error {
	dec, rep := xmlInput(br)
	noter := repairNoter{rep: rep}
	n := 0
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return petrarchEnd(src, n, emit)
		}
		if err != nil {
			return emit(failed(recordOrigin(src.origin, "record", n+1), xmlReason(err), fmt.Errorf("petrarch: %w", err)))
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != "Sentence" {
			continue
		}
		n++
		origin := recordOrigin(src.origin, "record", n)
		start := dec.InputOffset()
		var s petrSentence
		if err := dec.DecodeElement(&s, &se); err != nil {
			return emit(failed(origin, xmlReason(err), fmt.Errorf("petrarch: %w", err)))
		}
		d := s.doc(origin)
		if dec.InputOffset()-start > r.cfg.MaxItemBytes {
			d = failed(origin, dyad.ReasonOversize, fmt.Errorf("sentence larger than %d bytes", r.cfg.MaxItemBytes))
		}
		noter.check(d)
		if err := emit(d); err != nil {
			return err
		}
	}
}

func petrarchEnd(src source, n int, emit emitFunc) error {
	if n > 0 {
		return nil
	}
	return emit(failed(src.origin, dyad.ReasonEmpty, errors.New("no <Sentence> records")))
}

// doc makes the Document of one sentence. The text is joined onto one
// line: the format wraps sentences at arbitrary points.
func (s *petrSentence) doc(origin string) *dyad.Document {
	d := &dyad.Document{Origin: origin, Format: "petrarch", Text: oneLine(s.Text)}
	for _, a := range s.Attrs {
		s.attr(d, a)
	}
	if p := strings.TrimSpace(s.Parse); p != "" {
		meta(d)["parse"] = p
	}
	if len(s.Codings) > 0 {
		meta(d)["events"] = s.codings()
	}
	if d.Text == "" {
		d.AddError("read", dyad.ReasonEmpty, "sentence has no text")
	}
	return d
}

func (s *petrSentence) attr(d *dyad.Document, a xml.Attr) {
	switch a.Name.Local {
	case "id":
		d.ID = a.Value
	case "source":
		d.Source = a.Value
	case "date":
		setDate(d, a.Value)
	default:
		meta(d)[a.Name.Local] = a.Value
	}
}

// codings lists the gold event codings as attribute maps.
func (s *petrSentence) codings() []any {
	out := make([]any, 0, len(s.Codings))
	for _, c := range s.Codings {
		m := map[string]any{}
		for _, a := range c.Attrs {
			m[a.Name.Local] = a.Value
		}
		out = append(out, m)
	}
	return out
}

func meta(d *dyad.Document) map[string]any {
	if d.Meta == nil {
		d.Meta = map[string]any{}
	}
	return d.Meta
}

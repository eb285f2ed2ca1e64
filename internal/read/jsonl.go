package read

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/dyad-events/dyad"
)

// readJSONL reads one item per line. A bad line yields a Document with an
// error and the lines after it are still read.
func (r *Reader) readJSONL(ctx context.Context, src source, br *bufio.Reader, emit emitFunc) error {
	if head, _ := br.Peek(sniffLen); !oneObjectPerLine(head) {
		return r.readJSON(ctx, src, br, emit)
	}
	docs := 0
	for n := 1; ; n++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		line, over, err := readLine(br, r.cfg.MaxItemBytes)
		origin := recordOrigin(src.origin, "line", n)
		var d *dyad.Document
		switch {
		case err != nil && !errors.Is(err, io.EOF):
			return emit(failed(origin, streamReason(err), fmt.Errorf("input ends early: %w", err)))
		case over:
			d = failed(origin, dyad.ReasonOversize, fmt.Errorf("line longer than %d bytes", r.cfg.MaxItemBytes))
		case len(bytes.TrimSpace(line)) > 0:
			d = jsonDoc(origin, line)
		}
		if d != nil {
			docs++
			if e := emit(d); e != nil {
				return e
			}
		}
		if err != nil && docs == 0 {
			return emit(failed(src.origin, dyad.ReasonEmpty, errors.New("no JSON lines")))
		}
		if err != nil {
			return nil
		}
	}
}

// readLine reads up to and including '\n'. A line longer than limit is
// skipped to its end and reported as over.
func readLine(br *bufio.Reader, limit int64) (line []byte, over bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !over {
			line = append(line, chunk...)
			if int64(len(line)) > limit+1 {
				over, line = true, nil
			}
		}
		if !errors.Is(err, bufio.ErrBufferFull) {
			if errors.Is(err, io.EOF) && len(line) == 0 && !over {
				return nil, false, err
			}
			return line, over, err
		}
	}
}

// jsonFields are the keys dyad reads from a JSON line; others go to Meta.
var jsonFields = map[string]func(d *dyad.Document, v string){
	"id":        func(d *dyad.Document, v string) { d.ID = v },
	"url":       func(d *dyad.Document, v string) { d.URL = v },
	"title":     func(d *dyad.Document, v string) { d.Title = v },
	"source":    func(d *dyad.Document, v string) { d.Source = v },
	"byline":    func(d *dyad.Document, v string) { d.Byline = v },
	"author":    func(d *dyad.Document, v string) { d.Byline = v },
	"lang":      func(d *dyad.Document, v string) { d.Lang = v },
	"site_name": func(d *dyad.Document, v string) { d.SiteName = v },
	"text":      func(d *dyad.Document, v string) { d.Text = v },
	"html":      func(d *dyad.Document, v string) { d.HTML = v },
	"date":      setDate,
}

// jsonDoc makes a Document from one JSON object.
func jsonDoc(origin string, line []byte) *dyad.Document {
	d := &dyad.Document{Origin: origin, Format: "jsonl"}
	if !utf8.Valid(line) {
		note(d, dyad.ReasonInvalidUTF8, "invalid UTF-8 replaced with U+FFFD")
	}
	var obj map[string]any
	if err := json.Unmarshal(line, &obj); err != nil {
		d.AddError("read", dyad.ReasonMalformed, "line is not a JSON object: %v", err)
		return d
	}
	return objectDoc(d, obj)
}

// objectDoc fills d from one decoded JSON object.
func objectDoc(d *dyad.Document, obj map[string]any) *dyad.Document {
	for _, k := range slices.Sorted(maps.Keys(obj)) { // sorted: "author" and "byline" resolve the same way every run
		if err := setField(d, k, obj[k]); err != nil {
			d.AddError("read", dyad.ReasonMalformed, "field %q: %v", k, err)
			return d
		}
	}
	if d.Text == "" && d.HTML == "" {
		d.AddError("read", dyad.ReasonEmpty, "no text or html field")
	}
	return d
}

// setField stores one JSON field: known keys must hold strings (or null);
// anything else is kept in Meta as decoded.
func setField(d *dyad.Document, k string, v any) error {
	set, known := jsonFields[k]
	if !known {
		meta(d)[k] = v
		return nil
	}
	switch v := v.(type) {
	case string:
		set(d, v)
	case nil:
	case float64:
		return setNumber(d, k, strconv.FormatFloat(v, 'f', -1, 64))
	case json.Number:
		return setNumber(d, k, v.String())
	default:
		return fmt.Errorf("want a string, not %T", v)
	}
	return nil
}

// setNumber accepts the numbers exports use for ids and Unix times.
func setNumber(d *dyad.Document, k, num string) error {
	switch k {
	case "id":
		d.ID = num
	case "date":
		n, err := strconv.ParseInt(num, 10, 64)
		if err != nil {
			return fmt.Errorf("want a date, not %s", num)
		}
		if n > 1e11 { // milliseconds
			d.Date = time.UnixMilli(n).UTC()
		} else {
			d.Date = time.Unix(n, 0).UTC()
		}
	default:
		return fmt.Errorf("want a string, not the number %s", num)
	}
	return nil
}

// setDate parses a date field; an unreadable one is kept in Meta and noted.
func setDate(d *dyad.Document, v string) {
	if v == "" {
		return
	}
	t, err := parseDate(v)
	if err != nil {
		keepRawDate(d, v, err)
		return
	}
	d.Date = t
}

func keepRawDate(d *dyad.Document, v string, err error) {
	meta(d)["date"] = v
	note(d, dyad.ReasonMalformed, "%v", err)
}

package read

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/dyad-events/dyad"
	"golang.org/x/text/transform"
)

// oneObjectPerLine reports input in JSON-lines layout: its first line is a
// whole object. A JSON array or a pretty-printed object is not.
func oneObjectPerLine(head []byte) bool {
	c, i := firstByte(head)
	if c != '{' {
		return c != '['
	}
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))[i:]
	line, _, found := bytes.Cut(head, []byte("\n"))
	return !found || bytes.HasSuffix(bytes.TrimSpace(line), []byte("}"))
}

// readJSON reads a JSON array of objects or a stream of pretty-printed
// objects, one Document per object. Unlike JSON lines, a syntax error
// cannot be stepped over: the objects before it are kept and an error
// Document ends the input.
func (r *Reader) readJSON(ctx context.Context, src source, br *bufio.Reader, emit emitFunc) error {
	rep := &utf8Repairer{}
	noter := repairNoter{rep: rep}
	dec := json.NewDecoder(transform.NewReader(br, rep))
	dec.UseNumber()
	head, _ := br.Peek(sniffLen)
	inArray := false
	if c, _ := firstByte(head); c == '[' {
		_, _ = dec.Token()
		inArray = true
	}
	n := 0
	for ; !inArray || dec.More(); n++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		d, stop := r.jsonValue(dec, recordOrigin(src.origin, "item", n+1))
		if d == nil {
			break
		}
		noter.check(d)
		if err := emit(d); err != nil || stop {
			return err
		}
	}
	if _, err := dec.Token(); inArray && err != nil { // the closing ']'
		return emit(failed(recordOrigin(src.origin, "item", n+1), jsonReason(err), fmt.Errorf("json: array not closed: %w", err)))
	}
	if n == 0 {
		return emit(failed(src.origin, dyad.ReasonEmpty, errors.New("no JSON objects")))
	}
	return nil
}

// jsonValue decodes the next value: a Document, or nil at the end of the
// input; stop says the input cannot be read past it.
func (r *Reader) jsonValue(dec *json.Decoder, origin string) (d *dyad.Document, stop bool) {
	start := dec.InputOffset()
	var obj map[string]any
	err := dec.Decode(&obj)
	var typeErr *json.UnmarshalTypeError
	switch {
	case errors.Is(err, io.EOF):
		return nil, true
	case errors.As(err, &typeErr):
		return failed(origin, dyad.ReasonMalformed, fmt.Errorf("not a JSON object: %w", err)), false
	case err != nil:
		return failed(origin, jsonReason(err), fmt.Errorf("json: %w", err)), true
	case dec.InputOffset()-start > r.cfg.MaxItemBytes:
		return failed(origin, dyad.ReasonOversize, fmt.Errorf("object larger than %d bytes", r.cfg.MaxItemBytes)), false
	}
	return objectDoc(&dyad.Document{Origin: origin, Format: "jsonl"}, obj), false
}

func jsonReason(err error) string {
	var syn *json.SyntaxError
	switch {
	case errors.As(err, &syn):
		return dyad.ReasonMalformed
	case errors.Is(err, io.EOF):
		return dyad.ReasonTruncated
	}
	return streamReason(err)
}

package read

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/textproto"
	"strconv"
	"strings"

	"github.com/dyad-events/dyad"
)

// warcRecord is one WARC record's header and block.
type warcRecord struct {
	n      int // 1-based position in the file
	header textproto.MIMEHeader
	block  []byte
}

// readWARC reads a web archive: one Document per HTML response or resource
// record, or per text conversion record (WET files). Requests, metadata,
// other payloads and non-2xx responses are not news items and are skipped.
// An archive cut short yields the records before the cut, then an error
// Document.
func (r *Reader) readWARC(ctx context.Context, src source, br *bufio.Reader, emit emitFunc) error {
	docs := 0
	for n := 1; ; n++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		rec, d, err := r.nextRecord(br, src, n)
		if errors.Is(err, io.EOF) {
			return warcEnd(src, n-1, docs, emit)
		}
		for _, d := range []*dyad.Document{d, warcDoc(src, rec, r.cfg.MaxItemBytes)} {
			if d == nil {
				continue
			}
			docs++
			if e := emit(d); e != nil {
				return e
			}
		}
		if err != nil {
			return nil
		}
	}
}

// warcEnd reports an archive that held no news items at all.
func warcEnd(src source, records, docs int, emit emitFunc) error {
	if docs > 0 {
		return nil
	}
	return emit(failed(src.origin, dyad.ReasonEmpty, fmt.Errorf("warc: no HTML or text records among %d records", records)))
}

// nextRecord reads one record. It returns io.EOF at a clean end, and a
// non-nil error with an error Document when the archive cannot be read
// further. Junk before a record is skipped and reported on d while the
// record itself is still returned.
func (r *Reader) nextRecord(br *bufio.Reader, src source, n int) (*warcRecord, *dyad.Document, error) {
	origin := recordOrigin(src.origin, "record", n)
	junk, err := warcVersion(br)
	var d *dyad.Document
	if junk > 0 {
		d = failed(origin, dyad.ReasonMalformed, fmt.Errorf("warc: %d lines that are not a record skipped", junk))
	}
	switch {
	case errors.Is(err, io.EOF) && d != nil:
		return nil, d, errStopWARC
	case errors.Is(err, io.EOF):
		return nil, nil, io.EOF
	case err != nil:
		return nil, failed(origin, streamReason(err), fmt.Errorf("warc: %w", err)), errStopWARC
	}
	rec, rd, err := r.recordBody(br, origin, n)
	if rd != nil {
		d = rd // a broken record matters more than junk before it
	}
	return rec, d, err
}

// recordBody reads a record's header and block after its version line.
func (r *Reader) recordBody(br *bufio.Reader, origin string, n int) (*warcRecord, *dyad.Document, error) {
	h, err := readWARCHeader(br)
	if err != nil {
		return nil, failed(origin, headerReason(err), fmt.Errorf("warc: header: %w", err)), errStopWARC
	}
	size, err := strconv.ParseInt(h.Get("Content-Length"), 10, 64)
	if err != nil || size < 0 {
		return nil, failed(origin, dyad.ReasonMalformed, fmt.Errorf("warc: bad Content-Length %q", h.Get("Content-Length"))), errStopWARC
	}
	if size > r.cfg.MaxItemBytes {
		if _, err := io.CopyN(io.Discard, br, size); err != nil {
			return nil, failed(origin, streamReason(err), fmt.Errorf("warc: input ends inside record: %w", err)), errStopWARC
		}
		return nil, oversizeRecord(origin, h, r.cfg.MaxItemBytes), nil
	}
	block := make([]byte, size)
	if _, err := io.ReadFull(br, block); err != nil {
		return nil, failed(origin, streamReason(err), fmt.Errorf("warc: input ends inside record: %w", err)), errStopWARC
	}
	return &warcRecord{n: n, header: h, block: block}, nil, nil
}

// WARC header limits: a real header is a dozen short lines.
const (
	maxWARCHeaderLine  = 64 << 10
	maxWARCHeaderLines = 1000
)

// readWARCHeader reads "Name: value" lines up to a blank line. Lines that
// start with white space continue the previous value.
func readWARCHeader(br *bufio.Reader) (textproto.MIMEHeader, error) {
	h := textproto.MIMEHeader{}
	last := ""
	for range maxWARCHeaderLines {
		line, over, err := readLine(br, maxWARCHeaderLine)
		switch {
		case over:
			return nil, errors.New("header line too long")
		case err != nil && len(line) == 0:
			return nil, err
		}
		t := strings.TrimRight(string(line), "\r\n")
		if t == "" {
			return h, nil
		}
		if (t[0] == ' ' || t[0] == '\t') && last != "" {
			vs := h[last]
			vs[len(vs)-1] += " " + strings.TrimSpace(t)
			continue
		}
		name, val, ok := strings.Cut(t, ":")
		if !ok {
			return nil, fmt.Errorf("header line %.40q has no colon", t)
		}
		last = textproto.CanonicalMIMEHeaderKey(strings.TrimSpace(name))
		h.Add(last, strings.TrimSpace(val))
	}
	return nil, errors.New("too many header lines")
}

// errStopWARC means the archive cannot be read past the current record.
var errStopWARC = errors.New("read: warc: cannot continue")

// warcVersion consumes lines up to and including the next "WARC/" version
// line, counting the non-blank lines it had to skip. Blank lines always
// separate records; anything else is junk.
func warcVersion(br *bufio.Reader) (junk int, err error) {
	for {
		line, over, err := readLine(br, 1<<16)
		if err != nil && !errors.Is(err, io.EOF) {
			return junk, err
		}
		t := strings.TrimSpace(string(line))
		if !over && strings.HasPrefix(t, "WARC/") {
			return junk, nil
		}
		if over || t != "" {
			junk++
		}
		if err != nil {
			return junk, io.EOF
		}
	}
}

func headerReason(err error) string {
	if errors.Is(err, io.EOF) {
		return dyad.ReasonTruncated
	}
	if r := streamReason(err); r != dyad.ReasonIO {
		return r
	}
	return dyad.ReasonMalformed
}

// oversizeRecord reports a record too big to read, if it would have been a
// Document at all.
func oversizeRecord(origin string, h textproto.MIMEHeader, limit int64) *dyad.Document {
	if t := h.Get("WARC-Type"); t != "response" && t != "resource" {
		return nil
	}
	d := failed(origin, dyad.ReasonOversize, fmt.Errorf("warc: record larger than %d bytes", limit))
	d.URL = warcURI(h)
	return d
}

// warcDoc makes the Document of an HTML response or resource record, or
// returns nil for a record that is not a news item.
func warcDoc(src source, rec *warcRecord, limit int64) *dyad.Document {
	if rec == nil {
		return nil
	}
	origin := recordOrigin(src.origin, "record", rec.n)
	ctype, body, ok := warcPayload(rec, limit)
	if !ok {
		return nil
	}
	var d *dyad.Document
	switch f := detect("", ctype, body); {
	case f == fmtHTML:
		d = htmlDoc(origin, ctype, body)
	case f == fmtText && rec.header.Get("WARC-Type") == "conversion":
		d = textDoc(origin, body) // extracted text, as in WET files
	default:
		return nil
	}
	d.Format = "warc"
	d.URL = warcURI(rec.header)
	if date := rec.header.Get("WARC-Date"); date != "" {
		setDate(d, date)
	}
	if id := rec.header.Get("WARC-Record-ID"); id != "" {
		meta(d)["warc_record_id"] = strings.Trim(id, "<>")
	}
	return d
}

// warcPayload returns the content type and body a record carries: for a
// response, the HTTP message's; for a resource or conversion, its own.
func warcPayload(rec *warcRecord, limit int64) (ctype string, body []byte, ok bool) {
	switch rec.header.Get("WARC-Type") {
	case "resource", "conversion":
		return rec.header.Get("Content-Type"), rec.block, true
	case "response":
	default:
		return "", nil, false
	}
	resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(rec.block)), nil)
	if err != nil || resp.StatusCode/100 != 2 {
		return "", nil, false
	}
	defer resp.Body.Close()
	body, err = io.ReadAll(resp.Body)
	if err != nil {
		// Archivers often store the body de-chunked but keep the header.
		_, body, _ = bytes.Cut(rec.block, []byte("\r\n\r\n"))
	}
	if strings.EqualFold(resp.Header.Get("Content-Encoding"), "gzip") {
		body = gunzipAll(body, limit)
	}
	return resp.Header.Get("Content-Type"), body, true
}

// gunzipAll decompresses what it can of b; an HTTP body that says gzip but
// is not is returned unchanged.
func gunzipAll(b []byte, limit int64) []byte {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return b
	}
	u, _ := io.ReadAll(io.LimitReader(zr, limit))
	return u
}

// warcURI reads WARC-Target-URI, which WARC 1.1 writers sometimes wrap in
// angle brackets.
func warcURI(h textproto.MIMEHeader) string {
	return strings.Trim(strings.TrimSpace(h.Get("WARC-Target-URI")), "<>")
}

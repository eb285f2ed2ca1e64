package read

import (
	"bufio"
	"compress/flate"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/dyad-events/dyad"
)

// errFetchTooLarge ends a fetched body that passed Config.MaxFetchBytes.
var errFetchTooLarge = errors.New("read: fetched body larger than the fetch limit")

// readStream detects the format of rd and hands it to that format's reader.
func (r *Reader) readStream(ctx context.Context, src source, rd io.Reader, emit emitFunc) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	br := bufio.NewReaderSize(&stickyReader{r: rd}, sniffLen)
	head, _ := br.Peek(sniffLen) // a short or failed peek is met again when reading
	switch f := detect(src.name, src.ctype, head); f {
	case fmtGzip:
		return r.readGzip(ctx, src, br, emit)
	case fmtWARC:
		return r.readWARC(ctx, src, br, emit)
	case fmtJSONL:
		return r.readJSONL(ctx, src, br, emit)
	case fmtFeed:
		return r.readFeed(ctx, src, br, emit)
	case fmtPetrarch:
		return r.readPetrarch(ctx, src, br, emit)
	case fmtSGML:
		return r.readSGML(ctx, src, br, emit)
	case fmtBinary:
		return emit(failed(src.origin, dyad.ReasonBinary, fmt.Errorf("binary content, not text")))
	default:
		return r.readSingle(src, f, br, emit)
	}
}

// readSingle reads a stream that is one item: plain text or an HTML page.
// A stream that breaks off yields what was read, then an error document.
func (r *Reader) readSingle(src source, f format, rd io.Reader, emit emitFunc) error {
	b, over, err := readLimited(rd, r.cfg.MaxItemBytes, src.size)
	if errors.Is(err, errFetchTooLarge) {
		return emit(failed(src.origin, dyad.ReasonOversize, err))
	}
	if over {
		return emit(failed(src.origin, dyad.ReasonOversize, fmt.Errorf("item larger than %d bytes", r.cfg.MaxItemBytes)))
	}
	if err != nil && len(b) == 0 {
		return emit(failed(src.origin, streamReason(err), err))
	}
	var d *dyad.Document
	if f == fmtHTML {
		d = htmlDoc(src.origin, src.ctype, b)
	} else {
		d = textDoc(src.origin, b)
	}
	d.URL = src.url
	if e := emit(d); e != nil || err == nil {
		return e
	}
	return emit(failed(src.origin, streamReason(err), fmt.Errorf("input ends early: %w", err)))
}

// readLimited reads all of rd unless it holds more than limit bytes. hint,
// when known, is the expected size: reading into a buffer of the right size
// saves the copies of a growing one.
func readLimited(rd io.Reader, limit, hint int64) (b []byte, over bool, err error) {
	b = make([]byte, 0, min(max(hint+1, 512), limit+1))
	for {
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
		n, err := rd.Read(b[len(b):min(int64(cap(b)), limit+1)])
		b = b[:len(b)+n]
		if int64(len(b)) > limit {
			return nil, true, nil
		}
		if errors.Is(err, io.EOF) {
			return b, false, nil
		}
		if err != nil {
			return b, false, err
		}
	}
}

// readGzip opens a gzip stream (all members of it, as in .warc.gz) and
// reads what it holds as if it were the file without ".gz".
func (r *Reader) readGzip(ctx context.Context, src source, rd io.Reader, emit emitFunc) error {
	if src.depth >= maxGzipDepth {
		return emit(failed(src.origin, dyad.ReasonMalformed, errors.New("gzip nested too deeply")))
	}
	zr, err := gzip.NewReader(rd)
	if err != nil {
		return emit(failed(src.origin, streamReason(err), fmt.Errorf("gzip: %w", err)))
	}
	defer zr.Close()
	inner := src
	inner.depth++
	inner.ctype = ""
	inner.size = 0
	inner.name = strings.TrimSuffix(strings.TrimSuffix(src.name, ".gz"), ".GZ")
	return r.readStream(ctx, inner, zr, emit)
}

// streamReason names why a stream broke off.
func streamReason(err error) string {
	var corrupt flate.CorruptInputError
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF):
		return dyad.ReasonTruncated
	case errors.Is(err, errFetchTooLarge):
		return dyad.ReasonOversize
	case errors.Is(err, context.DeadlineExceeded):
		return dyad.ReasonFetch
	case errors.Is(err, gzip.ErrChecksum), errors.Is(err, gzip.ErrHeader), errors.As(err, &corrupt):
		return dyad.ReasonMalformed
	}
	return dyad.ReasonIO
}

// stickyReader keeps returning the first error its reader gave, so an error
// met while peeking is not forgotten by bufio.
type stickyReader struct {
	r   io.Reader
	err error
}

func (s *stickyReader) Read(p []byte) (int, error) {
	if s.err != nil {
		return 0, s.err
	}
	n, err := s.r.Read(p)
	s.err = err
	return n, err
}

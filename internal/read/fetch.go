package read

import (
	"context"
	"fmt"
	"io"
	"net/http"

	"github.com/dyad-events/dyad"
)

// readURL fetches an http(s) URL and reads the body like a file: the
// response's content type and the body's first bytes decide the format, so
// a feed URL yields one Document per item.
func (r *Reader) readURL(ctx context.Context, url string, emit emitFunc) error {
	fctx, cancel := context.WithTimeout(ctx, r.cfg.FetchTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(fctx, http.MethodGet, url, nil)
	if err != nil {
		return emit(failed(url, dyad.ReasonFetch, fmt.Errorf("read: %w", err)))
	}
	req.Header.Set("User-Agent", defaultUserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5")
	resp, err := r.cfg.Client.Do(req)
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return emit(failed(url, dyad.ReasonFetch, fmt.Errorf("read: %w", err)))
	}
	defer resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return emit(failed(url, dyad.ReasonFetch, fmt.Errorf("read: HTTP status %s", resp.Status)))
	}
	final := resp.Request.URL.String()
	src := source{origin: url, name: resp.Request.URL.Path, ctype: resp.Header.Get("Content-Type"), url: final}
	body := &capReader{r: resp.Body, left: r.cfg.MaxFetchBytes}
	return r.readStream(ctx, src, r.counted(body), emit)
}

// capReader fails with errFetchTooLarge once more than left bytes arrive.
type capReader struct {
	r    io.Reader
	left int64
}

func (c *capReader) Read(p []byte) (int, error) {
	if c.left < 0 {
		return 0, errFetchTooLarge
	}
	if int64(len(p)) > c.left+1 {
		p = p[:c.left+1]
	}
	n, err := c.r.Read(p)
	c.left -= int64(n)
	if c.left < 0 {
		return n, errFetchTooLarge
	}
	return n, err
}

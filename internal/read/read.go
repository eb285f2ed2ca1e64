package read

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/dyad-events/dyad"
)

// Config sets the reader's limits.
type Config struct {
	// MaxItemBytes is the largest item read; bigger items yield a Document
	// with an oversize error. Zero means 32 MiB.
	MaxItemBytes int64
	// OnBytes, when set, is called with the number of input bytes consumed,
	// for progress reporting. For compressed input it counts compressed
	// bytes.
	OnBytes func(n int64)
	// FetchTimeout bounds one URL fetch, body included. Zero means 30 s.
	FetchTimeout time.Duration
	// MaxFetchBytes is the most read from one URL. Zero means 64 MiB.
	MaxFetchBytes int64
	// Client fetches URLs; nil means a plain http.Client.
	Client *http.Client
}

const (
	defaultMaxItem   = 32 << 20
	defaultMaxFetch  = 64 << 20
	defaultFetchWait = 30 * time.Second
	maxGzipDepth     = 2 // gzip inside gzip is allowed once, not forever
	defaultUserAgent = "dyad (+https://github.com/dyad-events/dyad)"
)

// emitFunc receives each Document read; an error from it stops reading.
type emitFunc = func(*dyad.Document) error

// Reader reads inputs into Documents.
type Reader struct {
	cfg   Config
	stdin io.Reader
}

// New returns a Reader; stdin is what "-" reads.
func New(cfg Config, stdin io.Reader) *Reader {
	if cfg.MaxItemBytes <= 0 {
		cfg.MaxItemBytes = defaultMaxItem
	}
	if cfg.MaxFetchBytes <= 0 {
		cfg.MaxFetchBytes = defaultMaxFetch
	}
	if cfg.FetchTimeout <= 0 {
		cfg.FetchTimeout = defaultFetchWait
	}
	if cfg.Client == nil {
		cfg.Client = &http.Client{}
	}
	return &Reader{cfg: cfg, stdin: stdin}
}

// source is what the reader knows about a stream before reading it.
type source struct {
	origin string // Document.Origin of a single item, prefix for records
	name   string // file name or URL path, a hint to the format
	ctype  string // Content-Type given by HTTP or WARC, "" when unknown
	url    string // the URL a single item came from
	depth  int    // how many gzip layers are already open
	size   int64  // the stream's length when known, else 0
}

// Read reads every item of input and calls emit for each, in input order.
// Input is a file, a directory (read recursively), an http(s) URL, or "-"
// for standard input. Problems with the input become Documents carrying
// errors; Read returns an error only when ctx is cancelled or emit fails.
func (r *Reader) Read(ctx context.Context, input string, emit func(*dyad.Document) error) error {
	switch {
	case input == "":
		return emit(failed("(empty path)", dyad.ReasonIO, errors.New("read: empty input path")))
	case input == "-":
		return r.readStream(ctx, source{origin: "-"}, r.counted(r.stdin), emit)
	case isURL(input):
		return r.readURL(ctx, input, emit)
	}
	info, err := os.Stat(input)
	if err != nil {
		return emit(failed(input, dyad.ReasonIO, err))
	}
	if !info.IsDir() {
		return r.readFile(ctx, input, emit)
	}
	return r.readDir(ctx, input, emit)
}

func isURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// readDir reads every regular file under dir, recursively, in lexical order
// so that runs are reproducible. Hidden files and directories are skipped;
// so are sockets, devices and links to directories.
func (r *Reader) readDir(ctx context.Context, dir string, emit emitFunc) error {
	var files []string
	err := filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		switch {
		case err != nil:
			files = append(files, p) // reported when read
		case p != dir && hidden(e.Name()) && e.IsDir():
			return filepath.SkipDir
		case hidden(e.Name()):
		case e.Type().IsRegular() || e.Type()&fs.ModeSymlink != 0 && linksToFile(p):
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("read: %w", err)
	}
	sort.Strings(files)
	for _, f := range files {
		if err := r.readFile(ctx, f, emit); err != nil {
			return err
		}
	}
	return nil
}

// linksToFile reports a symbolic link to a regular file. Links to
// directories are not followed, so a link cycle cannot trap the walk.
func linksToFile(p string) bool {
	info, err := os.Stat(p)
	return err == nil && info.Mode().IsRegular()
}

func hidden(name string) bool { return len(name) > 0 && name[0] == '.' }

func (r *Reader) readFile(ctx context.Context, path string, emit emitFunc) error {
	f, err := os.Open(path)
	if err != nil {
		return emit(failed(path, dyad.ReasonIO, err))
	}
	defer f.Close()
	var size int64
	if info, err := f.Stat(); err == nil {
		size = info.Size()
	}
	cr := r.counted(f)
	err = r.readStream(ctx, source{origin: path, name: path, size: size}, cr, emit)
	r.progress(size - cr.n) // bytes left unread (binary, oversize) count as done
	return err
}

func (r *Reader) progress(n int64) {
	if r.cfg.OnBytes != nil && n > 0 {
		r.cfg.OnBytes(n)
	}
}

// countingReader reports bytes as they are consumed.
type countingReader struct {
	r  io.Reader
	n  int64
	on func(int64)
}

func (r *Reader) counted(rd io.Reader) *countingReader {
	return &countingReader{r: rd, on: r.progress}
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	c.on(int64(n))
	return n, err
}

// failed makes the Document for an item that could not be read.
func failed(origin, reason string, err error) *dyad.Document {
	d := &dyad.Document{Origin: origin}
	d.AddError("read", reason, "%v", err)
	return d
}

// note records a repair or a doubt that does not stop analysis.
func note(d *dyad.Document, reason, format string, args ...any) {
	e := dyad.NewError("read", reason, format, args...)
	e.Fatal = false
	d.Errors = append(d.Errors, e)
}

// recordOrigin names the n-th record (1-based) of a container.
func recordOrigin(origin, kind string, n int) string {
	return fmt.Sprintf("%s#%s-%d", origin, kind, n)
}

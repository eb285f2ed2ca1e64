package read

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"unicode/utf8"

	"github.com/dyad-events/dyad"
)

// Config sets the reader's limits.
type Config struct {
	// MaxItemBytes is the largest item read; bigger items yield a Document
	// with an oversize error. Zero means 32 MiB.
	MaxItemBytes int64
	// OnBytes, when set, is called with the number of input bytes consumed,
	// for progress reporting.
	OnBytes func(n int64)
}

const defaultMaxItem = 32 << 20

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
	return &Reader{cfg: cfg, stdin: stdin}
}

// Read reads every item of input and calls emit for each, in input order.
// Problems with the input become Documents carrying errors; Read returns an
// error only when ctx is cancelled or emit fails.
func (r *Reader) Read(ctx context.Context, input string, emit func(*dyad.Document) error) error {
	if input == "-" {
		return r.readStream(ctx, "-", r.stdin, emit)
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

// readDir reads every regular file under dir, recursively, in lexical order
// so that runs are reproducible.
func (r *Reader) readDir(ctx context.Context, dir string, emit func(*dyad.Document) error) error {
	var files []string
	err := filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			files = append(files, p) // reported when read
			return nil
		}
		if e.Type().IsRegular() && !hidden(e.Name()) {
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

func hidden(name string) bool { return len(name) > 0 && name[0] == '.' }

func (r *Reader) readFile(ctx context.Context, path string, emit func(*dyad.Document) error) error {
	f, err := os.Open(path)
	if err != nil {
		return emit(failed(path, dyad.ReasonIO, err))
	}
	defer f.Close()
	return r.readStream(ctx, path, f, emit)
}

// readStream reads one item of plain text from rd.
func (r *Reader) readStream(ctx context.Context, origin string, rd io.Reader, emit func(*dyad.Document) error) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	b, err := io.ReadAll(io.LimitReader(rd, r.cfg.MaxItemBytes+1))
	r.progress(int64(len(b)))
	if err != nil {
		return emit(failed(origin, dyad.ReasonIO, err))
	}
	if int64(len(b)) > r.cfg.MaxItemBytes {
		return emit(failed(origin, dyad.ReasonOversize, fmt.Errorf("item larger than %d bytes", r.cfg.MaxItemBytes)))
	}
	return emit(textDoc(origin, b))
}

func (r *Reader) progress(n int64) {
	if r.cfg.OnBytes != nil {
		r.cfg.OnBytes(n)
	}
}

// textDoc makes a Document from plain text, repairing invalid UTF-8.
func textDoc(origin string, b []byte) *dyad.Document {
	d := &dyad.Document{Origin: origin, Format: "text"}
	if !utf8.Valid(b) {
		d.AddError("read", dyad.ReasonInvalidUTF8, "invalid UTF-8 replaced with U+FFFD")
		b = []byte(string([]rune(string(b))))
	}
	d.Text = string(b)
	if len(d.Text) == 0 {
		d.AddError("read", dyad.ReasonEmpty, "empty item")
	}
	return d
}

// failed makes the Document for an item that could not be read.
func failed(origin, reason string, err error) *dyad.Document {
	d := &dyad.Document{Origin: origin}
	d.AddError("read", reason, "%v", err)
	return d
}

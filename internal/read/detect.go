package read

import (
	"bytes"
	"mime"
	"path"
	"strings"
)

// format is an input format the reader knows.
type format int

const (
	fmtText     format = iota // plain text: the whole stream is one item
	fmtHTML                   // an HTML page: one item, markup kept for the html stage
	fmtJSONL                  // JSON lines: one item per line
	fmtFeed                   // RSS 2.0, RSS 1.0 (RDF) or Atom: one item per entry
	fmtWARC                   // web archive: one item per HTML response record
	fmtGzip                   // gzip wrapper around any other format
	fmtPetrarch               // PETRARCH <Sentences>: one item per <Sentence>
	fmtSGML                   // Reuters-21578 SGML: one item per <REUTERS>
	fmtBinary                 // not text at all: one failed item
)

var formatNames = [...]string{"text", "html", "jsonl", "feed", "warc", "gzip", "petrarch", "sgml", "binary"}

func (f format) String() string { return formatNames[f] }

// sniffLen is how much of a stream detection looks at.
const sniffLen = 4096

var gzipMagic = []byte{0x1f, 0x8b}

// detect decides a stream's format from its first bytes, then its declared
// content type, then its name. Content comes first because names and
// headers lie more often than magic numbers do.
func detect(name, ctype string, head []byte) format {
	switch {
	case bytes.HasPrefix(head, gzipMagic):
		return fmtGzip
	case bytes.HasPrefix(head, []byte("WARC/")):
		return fmtWARC
	}
	if f, ok := byMarkup(head); ok {
		return f
	}
	if looksBinary(head) {
		return fmtBinary
	}
	if f, ok := byType(ctype); ok {
		return f
	}
	if f, ok := byName(name); ok {
		return f
	}
	if c, _ := firstByte(head); c == '{' {
		return fmtJSONL
	}
	return fmtText
}

// binaryMagic are signatures of common binary files. Weak two-byte ones
// ("BM" for bitmaps) are left out: a text may begin "BMW cash...".
var binaryMagic = [][]byte{
	[]byte("%PDF-"), []byte("\x89PNG"), []byte("GIF87a"), []byte("GIF89a"),
	[]byte("\xff\xd8\xff"), []byte("PK\x03\x04"), []byte("\x7fELF"),
}

// looksBinary reports content that is no kind of text: a NUL byte, more
// than a few other control bytes, or a known binary signature.
func looksBinary(head []byte) bool {
	if hasUTF16BOM(head) {
		return false
	}
	for _, m := range binaryMagic {
		if bytes.HasPrefix(head, m) {
			return true
		}
	}
	controls := 0
	for _, c := range head {
		if c == 0 {
			return true
		}
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b {
			controls++
		}
	}
	return controls*50 > len(head) // over 2%
}

func hasUTF16BOM(b []byte) bool {
	return bytes.HasPrefix(b, []byte{0xff, 0xfe}) || bytes.HasPrefix(b, []byte{0xfe, 0xff})
}

// byType maps a declared media type to a format.
func byType(ctype string) (format, bool) {
	mt, _, err := mime.ParseMediaType(ctype)
	if err != nil {
		return 0, false
	}
	switch mt {
	case "text/html", "application/xhtml+xml":
		return fmtHTML, true
	case "application/rss+xml", "application/atom+xml", "application/rdf+xml":
		return fmtFeed, true
	case "application/x-ndjson", "application/jsonl", "application/json", "application/x-jsonlines":
		return fmtJSONL, true
	case "application/warc":
		return fmtWARC, true
	case "text/plain":
		return fmtText, true
	}
	return 0, false
}

// byName maps a file extension to a format.
func byName(name string) (format, bool) {
	switch strings.ToLower(path.Ext(name)) {
	case ".html", ".htm", ".xhtml", ".shtml":
		return fmtHTML, true
	case ".jsonl", ".ndjson", ".json":
		return fmtJSONL, true
	case ".rss", ".atom":
		return fmtFeed, true
	case ".warc":
		return fmtWARC, true
	case ".sgm", ".sgml":
		return fmtSGML, true
	}
	return 0, false
}

func firstByte(b []byte) (byte, int) {
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	for i, c := range b {
		if c != ' ' && c != '\t' && c != '\r' && c != '\n' {
			return c, i
		}
	}
	return 0, -1
}

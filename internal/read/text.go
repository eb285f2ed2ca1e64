package read

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/dyad-events/dyad"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/unicode"
)

// textDoc makes a Document from plain text: UTF-16 with a byte-order mark
// is decoded, invalid UTF-8 is repaired with U+FFFD and noted.
func textDoc(origin string, b []byte) *dyad.Document {
	d := &dyad.Document{Origin: origin, Format: "text"}
	if hasUTF16BOM(b) {
		if u, err := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewDecoder().Bytes(b); err == nil {
			b = u
		}
	}
	d.Text = validText(d, b)
	if strings.TrimSpace(d.Text) == "" {
		d.AddError("read", dyad.ReasonEmpty, "empty item")
	}
	return d
}

// validText returns b as UTF-8 without a byte-order mark, repairing it and
// noting the repair on d when it is not valid UTF-8.
func validText(d *dyad.Document, b []byte) string {
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	if utf8.Valid(b) {
		return string(b)
	}
	note(d, dyad.ReasonInvalidUTF8, "invalid UTF-8 replaced with U+FFFD")
	return strings.ToValidUTF8(string(b), "\uFFFD")
}

// htmlDoc makes a Document holding an HTML page's markup, decoded to UTF-8.
// Text stays empty: extracting it is the html stage's work.
func htmlDoc(origin, ctype string, b []byte) *dyad.Document {
	d := &dyad.Document{Origin: origin, Format: "html"}
	d.HTML = decodeHTML(d, ctype, b)
	if strings.TrimSpace(d.HTML) == "" {
		d.AddError("read", dyad.ReasonEmpty, "empty item")
	}
	return d
}

// decodeHTML converts markup to UTF-8 using, in order, a byte-order mark,
// the declared content type, a <meta charset>. A guess is overruled when
// the bytes are valid UTF-8, since mislabelled UTF-8 pages are common.
func decodeHTML(d *dyad.Document, ctype string, b []byte) string {
	enc, name, certain := charset.DetermineEncoding(b, ctype)
	if name == "utf-8" || (!certain && utf8.Valid(b)) {
		return validText(d, b)
	}
	u, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		note(d, dyad.ReasonInvalidUTF8, "cannot decode %s: %v", name, fmt.Errorf("read: %w", err))
		return validText(d, b)
	}
	return validText(d, u)
}

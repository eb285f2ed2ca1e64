package read

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"io"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/dyad-events/dyad"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/transform"
)

// xmlInput prepares an XML decoder that forgives what real feeds contain:
// HTML entities, other charsets, sloppy attributes. A stream declared (or
// assumed) UTF-8 passes through a repairer so that one bad byte does not end
// the whole file; the repairer counts what it replaced.
func xmlInput(br *bufio.Reader) (*xml.Decoder, *utf8Repairer) {
	head, _ := br.Peek(256)
	var rd io.Reader = br
	var rep *utf8Repairer
	if enc := declaredEncoding(head); enc == "" || enc == "utf-8" || enc == "utf8" {
		rep = &utf8Repairer{}
		rd = transform.NewReader(br, rep)
	}
	dec := xml.NewDecoder(rd)
	dec.Strict = false
	dec.Entity = xml.HTMLEntity
	dec.CharsetReader = charset.NewReaderLabel
	return dec, rep
}

var encodingAttr = regexp.MustCompile(`^\s*<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']`)

// declaredEncoding returns the encoding named by an XML declaration, in
// lower case, or "" when there is none.
func declaredEncoding(head []byte) string {
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	m := encodingAttr.FindSubmatch(head)
	if m == nil {
		return ""
	}
	return strings.ToLower(string(m[1]))
}

// repairNoter notes on each Document that the repairer touched its bytes.
// The decoder reads ahead, so a repair is pinned to the item being decoded
// when it was seen, which may be off by one item near buffer edges.
type repairNoter struct {
	rep  *utf8Repairer
	seen int
}

func (n *repairNoter) check(d *dyad.Document) {
	if n.rep == nil || n.rep.replaced == n.seen {
		return
	}
	n.seen = n.rep.replaced
	note(d, dyad.ReasonInvalidUTF8, "invalid UTF-8 replaced with U+FFFD")
}

// utf8Repairer is a transform.Transformer that replaces each byte that is
// not part of valid UTF-8, and each control byte XML forbids, with U+FFFD.
type utf8Repairer struct {
	replaced int
}

// Reset implements transform.Transformer.
func (t *utf8Repairer) Reset() {}

// Transform implements transform.Transformer.
func (t *utf8Repairer) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	for nSrc < len(src) {
		c := src[nSrc]
		if c < utf8.RuneSelf && !badXMLControl(c) {
			if nDst >= len(dst) {
				return nDst, nSrc, transform.ErrShortDst
			}
			dst[nDst] = c
			nDst++
			nSrc++
			continue
		}
		r, size := utf8.DecodeRune(src[nSrc:])
		out := src[nSrc : nSrc+size]
		if r == utf8.RuneError && size == 1 || badXMLControl(c) {
			if !atEOF && !utf8.FullRune(src[nSrc:]) {
				return nDst, nSrc, transform.ErrShortSrc
			}
			out = []byte("\uFFFD")
			t.replaced++
		}
		if nDst+len(out) > len(dst) {
			return nDst, nSrc, transform.ErrShortDst
		}
		nDst += copy(dst[nDst:], out)
		nSrc += size
	}
	return nDst, nSrc, nil
}

// badXMLControl reports a C0 control byte that XML 1.0 does not allow.
func badXMLControl(c byte) bool { return c < 0x20 && c != '\t' && c != '\n' && c != '\r' }

package read

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dyad-events/dyad"
)

// The Reuters-21578 SGML collection: each story is a <REUTERS> element
// holding <DATE>, code lists (<TOPICS><D>..</D></TOPICS> ...) and <TEXT>
// with <TITLE>, <DATELINE> and <BODY>. It is SGML, not XML: control
// characters arrive as &#N; and the files are not always valid UTF-8, so it
// is scanned by hand rather than with encoding/xml.

var (
	reutersEnd   = []byte("</REUTERS>")
	reutersStart = []byte("<REUTERS")
)

// reutersLists are the code lists kept in Meta.
var reutersLists = []string{"TOPICS", "PLACES", "PEOPLE", "ORGS", "EXCHANGES", "COMPANIES"}

// readSGML reads one Document per <REUTERS> record.
func (r *Reader) readSGML(ctx context.Context, src source, br *bufio.Reader, emit emitFunc) error {
	sc := bufio.NewScanner(br)
	sc.Buffer(make([]byte, 0, 64<<10), int(min(r.cfg.MaxItemBytes, 1<<30)))
	sc.Split(splitReuters)
	n := 0
	for sc.Scan() {
		if err := ctx.Err(); err != nil {
			return err
		}
		rec := sc.Bytes()
		i := bytes.Index(rec, reutersStart)
		if i < 0 {
			continue // the doctype and white space between records
		}
		n++
		d := reutersDoc(recordOrigin(src.origin, "record", n), rec[i:])
		if err := emit(d); err != nil {
			return err
		}
	}
	return sgmlEnd(src, n, sc.Err(), emit)
}

// sgmlEnd reports how the collection ended: cleanly, cut off inside a
// record, with an oversize record, or with no records at all.
func sgmlEnd(src source, n int, err error, emit emitFunc) error {
	origin := recordOrigin(src.origin, "record", n+1)
	switch {
	case errors.Is(err, bufio.ErrTooLong):
		return emit(failed(origin, dyad.ReasonOversize, fmt.Errorf("sgml: record too large; rest of input skipped")))
	case errors.Is(err, errSGMLTruncated):
		return emit(failed(origin, dyad.ReasonTruncated, err))
	case err != nil:
		return emit(failed(origin, streamReason(err), fmt.Errorf("sgml: %w", err)))
	case n == 0:
		return emit(failed(src.origin, dyad.ReasonEmpty, errors.New("sgml: no <REUTERS> records")))
	}
	return nil
}

var errSGMLTruncated = errors.New("sgml: input ends inside a <REUTERS> record")

// splitReuters is a bufio.SplitFunc yielding text up to each </REUTERS>.
func splitReuters(data []byte, atEOF bool) (int, []byte, error) {
	if i := bytes.Index(data, reutersEnd); i >= 0 {
		end := i + len(reutersEnd)
		return end, data[:end], nil
	}
	if !atEOF {
		return 0, nil, nil
	}
	if bytes.Contains(data, reutersStart) {
		return 0, nil, errSGMLTruncated
	}
	return len(data), nil, nil
}

// reutersDoc makes the Document of one record. Text is the story as
// printed: headline, then dateline and body.
func reutersDoc(origin string, rec []byte) *dyad.Document {
	d := &dyad.Document{Origin: origin, Format: "sgml", Source: "Reuters"}
	s := validText(d, rec)
	open, _, _ := strings.Cut(s, ">")
	for name, val := range attrs(open) {
		reutersAttr(d, name, val)
	}
	for _, name := range reutersLists {
		if codes := dValues(sgmlElement(s, name)); len(codes) > 0 {
			meta(d)[strings.ToLower(name)] = codes
		}
	}
	reutersDate(d, sgmlElement(s, "DATE"))
	d.Title = oneLine(sgmlText(sgmlElement(s, "TITLE")))
	d.Text = reutersStory(d.Title, s)
	if strings.TrimSpace(d.Text) == "" {
		d.AddError("read", dyad.ReasonEmpty, "record has no text")
	}
	return d
}

func reutersAttr(d *dyad.Document, name, val string) {
	switch name {
	case "NEWID":
		d.ID = val
	case "OLDID", "LEWISSPLIT", "CGISPLIT":
		meta(d)[strings.ToLower(name)] = val
	}
}

// attrs yields the NAME="value" pairs of an open tag.
func attrs(tag string) func(yield func(string, string) bool) {
	return func(yield func(string, string) bool) {
		for {
			eq := strings.Index(tag, `="`)
			if eq < 0 {
				return
			}
			name := tag[strings.LastIndexByte(tag[:eq], ' ')+1 : eq]
			val, rest, ok := strings.Cut(tag[eq+2:], `"`)
			if !ok || !yield(name, val) {
				return
			}
			tag = rest
		}
	}
}

// dValues lists the <D>code</D> items of a code list.
func dValues(list string) []any {
	var out []any
	for {
		_, rest, ok := strings.Cut(list, "<D>")
		if !ok {
			return out
		}
		v, rest, ok := strings.Cut(rest, "</D>")
		if !ok {
			return out
		}
		out = append(out, v)
		list = rest
	}
}

// reutersStory joins headline, dateline and body into one text, built in
// one buffer since this is the hot path of large collections. Unprocessed
// records (tables, briefs) have no <BODY>: their <TEXT> is kept line by
// line.
func reutersStory(title, s string) string {
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(title)
	body := sgmlElement(s, "BODY")
	if body == "" {
		text := sgmlElement(s, "TEXT")
		text = stripElement(stripElement(text, "TITLE"), "DATELINE")
		writePara(&b, strings.TrimSpace(sgmlText(text)))
		return b.String()
	}
	writePara(&b, oneLine(sgmlText(sgmlElement(s, "DATELINE"))))
	reflowInto(&b, sgmlText(body), b.Len() > len(title))
	return strings.TrimSpace(dropSignature(b.String()))
}

// writePara starts a new paragraph holding p, unless p is empty.
func writePara(b *strings.Builder, p string) {
	if p == "" {
		return
	}
	if b.Len() > 0 {
		b.WriteString("\n\n")
	}
	b.WriteString(p)
}

// sgmlElement returns the content of the first <name ...>...</name>.
func sgmlElement(s, name string) string {
	i := openTag(s, name)
	if i < 0 {
		return ""
	}
	j := strings.IndexByte(s[i:], '>')
	if j < 0 {
		return ""
	}
	start := i + j + 1
	end := strings.Index(s[start:], "</"+name+">")
	if end < 0 {
		return s[start:]
	}
	return s[start : start+end]
}

// openTag finds <name> or <name attr...>, not a longer name sharing the
// prefix (<DATE> is not <DATELINE>).
func openTag(s, name string) int {
	for off := 0; ; {
		i := strings.Index(s[off:], "<"+name)
		if i < 0 {
			return -1
		}
		k := off + i + 1 + len(name)
		if k >= len(s) || s[k] == '>' || s[k] == ' ' {
			return off + i
		}
		off = k
	}
}

// stripElement removes the first <name>...</name> from s.
func stripElement(s, name string) string {
	i := openTag(s, name)
	end := strings.Index(s, "</"+name+">")
	if i < 0 || end < i {
		return s
	}
	return s[:i] + s[end+len(name)+3:]
}

// sgmlText decodes the entities the collection uses (&lt; &gt; &amp;
// &quot; and numeric ones) and drops control characters, which it encodes
// as &#2; &#3; and the like, in one pass.
func sgmlText(s string) string {
	i := 0
	for i < len(s) && s[i] != '&' && !isControl(s[i]) {
		i++
	}
	if i == len(s) {
		return s
	}
	b := append(make([]byte, 0, len(s)), s[:i]...)
	for i < len(s) {
		c := s[i]
		switch {
		case isControl(c):
			i++
		case c == '&':
			var n int
			b, n = appendEntity(b, s[i:])
			i += n
		default:
			b = append(b, c)
			i++
		}
	}
	return string(b)
}

var sgmlEntities = map[string]string{"lt": "<", "gt": ">", "amp": "&", "quot": "\""}

// appendEntity decodes the entity that s starts with, or copies the '&' of
// something that is not one; it returns how many bytes it consumed.
func appendEntity(b []byte, s string) ([]byte, int) {
	end := strings.IndexByte(s[:min(len(s), 10)], ';')
	if end < 2 {
		return append(b, '&'), 1
	}
	name := s[1:end]
	if v, ok := sgmlEntities[name]; ok {
		return append(b, v...), end + 1
	}
	if name[0] != '#' {
		return append(b, '&'), 1
	}
	n, err := strconv.Atoi(name[1:])
	if err != nil || n < 0 || n > utf8.MaxRune {
		return append(b, '&'), 1
	}
	if n < 0x20 && n != '\n' && n != '\t' || n == 0x7f {
		return b, end + 1
	}
	return utf8.AppendRune(b, rune(n)), end + 1
}

func isControl(c byte) bool { return c < 0x20 && c != '\n' && c != '\t' || c == 0x7f }

// reflow rejoins lines wrapped at a fixed width. A new paragraph starts
// at an indented or blank line; the closing "Reuter" signature is dropped.
func reflow(s string) string {
	var b strings.Builder
	reflowInto(&b, s, false)
	return strings.TrimSpace(dropSignature(b.String()))
}

// reflowInto writes the reflowed s to b; joined says the first line
// continues the paragraph b ends with (a dateline).
func reflowInto(b *strings.Builder, s string, joined bool) {
	inPara := joined
	for line := range strings.Lines(s) {
		t := strings.TrimSpace(line)
		if t == "" {
			inPara = false
			continue
		}
		indented := len(line)-len(strings.TrimLeft(line, " \t")) >= 2
		switch {
		case inPara && (!indented || joined):
			b.WriteByte(' ')
		case b.Len() > 0:
			b.WriteString("\n\n")
		}
		joined = false
		b.WriteString(t)
		inPara = true
	}
}

// dropSignature removes the "Reuter" that closes each wire story.
func dropSignature(s string) string {
	const sig = "reuter"
	if n := len(s) - len(sig); n >= 0 && strings.EqualFold(s[n:], sig) && (n == 0 || s[n-1] == ' ' || s[n-1] == '\n') {
		return s[:n]
	}
	return s
}

// reutersDate parses "26-FEB-1987 15:01:01.79"; some records carry extra
// characters after it, and a few only the day.
func reutersDate(d *dyad.Document, s string) {
	f := strings.Fields(s)
	if len(f) == 0 {
		return
	}
	if len(f) > 1 {
		clock, _, _ := strings.Cut(f[1], ".")
		if t, err := time.Parse("2-Jan-2006 15:04:05", f[0]+" "+clock); err == nil {
			d.Date = t
			return
		}
	}
	t, err := time.Parse("2-Jan-2006", f[0])
	if err != nil {
		keepRawDate(d, s, err)
		return
	}
	d.Date = t
}

package read

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"html"
	"regexp"
	"strings"
	"time"

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
	sgmlAttr     = regexp.MustCompile(`([A-Za-z]+)="([^"]*)"`)
	sgmlD        = regexp.MustCompile(`<D>([^<]*)</D>`)
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
	open := s[:strings.IndexByte(s+">", '>')]
	for _, m := range sgmlAttr.FindAllStringSubmatch(open, -1) {
		reutersAttr(d, m[1], m[2])
	}
	for _, name := range reutersLists {
		if codes := sgmlD.FindAllStringSubmatch(sgmlElement(s, name), -1); len(codes) > 0 {
			meta(d)[strings.ToLower(name)] = dValues(codes)
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

func dValues(ms [][]string) []any {
	out := make([]any, len(ms))
	for i, m := range ms {
		out[i] = m[1]
	}
	return out
}

// reutersStory joins headline, dateline and body. Unprocessed records
// (tables, briefs) have no <BODY>: their <TEXT> is kept line by line.
func reutersStory(title, s string) string {
	body := sgmlElement(s, "BODY")
	if body == "" {
		text := sgmlElement(s, "TEXT")
		text = stripElement(stripElement(text, "TITLE"), "DATELINE")
		return joinParas(title, strings.TrimSpace(sgmlText(text)))
	}
	dateline := oneLine(sgmlText(sgmlElement(s, "DATELINE")))
	story := reflow(sgmlText(body))
	if dateline != "" {
		story = dateline + " " + story
	}
	return joinParas(title, story)
}

func joinParas(a, b string) string {
	if a == "" || b == "" {
		return a + b
	}
	return a + "\n\n" + b
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

// sgmlText decodes entities and drops the control characters that the
// collection encodes as &#2; &#3; and the like.
func sgmlText(s string) string {
	s = html.UnescapeString(s)
	return strings.Map(func(r rune) rune {
		if r < 0x20 && r != '\n' && r != '\t' || r == 0x7f {
			return -1
		}
		return r
	}, s)
}

// reflow rejoins lines wrapped at a fixed width. A new paragraph starts
// at an indented line; the closing "Reuter" signature is dropped.
func reflow(s string) string {
	var paras, cur []string
	flush := func() {
		if len(cur) > 0 {
			paras = append(paras, strings.Join(cur, " "))
			cur = cur[:0]
		}
	}
	for _, line := range strings.Split(s, "\n") {
		t := strings.TrimSpace(line)
		if t == "" || t != line && len(line)-len(strings.TrimLeft(line, " \t")) >= 2 {
			flush()
		}
		if t != "" {
			cur = append(cur, t)
		}
	}
	flush()
	return strings.TrimSpace(dropSignature(strings.Join(paras, "\n\n")))
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

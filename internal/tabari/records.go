package tabari

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"time"
)

// Event is one expected event "{ SRC / TGT / CODE }".
type Event struct {
	Source, Target, Code string
}

// Record is one text record: "yymmdd ID" header line, text lines, then an
// optional /* ... */ comment holding the expected events in braces.
type Record struct {
	ID      string
	Date    time.Time
	Text    string
	Events  []Event
	NoEvent bool // "{---}": nothing should be coded
	Discard bool // "{###}": the record should be discarded
	Skip    bool // "{+++}" or no expectation: not a test
	// Complex is "{+++}": TABARI flags the record as too complex to code,
	// so it codes no event from it.
	Complex bool
	Options []string // "{ OPTION: ... }" commands the record sets
	Line    int
}

// recordScanner holds the state of one records read.
type recordScanner struct {
	out     []Record
	cur     *Record
	comment bool // inside /* ... */
	text    []string
}

// ReadRecords reads records until a record whose ID is stop ("" = all).
// Lines outside records that start with '#' are notes.
func ReadRecords(r io.Reader, name, stop string) ([]Record, error) {
	rs := &recordScanner{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		if done, err := rs.line(sc.Text(), n, stop); err != nil {
			return nil, fmt.Errorf("tabari: %s:%d: %w", name, n, err)
		} else if done {
			break
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("tabari: %s: %w", name, err)
	}
	rs.flush()
	return rs.out, nil
}

func (rs *recordScanner) line(t string, n int, stop string) (bool, error) {
	// A header ends an unclosed comment too: records whose comment was
	// mistyped ("/*" for "*/") must not swallow the records after them.
	if id, date, ok := header(t); ok {
		rs.flush()
		if id == stop {
			return true, nil
		}
		rs.cur = &Record{ID: id, Date: date, Line: n}
		return false, nil
	}
	if rs.comment {
		before, _, closed := strings.Cut(t, "*/")
		rs.expect(before)
		rs.comment = !closed
		return false, nil
	}
	if rs.cur == nil || strings.HasPrefix(t, "#") {
		return false, nil
	}
	if i := strings.Index(t, "/*"); i >= 0 {
		rs.text = append(rs.text, t[:i])
		rest, _, closed := strings.Cut(t[i+2:], "*/")
		rs.expect(rest)
		rs.comment = !closed
		return false, nil
	}
	rs.text = append(rs.text, t)
	return false, nil
}

// header recognises "yymmdd  ID [more]" lines, and "yyyymmdd ID" (TABARI's
// YYYY option). A malformed all-digit date still starts a record, with a
// zero date when its first six digits are no date, so that its text does
// not run into the record before.
func header(t string) (id string, date time.Time, ok bool) {
	f := strings.Fields(t)
	if len(f) < 2 || len(f[0]) < 6 || len(f[0]) > 9 || t[0] == ' ' || strings.Trim(f[0], "0123456789") != "" {
		return "", time.Time{}, false
	}
	// TABARI reads a date's first six digits (eight with YYYY); any more
	// are ignored.
	layout, digits := "060102", f[0][:6]
	if len(f[0]) == 8 {
		layout, digits = "20060102", f[0]
	}
	d, err := time.Parse(layout, digits)
	if err != nil {
		d = time.Time{}
	}
	return f[len(f)-1], d, true
}

// expect reads the braces of a comment line. An option brace left open
// ("{ OPTION: SET: X = 4  */") runs to the end of the comment line; a
// brace right after '-' is struck out and not read.
func (rs *recordScanner) expect(t string) {
	for {
		i := strings.IndexByte(t, '{')
		j := strings.IndexByte(t, '}')
		if i >= 0 && j < i && strings.HasPrefix(strings.TrimSpace(t[i+1:]), "OPTION:") {
			j = len(t)
			t += "}"
		}
		if i < 0 || j < i {
			return
		}
		if i == 0 || t[i-1] != '-' { // "-{ ... }" is an expectation struck out
			rs.brace(strings.TrimSpace(t[i+1 : j]))
		}
		t = t[j+1:]
	}
}

func (rs *recordScanner) brace(b string) {
	switch {
	case b == "---":
		rs.cur.NoEvent = true
	case b == "###":
		rs.cur.Discard = true
	case b == "+++":
		rs.cur.Skip, rs.cur.Complex = true, true
	case b == "":
		rs.cur.Skip = true
	case strings.HasPrefix(b, "OPTION:"):
		rs.cur.Options = append(rs.cur.Options, strings.TrimSpace(b[len("OPTION:"):]))
	default:
		f := strings.Split(b, "/")
		if len(f) == 3 {
			rs.cur.Events = append(rs.cur.Events, Event{
				Source: strings.TrimSpace(f[0]), Target: strings.TrimSpace(f[1]), Code: strings.TrimSpace(f[2])})
		}
	}
}

func (rs *recordScanner) flush() {
	if rs.cur == nil {
		return
	}
	rs.cur.Text = strings.Join(strings.Fields(strings.Join(rs.text, " ")), " ")
	if len(rs.cur.Events) == 0 && !rs.cur.NoEvent && !rs.cur.Discard {
		rs.cur.Skip = true
	}
	rs.out = append(rs.out, *rs.cur)
	rs.cur, rs.text, rs.comment = nil, nil, false
}

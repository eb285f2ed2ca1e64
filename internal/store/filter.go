package store

import (
	"fmt"
	"strings"
	"time"

	"github.com/dyad-events/dyad"
)

// Filter selects events. Zero fields select everything. Every value is
// bound as a parameter, never spliced into SQL.
type Filter struct {
	From, To  string        // event dates YYYY-MM-DD, inclusive; an event matches if its span starts in range
	Actor     string        // actor code prefix, source or target: "USA" matches USAGOV
	Source    string        // source actor code prefix
	Target    string        // target actor code prefix
	CAMEO     string        // CAMEO code prefix: "04", "043"
	QuadClass int           // 1-4; 0 for any
	Modality  dyad.Modality // exact modality
	Publisher string        // Document.Source of at least one mention, exact
	Sort      Sort          // order of results
	Limit     int           // page size; 0 means DefaultLimit
	Offset    int           // rows to skip
}

// DefaultLimit is the page size when Filter.Limit is 0.
const DefaultLimit = 100

// Sort orders events.
type Sort string

// Sort orders. The default is newest first.
const (
	SortNewest   Sort = ""          // date descending
	SortOldest   Sort = "date"      // date ascending
	SortMentions Sort = "mentions"  // most mentioned first
	SortConflict Sort = "goldstein" // most conflictual (lowest Goldstein) first
)

var orders = map[Sort]string{
	SortNewest:   "e.day DESC, e.id DESC",
	SortOldest:   "e.day ASC, e.id ASC",
	SortMentions: "e.num_mentions DESC, e.id ASC",
	SortConflict: "e.goldstein ASC, e.id ASC",
}

// ParseDyad splits "USA:MEX" into source and target code prefixes.
func ParseDyad(s string) (source, target string, err error) {
	src, tgt, ok := strings.Cut(s, ":")
	if !ok || src == "" || tgt == "" {
		return "", "", fmt.Errorf("store: dyad %q: want SOURCE:TARGET, like USA:MEX", s)
	}
	return src, tgt, nil
}

// where builds the WHERE clause and its arguments.
func (f Filter) where() (string, []any, error) {
	var conds []string
	var args []any
	add := func(c string, a ...any) { conds = append(conds, c); args = append(args, a...) }
	if err := f.dates(add); err != nil {
		return "", nil, err
	}
	if f.Actor != "" {
		src, srcArgs := codeCond("e.src3", "e.source_code", f.Actor)
		tgt, tgtArgs := codeCond("e.tgt3", "e.target_code", f.Actor)
		add("(("+src+") OR ("+tgt+"))", append(srcArgs, tgtArgs...)...)
	}
	if f.Source != "" {
		c, a := codeCond("e.src3", "e.source_code", f.Source)
		add(c, a...)
	}
	if f.Target != "" {
		c, a := codeCond("e.tgt3", "e.target_code", f.Target)
		add(c, a...)
	}
	if len(f.CAMEO) >= 2 {
		add("e.root = ?", f.CAMEO[:2]) // lets the (root, day) index serve
	}
	prefix(add, "e.cameo", f.CAMEO)
	if f.QuadClass != 0 {
		add("e.quad_class = ?", f.QuadClass)
	}
	if f.Modality != "" {
		add("e.modality = ?", string(f.Modality))
	}
	if f.Publisher != "" {
		add(`EXISTS (SELECT 1 FROM event_mentions m JOIN documents d ON d.id = m.doc
			WHERE m.event = e.id AND d.source = ?)`, f.Publisher)
	}
	if len(conds) == 0 {
		return "", nil, nil
	}
	return " WHERE " + strings.Join(conds, " AND "), args, nil
}

func (f Filter) dates(add func(string, ...any)) error {
	for _, d := range []struct {
		val, cond string
	}{{f.From, "e.day >= ?"}, {f.To, "e.day <= ?"}} {
		if d.val == "" {
			continue
		}
		t, err := time.Parse("2006-01-02", d.val)
		if err != nil {
			return fmt.Errorf("store: date %q: want YYYY-MM-DD", d.val)
		}
		add(d.cond, dayNumber(t))
	}
	return nil
}

// prefix adds a code-prefix condition as a range, which uses an index
// and treats % and _ as the characters they are.
func prefix(add func(string, ...any), col, p string) {
	if p == "" {
		return
	}
	lo, hi := prefixRange(p)
	add(col+" >= ? AND "+col+" < ?", lo, hi)
}

// codeCond matches an actor code prefix. Three letters or more fix the
// country part (col3), which is indexed; a longer prefix adds a range on
// the full code.
func codeCond(col3, col, p string) (string, []any) {
	if len(p) < 3 || !ascii(p[:3]) { // substr counts characters, not bytes
		lo, hi := prefixRange(p)
		return col + " >= ? AND " + col + " < ?", []any{lo, hi}
	}
	if len(p) == 3 {
		return col3 + " = ?", []any{p}
	}
	lo, hi := prefixRange(p)
	return col3 + " = ? AND " + col + " >= ? AND " + col + " < ?", []any{p[:3], lo, hi}
}

func ascii(s string) bool {
	for i := range len(s) {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// prefixRange gives [p, next) where next is the least string above every
// string starting with p.
func prefixRange(p string) (string, string) {
	b := []byte(p)
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] < 0xff {
			b[i]++
			return p, string(b[:i+1])
		}
	}
	return p, "\U0010FFFF\U0010FFFF" // all 0xff: no upper bound in practice
}

func (f Filter) page() (string, []any, error) {
	order, ok := orders[f.Sort]
	if !ok {
		return "", nil, fmt.Errorf("store: unknown sort %q", f.Sort)
	}
	limit := f.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	return " ORDER BY " + order + " LIMIT ? OFFSET ?", []any{limit, max(f.Offset, 0)}, nil
}

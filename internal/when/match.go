package when

// relKind says how an expression is resolved against its anchor.
type relKind uint8

const (
	relNone    relKind = iota // absolute, or absolute parts completed from the anchor
	relDays                   // n days from the publication date: today, yesterday
	relShift                  // last/this/next unit: last month, this week
	relAgo                    // n units before the publication date: two years ago
	relPrevDay                // n days from the last explicit date: the day before
	relFixed                  // value given outright: PRESENT_REF, a duration
)

// expr is an expression the matcher found, before resolution.
type expr struct {
	start, end int    // item indexes, half-open
	typ        string // DATE, TIME or DURATION
	year       int
	month      int
	day        int
	weekday    int
	century    int
	season     string
	mod        string // START, MID, END
	tod        string // part of day: MO, AF, EV, NI
	rel        relKind
	n          int    // count or day offset
	unit       string // D, W, M, Y, DE...
	value      string // for relFixed
	future     bool   // "next Friday", or a future-tense context
}

// matcher tries the grammar's rules at each item.
type matcher struct {
	w  *Words
	it []item
}

// word returns the lowercase word at i, or "" when i is not a word.
func (m *matcher) word(i int) string {
	if i < 0 || i >= len(m.it) || m.it[i].kind != kWord {
		return ""
	}
	return m.it[i].lower
}

func (m *matcher) punct(i int, p string) bool {
	return i >= 0 && i < len(m.it) && m.it[i].kind == kPunct && m.it[i].text == p
}

func (m *matcher) number(i int) (item, bool) {
	if i < 0 || i >= len(m.it) || m.it[i].kind != kNum {
		return item{}, false
	}
	return m.it[i], true
}

// oneOf reports whether the word at i is among ws.
func (m *matcher) oneOf(i int, ws ...string) bool {
	w := m.word(i)
	for _, x := range ws {
		if w == x {
			return true
		}
	}
	return false
}

// skipComma steps over an optional comma.
func (m *matcher) skipComma(i int) int {
	if m.punct(i, ",") {
		return i + 1
	}
	return i
}

// scan finds every expression in the items, left to right, longest first.
func (m *matcher) scan() []expr {
	var out []expr
	for i := 0; i < len(m.it); {
		if e, ok := m.at(i); ok && e.end > i {
			out = append(out, e)
			i = e.end
			continue
		}
		i++
	}
	return out
}

// at tries each rule at item i; the first that matches wins, so rules are
// ordered from the most specific.
func (m *matcher) at(i int) (expr, bool) {
	rules := []func(int) (expr, bool){
		m.iso, m.calendarDate, m.partOf, m.shifted, m.ago, m.dayRelative,
		m.deictic, m.duration, m.monthAlone, m.weekdayAlone, m.century, m.yearAlone,
	}
	for _, r := range rules {
		if e, ok := r(i); ok {
			e.start = i
			if e.typ == "" {
				e.typ = "DATE"
			}
			return e, true
		}
	}
	return expr{}, false
}

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
	w      *Words
	starts map[string]bool
	it     []item
}

// startWords is every word some rule can begin with: the vocabulary's
// months, weekdays, number words, parts and deictic words, the shift words,
// and the few words the rules name. Any other word begins nothing, so the
// matcher skips it with one lookup instead of trying every rule. A rule
// that begins with a new word must add it here.
func startWords(w *Words) map[string]bool {
	s := map[string]bool{"the": true, "earlier": true, "later": true, "recent": true, "in": true}
	for k := range w.month {
		s[k] = true
	}
	for k := range w.weekday {
		s[k] = true
	}
	for k := range w.number {
		s[k] = true
	}
	for k := range w.part {
		s[k] = true
	}
	for k := range w.deictic {
		s[k] = true
	}
	for k := range shiftWords {
		s[k] = true
	}
	return s
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
	switch it := m.it[i]; {
	case it.kind == kPunct:
		return expr{}, false // every rule begins with a number or a word
	case it.kind == kWord && !m.starts[it.lower]:
		return expr{}, false
	}
	return m.rules(i)
}

// rules tries each rule at item i in order.
func (m *matcher) rules(i int) (expr, bool) {
	// Method expressions, not method values: binding m to twelve methods
	// at every item would build twelve closures per word.
	rules := [...]func(*matcher, int) (expr, bool){
		(*matcher).iso, (*matcher).calendarDate, (*matcher).partOf, (*matcher).shifted,
		(*matcher).ago, (*matcher).dayRelative, (*matcher).deictic, (*matcher).duration,
		(*matcher).monthAlone, (*matcher).weekdayAlone, (*matcher).century, (*matcher).yearAlone,
	}
	for _, r := range rules {
		if e, ok := r(m, i); ok {
			e.start = i
			if e.typ == "" {
				e.typ = "DATE"
			}
			return e, true
		}
	}
	return expr{}, false
}

package when

// iso matches 2025-05-03 and 2025-05.
func (m *matcher) iso(i int) (expr, bool) {
	y, ok := m.number(i)
	if !ok || len(y.lower) != 4 || !m.punct(i+1, "-") {
		return expr{}, false
	}
	mo, ok := m.number(i + 2)
	if !ok || len(mo.lower) != 2 || mo.num < 1 || mo.num > 12 {
		return expr{}, false
	}
	e := expr{year: y.num, month: mo.num, end: i + 3}
	if d, ok := m.number(i + 4); ok && m.punct(i+3, "-") && len(d.lower) == 2 && validDay(d.num) {
		e.day, e.end = d.num, i+5
	}
	return e, true
}

func validDay(d int) bool { return d >= 1 && d <= 31 }

// calendarDate matches an optional weekday, then "3 May [2025]", "3rd of
// May", "May 3[, 2025]" or "Feb. 28".
func (m *matcher) calendarDate(i int) (expr, bool) {
	e := expr{}
	j := i
	if wd, ok := m.w.weekday[m.word(j)]; ok && m.it[j].upper {
		e.weekday = wd
		j = m.skipComma(j + 1)
		if m.word(j) == "the" {
			j++
		}
	}
	if e2, ok := m.dayMonth(j); ok {
		return m.withWeekday(e, e2), true
	}
	if e2, ok := m.monthDay(j); ok {
		return m.withWeekday(e, e2), true
	}
	return expr{}, false
}

func (m *matcher) withWeekday(wd, e expr) expr {
	e.weekday = wd.weekday
	return e
}

// dayMonth matches "3 May", "3rd of May", "3 May 2025".
func (m *matcher) dayMonth(i int) (expr, bool) {
	d, ok := m.number(i)
	if !ok || len(d.lower) > 2 || !validDay(d.num) {
		return expr{}, false
	}
	j := i + 1
	if m.word(j) == "of" {
		j++
	}
	mo, ok := m.monthAt(j)
	if !ok {
		return expr{}, false
	}
	e := expr{day: d.num, month: mo, end: j + 1}
	e.end = m.optYear(e.end, &e)
	return e, true
}

// monthDay matches "May 3", "May 3rd, 2025", "Feb. 28".
func (m *matcher) monthDay(i int) (expr, bool) {
	mo, ok := m.monthAt(i)
	if !ok {
		return expr{}, false
	}
	j := i + 1
	if m.punct(j, ".") {
		j++
	}
	d, ok := m.number(j)
	if !ok || len(d.lower) > 2 || !validDay(d.num) || m.punct(j+1, ":") {
		return expr{}, false
	}
	e := expr{day: d.num, month: mo, end: j + 1}
	e.end = m.optYear(e.end, &e)
	return e, true
}

// monthAt matches a capitalised month name ("may" the verb stays out).
func (m *matcher) monthAt(i int) (int, bool) {
	mo, ok := m.w.month[m.word(i)]
	if !ok || !m.it[i].upper {
		return 0, false
	}
	return mo, true
}

// optYear consumes ", 2025" or " 2025" after a day and month.
func (m *matcher) optYear(j int, e *expr) int {
	k := m.skipComma(j)
	if y, ok := m.number(k); ok && len(y.lower) == 4 && !y.ordinal {
		e.year = y.num
		return k + 1
	}
	return j
}

// monthAlone matches "May 2010", and a bare month after a word that marks
// it as a time ("in January", "since March", "early August").
func (m *matcher) monthAlone(i int) (expr, bool) {
	mo, ok := m.monthAt(i)
	if !ok {
		return expr{}, false
	}
	e := expr{month: mo, end: i + 1}
	if y, ok := m.number(i + 1); ok && len(y.lower) == 4 {
		e.year, e.end = y.num, i+2
		return e, true
	}
	if m.w.month[m.word(i)] == 5 || m.w.month[m.word(i)] == 3 {
		// "May" and "March" are also verbs and names: demand a cue before.
		if !m.oneOf(i-1, "in", "since", "until", "till", "by", "of", "during", "from", "to", "through", "before", "after", "last", "next", "this", "early", "late", "mid", "end", "and", "or") {
			return expr{}, false
		}
	}
	return e, true
}

// weekdayAlone matches "Friday", "Sunday night".
func (m *matcher) weekdayAlone(i int) (expr, bool) {
	wd, ok := m.w.weekday[m.word(i)]
	if !ok || !m.it[i].upper || len(m.word(i)) < 6 {
		return expr{}, false
	}
	e := expr{weekday: wd, end: i + 1}
	if tod, ok := m.w.partOfDay[m.word(i+1)]; ok {
		e.tod, e.end, e.typ = tod, i+2, "TIME"
	}
	return e, true
}

// yearAlone matches a four-digit year where context says it is one: after
// a preposition, or before punctuation or the end.
func (m *matcher) yearAlone(i int) (expr, bool) {
	y, ok := m.number(i)
	if !ok || len(y.lower) != 4 || y.ordinal || y.num < 1800 || y.num > 2100 {
		return expr{}, false
	}
	if m.punct(i-1, ",") || m.punct(i-1, "$") || m.punct(i-1, ".") || m.punct(i+1, "%") {
		return expr{}, false
	}
	cue := m.oneOf(i-1, "in", "since", "until", "by", "of", "during", "from", "to", "through", "before", "after", "early", "late", "mid", "and", "or", "between", "around", "year", "a", "an", "the", "his", "her", "its", "their", "our")
	next := i+1 >= len(m.it) || m.it[i+1].kind == kPunct
	if !cue && !next {
		return expr{}, false
	}
	return expr{year: y.num, end: i + 1}, true
}

// century matches "20th century".
func (m *matcher) century(i int) (expr, bool) {
	n, ok := m.number(i)
	if !ok || !n.ordinal || !m.oneOf(i+1, "century") {
		return expr{}, false
	}
	return expr{century: n.num - 1, end: i + 2}, true
}

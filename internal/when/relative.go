package when

import "strconv"

// shiftWords are the words before a unit or name that shift it from the
// anchor: "last month", "next Friday", "the past week".
var shiftWords = map[string]int{
	"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0,
	"next": 1, "coming": 1, "following": 1,
}

// partOf matches "early December", "late last July", "mid-2011", "the end of
// the year", "the beginning of May", "earlier this year".
func (m *matcher) partOf(i int) (expr, bool) {
	j := i
	if m.word(j) == "the" {
		j++
	}
	w := m.word(j)
	mod, ok := m.w.part[w]
	if w == "earlier" || w == "later" {
		mod, ok = "", m.oneOf(j+1, "this", "last", "next")
	}
	if !ok {
		return expr{}, false
	}
	noun := w == "end" || w == "beginning" || w == "start" || w == "middle"
	if noun && (j == i || m.word(j+1) != "of") {
		return expr{}, false // "end next year" is a verb, "the end of next year" a time
	}
	j++
	if m.punct(j, "-") {
		j++
	}
	if m.word(j) == "of" {
		j++
		if m.word(j) == "the" {
			j++
		}
	}
	e, ok := m.partTarget(j)
	if !ok {
		return expr{}, false
	}
	e.mod = mod
	return e, true
}

// partTarget is what "early"/"the end of" modify: a shifted unit, a month
// (with year), a year, or a bare "year"/"month".
func (m *matcher) partTarget(j int) (expr, bool) {
	if e, ok := m.shifted(j); ok {
		return e, true
	}
	if mo, ok := m.monthAt(j); ok {
		e := expr{month: mo, end: j + 1}
		if y, ok := m.number(j + 1); ok && len(y.lower) == 4 {
			e.year, e.end = y.num, j+2
		}
		return e, true
	}
	if y, ok := m.number(j); ok && len(y.lower) == 4 {
		return expr{year: y.num, end: j + 1}, true
	}
	if u := m.w.unit[m.word(j)]; u == "Y" || u == "M" || u == "W" {
		return expr{rel: relShift, unit: u, end: j + 1}, true
	}
	return expr{}, false
}

// shifted matches "[the] last|this|next <unit|month|weekday|season|weekend>".
func (m *matcher) shifted(i int) (expr, bool) {
	j := i
	if m.word(j) == "the" {
		j++
	}
	shift, ok := shiftWords[m.word(j)]
	if !ok {
		return expr{}, false
	}
	j++
	e := expr{rel: relShift, n: shift, future: shift > 0, end: j + 1}
	w := m.word(j)
	switch u := m.w.unit[w]; {
	case u == "D" || u == "W" || u == "M" || u == "Y":
		if w != "day" && w != "days" && w == singular(w) {
			e.unit = u
			return e, true
		}
	case w == "weekend":
		e.unit = "WE"
		return e, true
	}
	if mo, ok := m.w.month[w]; ok && m.it[j].upper {
		e.month = mo
		return e, true
	}
	if wd, ok := m.w.weekday[w]; ok && m.it[j].upper {
		e.weekday = wd
		return e, true
	}
	if s, ok := m.w.season[w]; ok {
		e.season = s
		return e, true
	}
	return expr{}, false
}

// singular reports w without a plural s, to tell "last month" (a date) from
// "last months" (not an expression here).
func singular(w string) string {
	if len(w) > 1 && w[len(w)-1] == 's' {
		return w[:len(w)-1]
	}
	return w
}

// count matches a number or number word at i: "two", "90", "a", "several".
func (m *matcher) count(i int) (int, bool) {
	if n, ok := m.number(i); ok && !n.ordinal && len(n.lower) <= 4 {
		return n.num, true
	}
	n, ok := m.w.number[m.word(i)]
	return n, ok
}

// ago matches "two years ago", "a week earlier".
func (m *matcher) ago(i int) (expr, bool) {
	n, ok := m.count(i)
	if !ok || n == 0 {
		return expr{}, false
	}
	u, ok := m.w.unit[m.word(i+1)]
	// "a month earlier" is left to the duration rule, as TimeML does.
	if !ok || !m.oneOf(i+2, "ago") {
		return expr{}, false
	}
	return expr{rel: relAgo, n: -n, unit: u, end: i + 3}, true
}

// dayRelative matches "the day before", "the previous day", "the next day",
// "the following day": relative to the last explicit date.
func (m *matcher) dayRelative(i int) (expr, bool) {
	if m.word(i) != "the" {
		return expr{}, false
	}
	if m.word(i+1) == "day" && m.oneOf(i+2, "before", "after") {
		n := -1
		if m.word(i+2) == "after" {
			n = 1
		}
		return expr{rel: relPrevDay, n: n, unit: "D", end: i + 3}, true
	}
	if m.oneOf(i+1, "previous", "next", "following") && m.word(i+2) == "day" {
		n := 1
		if m.word(i+1) == "previous" {
			n = -1
		}
		return expr{rel: relPrevDay, n: n, unit: "D", end: i + 3}, true
	}
	return expr{}, false
}

// deictic matches today, yesterday, tomorrow, now, currently, and
// "yesterday morning".
func (m *matcher) deictic(i int) (expr, bool) {
	v, ok := m.w.deictic[m.word(i)]
	if !ok {
		return expr{}, false
	}
	e := expr{end: i + 1}
	switch v {
	case "PRESENT_REF", "PAST_REF", "FUTURE_REF":
		e.rel, e.value = relFixed, v
		return e, true
	}
	e.rel = relDays
	e.n = atoiSigned(v)
	if tod, ok := m.w.partOfDay[m.word(i+1)]; ok {
		e.tod, e.end, e.typ = tod, i+2, "TIME"
	}
	return e, true
}

func atoiSigned(s string) int {
	n, sign := 0, 1
	for i, c := range s {
		switch {
		case i == 0 && c == '-':
			sign = -1
		case c >= '0' && c <= '9':
			n = n*10 + int(c-'0')
		}
	}
	return sign * n
}

// duration matches "three weeks", "90 days", "a decade", "the past two
// years", "in recent months", "several days".
func (m *matcher) duration(i int) (expr, bool) {
	j := i
	if m.word(j) == "the" && m.oneOf(j+1, "past", "last", "next", "coming") {
		j += 2
	} else if m.oneOf(j, "recent") || (m.word(j) == "in" && m.word(j+1) == "recent") {
		if m.word(j) == "in" {
			j++
		}
		if u, ok := m.w.unit[m.word(j+1)]; ok && m.word(j+1) != singular(m.word(j+1)) {
			return expr{typ: "DURATION", rel: relFixed, value: "PX" + u, end: j + 2}, true
		}
		return expr{}, false
	}
	n, ok := m.count(j)
	if !ok {
		return expr{}, false
	}
	k := j + 1
	if m.punct(k, "-") {
		k++
	}
	u, ok := m.w.unit[m.word(k)]
	if !ok {
		return expr{}, false
	}
	return expr{typ: "DURATION", rel: relFixed, value: durationValue(n, u), end: k + 1}, true
}

// durationValue writes a TimeML duration: P3W, PT2H, PXD for an unknown count.
func durationValue(n int, u string) string {
	c := "X"
	if n > 0 {
		c = itoa(n)
	}
	if u == "2W" {
		u, c = "W", itoa(2*max(n, 1))
	}
	if u == "H" || u == "MI" {
		if u == "MI" {
			u = "M"
		}
		return "PT" + c + u
	}
	return "P" + c + u
}

func itoa(n int) string { return strconv.Itoa(n) }

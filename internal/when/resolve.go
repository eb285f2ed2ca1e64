package when

import (
	"fmt"
	"time"

	"github.com/dyad-events/dyad"
)

// resolved is an expression's normalised value.
type resolved struct {
	value string
	prec  dyad.Precision
	// day is set when the value names one day; "the day before" counts
	// from the last such explicit day.
	day      time.Time
	explicit bool
}

// anchors are the dates an expression is resolved against.
type anchors struct {
	pub  time.Time // publication date; zero when unknown
	last time.Time // last explicit day mentioned, for "the day before"
}

func date(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

func dayValue(t time.Time) resolved {
	return resolved{value: t.Format("2006-01-02"), prec: dyad.PrecisionDay, day: t}
}

func monthValue(y, m int) resolved {
	return resolved{value: fmt.Sprintf("%04d-%02d", y, m), prec: dyad.PrecisionMonth}
}

func yearValue(y int) resolved {
	return resolved{value: fmt.Sprintf("%04d", y), prec: dyad.PrecisionYear}
}

func weekValue(t time.Time) resolved {
	y, w := t.ISOWeek()
	return resolved{value: fmt.Sprintf("%04d-W%02d", y, w), prec: dyad.PrecisionWeek}
}

// resolve normalises e against a.
func resolve(e expr, a anchors) resolved {
	switch e.rel {
	case relFixed:
		return resolved{value: e.value}
	case relDays:
		return withTime(dayValue(relDay(a.pub, e.n)), e.tod, a.pub.IsZero())
	case relPrevDay:
		base := a.last
		if base.IsZero() {
			base = a.pub
		}
		return shiftUnit(base, e.unit, e.n, base.IsZero())
	case relAgo:
		return shiftUnit(a.pub, e.unit, e.n, a.pub.IsZero())
	case relShift:
		return resolveShift(e, a.pub)
	}
	return resolveAbsolute(e, a.pub)
}

func relDay(pub time.Time, n int) time.Time { return pub.AddDate(0, 0, n) }

func withTime(r resolved, tod string, unknown bool) resolved {
	if unknown {
		r = resolved{value: "XXXX-XX-XX"}
	}
	if tod != "" {
		r.value += "T" + tod
	}
	return r
}

// shiftUnit moves base by n units and gives the value at that unit's
// precision: two years ago is a year, two days ago a day.
func shiftUnit(base time.Time, unit string, n int, unknown bool) resolved {
	if unknown {
		return resolved{value: "XXXX"}
	}
	switch unit {
	case "Y":
		return yearValue(base.Year() + n)
	case "M":
		t := base.AddDate(0, n, 1-base.Day())
		return monthValue(t.Year(), int(t.Month()))
	case "W":
		return weekValue(base.AddDate(0, 0, 7*n))
	case "DE":
		return resolved{value: fmt.Sprintf("%03d", (base.Year()+10*n)/10), prec: dyad.PrecisionYear}
	}
	return dayValue(base.AddDate(0, 0, n))
}

// resolveShift handles "last month", "next Friday", "last June", "this
// summer".
func resolveShift(e expr, pub time.Time) resolved {
	if pub.IsZero() {
		return resolved{value: "XXXX"}
	}
	switch {
	case e.month > 0:
		return monthValue(shiftedMonthYear(pub, e.month, e.n), e.month)
	case e.weekday > 0:
		return dayValue(weekdayNear(pub, e.weekday, e.n > 0, e.n != 0))
	case e.season != "":
		return resolved{value: fmt.Sprintf("%04d-%s", pub.Year()+seasonShift(pub, e.n), e.season), prec: dyad.PrecisionMonth}
	case e.unit == "WE":
		w := weekValue(pub.AddDate(0, 0, 7*e.n))
		w.value += "-WE"
		return w
	}
	return shiftUnit(pub, e.unit, e.n, false)
}

// shiftedMonthYear is the year of "last June" (the June before pub), "next
// June" (the one after) or "this June".
func shiftedMonthYear(pub time.Time, month, n int) int {
	y, m := pub.Year(), int(pub.Month())
	switch {
	case n < 0 && month >= m:
		return y - 1
	case n > 0 && month <= m:
		return y + 1
	}
	return y
}

func seasonShift(pub time.Time, n int) int {
	if n < 0 && pub.Month() < time.June {
		return -1
	}
	return 0
}

// weekdayNear finds the day with weekday wd nearest pub: on or before it
// (news reports the past) unless future; strictly before for "last".
func weekdayNear(pub time.Time, wd int, future, strict bool) time.Time {
	cur := isoWeekday(pub)
	if future {
		d := (wd - cur + 7) % 7
		if d == 0 && strict {
			d = 7
		}
		return pub.AddDate(0, 0, d)
	}
	d := (cur - wd + 7) % 7
	if d == 0 && strict {
		d = 7
	}
	return pub.AddDate(0, 0, -d)
}

func isoWeekday(t time.Time) int {
	w := int(t.Weekday())
	if w == 0 {
		return 7
	}
	return w
}

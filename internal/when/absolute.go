package when

import (
	"fmt"
	"time"

	"github.com/dyad-events/dyad"
)

// halfYear bounds how far from the anchor a date without a year may fall.
const halfYear = 183 * 24 * time.Hour

// resolveAbsolute completes a calendar expression from the anchor: "19
// February" takes the year that puts it nearest the publication date.
func resolveAbsolute(e expr, pub time.Time) resolved {
	switch {
	case e.century > 0:
		return resolved{value: fmt.Sprintf("%02d", e.century), prec: dyad.PrecisionYear}
	case e.month == 0 && e.weekday > 0:
		if pub.IsZero() {
			return resolved{value: "XXXX-WXX-" + itoa(e.weekday)}
		}
		return withTime(dayValue(weekdayNear(pub, e.weekday, e.future, false)), e.tod, false)
	case e.month == 0:
		return yearValue(e.year)
	case e.day == 0:
		y := e.year
		if y == 0 {
			y = monthYear(pub, e.month, e.future)
		}
		return monthValue(y, e.month)
	}
	y := e.year
	if y == 0 {
		y = dayYear(pub, e)
	}
	if y == 0 {
		return resolved{value: fmt.Sprintf("XXXX-%02d-%02d", e.month, e.day)}
	}
	r := dayValue(date(y, e.month, e.day))
	r.explicit = true
	return r
}

// monthYear is the year of a bare month: the latest one up to the anchor's
// month, or the next one in a future context.
func monthYear(pub time.Time, month int, future bool) int {
	if pub.IsZero() {
		return 0
	}
	y, m := pub.Year(), int(pub.Month())
	switch {
	case future && month < m:
		return y + 1
	case !future && month > m:
		return y - 1
	}
	return y
}

// dayYear picks the year of a day and month without one: the year whose
// weekday matches when a weekday is given, else the year that puts the date
// within half a year of the anchor.
func dayYear(pub time.Time, e expr) int {
	if pub.IsZero() {
		return 0
	}
	if e.weekday > 0 {
		if y := weekdayYear(pub.Year(), e); y != 0 {
			return y
		}
	}
	y := pub.Year()
	t := date(y, e.month, e.day)
	switch {
	case t.Sub(pub) > halfYear:
		return y - 1
	case pub.Sub(t) > halfYear:
		return y + 1
	case e.future && t.Before(pub.AddDate(0, 0, -30)):
		return y + 1
	}
	return y
}

// weekdayYear finds the year nearest around that makes e's day and month
// fall on e's weekday, preferring years not after around.
func weekdayYear(around int, e expr) int {
	for d := 0; d <= 11; d++ {
		for _, y := range []int{around - d, around + d} {
			t := date(y, e.month, e.day)
			if int(t.Month()) == e.month && isoWeekday(t) == e.weekday {
				return y
			}
		}
	}
	return 0
}

package read

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// dateLayouts are the date forms met in feeds, archives and exports, most
// common first.
var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04Z07:00",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05",
	"2006-01-02",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04 -0700",
	"Mon, 2 Jan 2006 15:04 MST",
	"Mon, 2 Jan 2006",
	"2 Jan 2006 15:04:05 -0700",
	"2 Jan 2006 15:04:05 MST",
	"2 Jan 2006",
	time.RFC850,
	time.ANSIC,
	"2-Jan-2006 15:04:05.00",
	"2-Jan-2006 15:04:05",
	"January 2, 2006",
	"Jan 2, 2006",
	"2006/01/02",
}

// parseDate reads a date in any of the forms dyad meets, including compact
// digits: YYYYMMDD (PETRARCH), YYMMDD (TABARI), YYYYMMDDhhmmss (WARC 1.0)
// and ten-digit Unix seconds.
func parseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if t, ok := digitDate(s); ok {
		return t, nil
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("read: unrecognised date %q", s)
}

func digitDate(s string) (time.Time, bool) {
	if s == "" || strings.Trim(s, "0123456789") != "" {
		return time.Time{}, false
	}
	layout := map[int]string{6: "060102", 8: "20060102", 12: "200601021504", 14: "20060102150405"}[len(s)]
	if layout != "" {
		t, err := time.Parse(layout, s)
		return t, err == nil
	}
	if len(s) == 10 {
		n, _ := strconv.ParseInt(s, 10, 64)
		return time.Unix(n, 0).UTC(), true
	}
	return time.Time{}, false
}

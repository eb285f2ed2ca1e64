package store

import (
	"context"
	"fmt"
)

// Interval is the width of a Series bucket.
type Interval string

// Intervals.
const (
	Week  Interval = "week"  // ISO weeks, starting Monday
	Month Interval = "month" // calendar months
)

// Bucket is one period of a Series. Only events the text says happened
// (asserted or reported) are counted.
type Bucket struct {
	Start         string  `json:"start"` // first day of the period, YYYY-MM-DD
	Events        int     `json:"events"`
	Quad          [4]int  `json:"quad"` // events per QuadClass 1..4
	GoldsteinSum  float64 `json:"goldstein_sum"`
	GoldsteinMean float64 `json:"goldstein_mean"`
}

// bucketExpr gives the first day of an event's period, as a day number.
// Day 0 (1970-01-01) was a Thursday, so Mondays are days ≡ 4 (mod 7); the
// large offset keeps integer division from rounding toward zero before 1970.
var bucketExpr = map[Interval]string{
	Week:  "((day + 700003) / 7) * 7 - 700003",
	Month: "CAST(unixepoch(date(day * 86400, 'unixepoch', 'start of month')) / 86400 AS INTEGER)",
}

// Series counts the events from source to target (code prefixes, as in
// ParseDyad) per interval, oldest first. Undated events are left out.
func (s *DB) Series(ctx context.Context, source, target string, iv Interval) ([]Bucket, error) {
	expr, ok := bucketExpr[iv]
	if !ok {
		return nil, fmt.Errorf("store: interval %q: want week or month", iv)
	}
	src, args := codeCond("src3", "source_code", source)
	tgt, targs := codeCond("tgt3", "target_code", target)
	rows, err := s.sql.QueryContext(ctx, `SELECT `+expr+` AS b, quad_class, count(*), total(goldstein)
		FROM events WHERE `+src+` AND `+tgt+` AND factual = 1 AND day IS NOT NULL
		GROUP BY b, quad_class ORDER BY b`, append(args, targs...)...)
	if err != nil {
		return nil, fmt.Errorf("store: series: %w", err)
	}
	defer rows.Close()
	var out []Bucket
	for rows.Next() {
		var day int64
		var quad, n int
		var sum float64
		if err := rows.Scan(&day, &quad, &n, &sum); err != nil {
			return nil, fmt.Errorf("store: series: %w", err)
		}
		start := dayString(day)
		if len(out) == 0 || out[len(out)-1].Start != start {
			out = append(out, Bucket{Start: start})
		}
		b := &out[len(out)-1]
		b.Events += n
		if quad >= 1 && quad <= 4 {
			b.Quad[quad-1] += n
		}
		b.GoldsteinSum += sum
		b.GoldsteinMean = b.GoldsteinSum / float64(b.Events)
	}
	return out, rows.Err()
}

package store

import (
	"context"
	"database/sql"
	"time"

	"github.com/dyad-events/dyad"
)

// maxSpanDays bounds how long a date span can be (a leap year), so the
// merge lookup can scan a bounded range of the events_merge index.
const maxSpanDays = 366

// putEvent stores event mention i of d and merges it into an event.
func (w *writer) putEvent(ctx context.Context, docID int64, d *dyad.Document, i int) error {
	ev := &d.Events[i]
	sp := dateSpan(ev.Date, d.Date)
	pk := placeKey(ev.Place)
	id, err := w.findEvent(ctx, ev, sp, pk)
	if err != nil {
		return err
	}
	if id == 0 {
		id, err = w.newEvent(ctx, ev, sp, pk, d)
	} else {
		w.merged[id] = true
		err = w.refine(ctx, id, ev, sp, pk)
	}
	if err != nil {
		return err
	}
	w.mentionRows = append(w.mentionRows, id, docID, i, ev.ID, ev.Sentence, ev.Date, string(ev.DatePrecision),
		ev.DateText, ev.Source.Code, ev.Target.Code, ev.CAMEO, string(ev.Modality), ev.Quote, ev.Text, jsonText(ev, "{}"))
	return nil
}

// mentionWidth is the number of values of an event_mentions row.
const mentionWidth = 15

// recount stores the batch's new events and event mentions, which only
// the batch read before, in multi-row INSERTs, then refreshes the counts of every event a
// mention merged into.
func (w *writer) recount(ctx context.Context) error {
	if err := w.insertEvents(ctx); err != nil {
		return err
	}
	if err := w.execRows(ctx, "mention_event", mentionWidth, w.mentionRows); err != nil {
		return err
	}
	for id := range w.merged {
		if _, err := w.exec(ctx, "recount", id); err != nil {
			return err
		}
	}
	return nil
}

func root(ev *dyad.Event) string {
	if ev.Root != "" || len(ev.CAMEO) < 2 {
		return ev.Root
	}
	return ev.CAMEO[:2]
}

// candidate is a stored event a mention might merge into.
type candidate struct {
	id     int64
	lo, hi sql.NullInt64
	place  string
}

// findEvent returns the event the mention merges into, or 0: same source,
// target, CAMEO root and modality class, date spans within the window,
// places not known to differ. Among several it takes the most precise,
// then the nearest in time, then the oldest.
func (w *writer) findEvent(ctx context.Context, ev *dyad.Event, sp span, pk string) (int64, error) {
	args := []any{ev.Source.Code, ev.Target.Code, root(ev), factual(ev.Modality), string(ev.Modality)}
	win := int64(w.rules.WindowDays)
	name := "find_undated"
	if sp.ok {
		name = "find_dated"
		args = append(args, sp.lo-win-maxSpanDays, sp.hi+win, sp.lo-win)
	}
	rows, err := w.query(ctx, name, args...)
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	var best candidate
	for rows.Next() {
		var c candidate
		if err := rows.Scan(&c.id, &c.lo, &c.hi, &c.place); err != nil {
			return 0, err
		}
		if pk != "" && c.place != "" && pk != c.place {
			continue
		}
		if best.id == 0 || better(c, best, sp) {
			best = c
		}
	}
	if err := rows.Err(); err != nil {
		return 0, err
	}
	// The batch's own events come after the stored ones, in id order.
	for i := range w.pending {
		p := &w.pending[i]
		if !p.matches(ev, sp, win) || pk != "" && p.pk != "" && pk != p.pk {
			continue
		}
		if c := p.candidate(); best.id == 0 || better(c, best, sp) {
			best = c
		}
	}
	return best.id, nil
}

// better prefers the narrower span, then the nearer one; ties keep the
// older event (candidates arrive in id order).
func better(c, best candidate, sp span) bool {
	cw, bw := c.hi.Int64-c.lo.Int64, best.hi.Int64-best.lo.Int64
	if cw != bw {
		return cw < bw
	}
	return distance(c, sp) < distance(best, sp)
}

func distance(c candidate, sp span) int64 {
	d := (c.lo.Int64 + c.hi.Int64) - (sp.lo + sp.hi)
	if d < 0 {
		return -d
	}
	return d
}

// precision is the mention's stated precision, else the one its span shows.
func precision(ev *dyad.Event, sp span) dyad.Precision {
	switch {
	case ev.DatePrecision != "":
		return ev.DatePrecision
	case !sp.ok:
		return ""
	case sp.width() == 0:
		return dyad.PrecisionDay
	case sp.width() == 6:
		return dyad.PrecisionWeek
	case sp.width() < 31:
		return dyad.PrecisionMonth
	}
	return dyad.PrecisionYear
}

// dateOf is the mention's date, or the publication day it fell back to.
func dateOf(ev *dyad.Event, sp span) string {
	if ev.Date != "" || !sp.ok {
		return ev.Date
	}
	return dayString(sp.lo)
}

func nullDay(sp span, v int64) sql.NullInt64 { return sql.NullInt64{Int64: v, Valid: sp.ok} }

// seen is when a document was published, else when it was ingested.
func (w *writer) seen(d *dyad.Document) string {
	if d.Date.IsZero() {
		return w.now
	}
	return d.Date.UTC().Format(time.RFC3339)
}

// refine narrows the event's date to a more precise mention's and gives
// it a place when it had none.
func (w *writer) refine(ctx context.Context, id int64, ev *dyad.Event, sp span, pk string) error {
	if p := w.pendingEvent(id); p != nil {
		p.refine(ev, sp, pk)
		return nil
	}
	if pk != "" {
		if _, err := w.exec(ctx, "locate", pk, jsonOrNull(ev.Place), id); err != nil {
			return err
		}
	}
	if !sp.ok {
		return nil
	}
	var lo, hi int64
	if err := w.row(ctx, "span", []any{id}, &lo, &hi); err != nil {
		return err
	}
	if sp.width() >= hi-lo {
		return nil
	}
	_, err := w.exec(ctx, "narrow", dateOf(ev, sp), string(precision(ev, sp)), sp.lo, sp.lo, sp.hi, id)
	return err
}

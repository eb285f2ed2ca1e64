package store

import (
	"context"

	"github.com/dyad-events/dyad"
)

// The events a batch creates wait in memory and are inserted at the
// batch's end, in their final form: until then the batch's later mentions
// find them, and narrow or place them, here rather than by SQL.

// pendingEvent is an event created by this batch and not yet inserted.
type pendingEvent struct {
	source, target, root, modality string
	factual                        bool
	sp                             span
	pk                             string
	// row holds the event's values in the order of statement "event".
	row []any
}

// Positions in pendingEvent.row of the values refine changes.
const (
	colID        = 0
	colDate      = 15
	colPrecision = 16
	colDay       = 17
	colDayLo     = 18
	colDayHi     = 19
	colPlaceKey  = 20
	colPlace     = 21
)

// newEvent creates the event a mention starts. Ids follow the largest
// stored one, as SQLite's own would: the batch holds the write lock.
func (w *writer) newEvent(ctx context.Context, ev *dyad.Event, sp span, pk string, d *dyad.Document) (int64, error) {
	if w.nextEvent == 0 {
		if err := w.row(ctx, "next_event", nil, &w.nextEvent); err != nil {
			return 0, err
		}
	}
	id := w.nextEvent
	w.nextEvent++
	w.pending = append(w.pending, pendingEvent{
		source: ev.Source.Code, target: ev.Target.Code, root: root(ev), modality: string(ev.Modality),
		factual: factual(ev.Modality), sp: sp, pk: pk,
		row: []any{id, ev.Source.Code, ev.Target.Code, ev.Source.Name, ev.Source.Country,
			ev.Target.Name, ev.Target.Country, root(ev), ev.CAMEO, ev.QuadClass, ev.Goldstein, ev.PLOVER.Type,
			ev.PLOVER.Mode, string(ev.Modality), factual(ev.Modality), dateOf(ev, sp), string(precision(ev, sp)),
			nullDay(sp, sp.lo), nullDay(sp, sp.lo), nullDay(sp, sp.hi), pk, jsonOrNull(ev.Place), d.URL, ev.Text,
			w.seen(d), w.seen(d)},
	})
	return id, nil
}

// pendingEvent gives the batch's event id, or nil when it is stored.
func (w *writer) pendingEvent(id int64) *pendingEvent {
	if len(w.pending) == 0 {
		return nil
	}
	i := id - w.pending[0].row[colID].(int64)
	if i < 0 || i >= int64(len(w.pending)) {
		return nil
	}
	return &w.pending[i]
}

// matches applies the SQL of find_dated and find_undated to p.
func (p *pendingEvent) matches(ev *dyad.Event, sp span, win int64) bool {
	switch {
	case p.source != ev.Source.Code || p.target != ev.Target.Code || p.root != root(ev):
		return false
	case p.factual != factual(ev.Modality) || !p.factual && p.modality != string(ev.Modality):
		return false
	case !sp.ok || !p.sp.ok:
		return !sp.ok && !p.sp.ok
	}
	return p.sp.lo >= sp.lo-win-maxSpanDays && p.sp.lo <= sp.hi+win && p.sp.hi >= sp.lo-win
}

func (p *pendingEvent) candidate() candidate {
	return candidate{id: p.row[colID].(int64), lo: nullDay(p.sp, p.sp.lo), hi: nullDay(p.sp, p.sp.hi), place: p.pk}
}

// refine does to a pending event what refine does to a stored one.
func (p *pendingEvent) refine(ev *dyad.Event, sp span, pk string) {
	if pk != "" && p.pk == "" {
		p.pk = pk
		p.row[colPlaceKey], p.row[colPlace] = pk, jsonOrNull(ev.Place)
	}
	if !sp.ok || sp.width() >= p.sp.width() {
		return
	}
	p.sp = sp
	p.row[colDate], p.row[colPrecision] = dateOf(ev, sp), string(precision(ev, sp))
	p.row[colDay], p.row[colDayLo], p.row[colDayHi] = nullDay(sp, sp.lo), nullDay(sp, sp.lo), nullDay(sp, sp.hi)
}

// insertEvents stores the batch's new events, one INSERT each: a
// multi-row INSERT into a table other tables refer to keeps a statement
// journal, a copy of every page it changes, and events have six indexes.
func (w *writer) insertEvents(ctx context.Context) error {
	for _, p := range w.pending {
		if _, err := w.exec(ctx, "event", p.row...); err != nil {
			return err
		}
	}
	return nil
}

package api

import (
	"net/url"
	"regexp"
	"strconv"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/store"
)

// Shapes of query values. They are checked before the store sees them so
// a typo answers 400 instead of an empty page.
var (
	codeRE  = regexp.MustCompile(`^[A-Z0-9]{1,30}$`)
	cameoRE = regexp.MustCompile(`^[0-9]{1,4}$`)
)

// filterParams are the query parameters GET /api/events accepts.
var filterParams = map[string]bool{
	"from": true, "to": true, "actor": true, "source": true, "target": true, "dyad": true,
	"cameo": true, "quad": true, "modality": true, "publisher": true, "sort": true,
	"limit": true, "offset": true,
}

var modalities = map[dyad.Modality]bool{
	dyad.Asserted: true, dyad.Negated: true, dyad.Hypothetical: true,
	dyad.Future: true, dyad.Proposed: true, dyad.Reported: true,
}

var sorts = map[store.Sort]bool{
	store.SortNewest: true, store.SortOldest: true, store.SortMentions: true, store.SortConflict: true,
}

// parseFilter turns query parameters into a store.Filter, refusing
// unknown parameters, repeated ones and values of the wrong shape.
func parseFilter(q url.Values) (store.Filter, error) {
	var f store.Filter
	for k, vs := range q {
		if !filterParams[k] {
			return f, badRequest("unknown parameter %q", k)
		}
		if len(vs) > 1 {
			return f, badRequest("parameter %q given %d times", k, len(vs))
		}
	}
	steps := []func(url.Values, *store.Filter) error{parseDates, parseActors, parseCodes, parsePage}
	for _, step := range steps {
		if err := step(q, &f); err != nil {
			return f, err
		}
	}
	return f, nil
}

func parseDates(q url.Values, f *store.Filter) error {
	for _, p := range []struct {
		name string
		dst  *string
	}{{"from", &f.From}, {"to", &f.To}} {
		v := q.Get(p.name)
		if v == "" {
			continue
		}
		if _, err := time.Parse(time.DateOnly, v); err != nil {
			return badRequest("%s %q: want YYYY-MM-DD", p.name, v)
		}
		*p.dst = v
	}
	return nil
}

func parseActors(q url.Values, f *store.Filter) error {
	if d := q.Get("dyad"); d != "" {
		src, tgt, err := store.ParseDyad(d)
		if err != nil {
			return badRequest("dyad %q: want SOURCE:TARGET, like USA:MEX", d)
		}
		if q.Get("source") != "" || q.Get("target") != "" {
			return badRequest("give dyad or source/target, not both")
		}
		f.Source, f.Target = src, tgt
	}
	for _, p := range []struct {
		name string
		dst  *string
	}{{"actor", &f.Actor}, {"source", &f.Source}, {"target", &f.Target}} {
		if v := q.Get(p.name); v != "" {
			*p.dst = v
		}
	}
	for name, v := range map[string]string{"actor": f.Actor, "source": f.Source, "target": f.Target} {
		if v != "" && !codeRE.MatchString(v) {
			return badRequest("%s %q: want an actor code prefix such as USA or MEXGOV", name, v)
		}
	}
	return nil
}

func parseCodes(q url.Values, f *store.Filter) error {
	if v := q.Get("cameo"); v != "" {
		if !cameoRE.MatchString(v) {
			return badRequest("cameo %q: want a CAMEO code prefix of up to 4 digits", v)
		}
		f.CAMEO = v
	}
	if v := q.Get("quad"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 4 {
			return badRequest("quad %q: want 1, 2, 3 or 4", v)
		}
		f.QuadClass = n
	}
	if v := q.Get("modality"); v != "" {
		if !modalities[dyad.Modality(v)] {
			return badRequest("modality %q: want asserted, negated, hypothetical, future, proposed or reported", v)
		}
		f.Modality = dyad.Modality(v)
	}
	if v := q.Get("publisher"); len(v) > 200 {
		return badRequest("publisher: longer than 200 bytes")
	}
	f.Publisher = q.Get("publisher")
	return nil
}

func parsePage(q url.Values, f *store.Filter) error {
	if v := q.Get("sort"); v != "" {
		if v == "newest" {
			v = ""
		}
		if !sorts[store.Sort(v)] {
			return badRequest("sort %q: want newest, date, mentions or goldstein", q.Get("sort"))
		}
		f.Sort = store.Sort(v)
	}
	var err error
	if f.Limit, err = intParam(q, "limit", store.DefaultLimit, 1, maxLimit); err != nil {
		return err
	}
	f.Offset, err = intParam(q, "offset", 0, 0, maxOffset)
	return err
}

// intParam reads an integer parameter within [lo, hi], def when absent.
func intParam(q url.Values, name string, def, lo, hi int) (int, error) {
	v := q.Get(name)
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < lo || n > hi {
		return 0, badRequest("%s %q: want an integer from %d to %d", name, v, lo, hi)
	}
	return n, nil
}

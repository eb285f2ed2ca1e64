package validate

import (
	"strconv"
	"strings"

	"github.com/dyad-events/dyad/internal/surface"
	"github.com/dyad-events/dyad/internal/tabari"
)

// tabariMinWords is TABARI's default SET: MINIMUM WORDS.
const tabariMinWords = 8

// tabariActorGap bounds the words TABARI lets intervene where an actor
// phrase has a space (TABARI sets no bound; far-apart words are rarely
// one actor in news).
const tabariActorGap = 5

// tabariOptions are TABARI's defaults: comma clauses as the surface
// coder's defaults, sentences of fewer than eight words not coded,
// spaces in actor phrases letting other words intervene, and a target
// sought before the verb when there is none after it.
func tabariOptions() surface.Options {
	o := surface.DefaultOptions()
	o.MinWords = tabariMinWords
	o.ActorGap = tabariActorGap
	o.TargetBeforeVerb = true
	return o
}

// petrarchOptions are the comma settings of PETRARCH's shipped config
// (comma_min 2, comma_max 8, comma_emin 2, comma_emax 8, beginnings kept)
// and its whole-word matching.
func petrarchOptions() surface.Options {
	o := surface.DefaultOptions()
	o.Comma = surface.Comma{Min: 2, Max: 8, EMin: 2, EMax: 8}
	o.WholeWords = true
	return o
}

// ApplyTabari applies TABARI "{ OPTION: ... }" commands to o: DEFAULT,
// COMMA, COMPLEX, FORWARD (on or OFF; the ID mask is not read, see
// SameStory), SET: MINIMUM WORDS, SET: CONVERT AGENT and SET: CODE BY CLAUSE |
// BY SENTENCE | ALL.
// Others (COMPLEX, FORWARD, OUTPUT, other SETs) are ignored.
func ApplyTabari(o surface.Options, opts []string) surface.Options {
	for _, opt := range opts {
		cmd, val, _ := strings.Cut(strings.TrimSpace(opt), ":")
		val = strings.TrimSpace(val)
		switch strings.TrimSpace(cmd) {
		case "DEFAULT":
			o.DefSource, o.DefTarget = tabari.Defaults(val)
			// PRIOR and AFTER say where the defaults stand in; without
			// them TABARI looks for another actor first.
			o.SourceAfterVerb = o.DefSource != "" && !strings.Contains(val, "PRIOR")
			o.TargetInCompound = o.DefTarget != "" && !strings.Contains(val, "AFTER")
		case "COMMA":
			o.Comma = comma(o.Comma, val)
		case "SET":
			o = set(o, val)
		case "COMPLEX":
			o.Complex = complexity(val)
		case "FORWARD":
			o.Forward = !strings.HasSuffix(val, "OFF")
		}
	}
	return o
}

// set applies one "SET: NAME = VALUE" or "SET: CODE ..." command.
func set(o surface.Options, val string) surface.Options {
	switch strings.Join(strings.Fields(val), " ") {
	case "CODE BY CLAUSE":
		o.CodeBy = surface.ByClause
	case "CODE BY SENTENCE":
		o.CodeBy = surface.BySentence
	case "CODE ALL":
		o.CodeBy = surface.ByVerb
	}
	name, v, ok := strings.Cut(val, "=")
	if !ok {
		return o
	}
	v = strings.TrimSpace(v)
	switch strings.Join(strings.Fields(name), " ") {
	case "MINIMUM WORDS":
		if n, err := strconv.Atoi(v); err == nil {
			o.MinWords = n
		}
	case "CONVERT AGENT":
		o.ConvertAgents = v == "TRUE"
	}
	return o
}

// comma reads "OFF" or "MIN = 4 MAX = 6 EMIN = 3 ..." over cur.
func comma(cur surface.Comma, val string) surface.Comma {
	if strings.TrimSpace(val) == "OFF" {
		return surface.Comma{}
	}
	f := strings.Fields(strings.ReplaceAll(val, "=", " "))
	fields := map[string]*int{"MIN": &cur.Min, "MAX": &cur.Max, "BMIN": &cur.BMin, "BMAX": &cur.BMax, "EMIN": &cur.EMin, "EMAX": &cur.EMax}
	for i := 0; i+1 < len(f); i++ {
		if p, ok := fields[f[i]]; ok {
			if n, err := strconv.Atoi(f[i+1]); err == nil {
				*p = n
				i++
			}
		}
	}
	return cur
}

// complexity reads "VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN"; limits it does
// not name are off.
func complexity(val string) surface.Complex {
	var cx surface.Complex
	for _, f := range strings.Fields(val) {
		name, num, _ := strings.Cut(strings.TrimSuffix(f, "]"), "[")
		n, _ := strconv.Atoi(num)
		switch name {
		case "VERBS":
			cx.Verbs = n
		case "CONJ":
			cx.Conj = n
		case "NOACTPRIOR":
			cx.NoActorPrior = true
		}
	}
	return cx
}

// SameStory reports whether two TABARI record IDs name sentences of one
// story, for FORWARD: they differ only in their final number
// ("FRWD-001-002" follows "FRWD-001-001").
func SameStory(a, b string) bool {
	stem := func(id string) string { return strings.TrimRight(id, "0123456789") }
	return a != b && stem(a) != a && stem(a) == stem(b)
}

package coder

import "github.com/dyad-events/dyad"

// Token indexes standing for the configured default source and target
// (Config.DefaultSource, DefaultTarget) where a side has no actor.
const (
	defaultSource = -2
	defaultTarget = -3
)

// orDefault returns toks, or the default side when none of toks names an
// actor and a default code is configured.
func (sc *sentenceCoder) orDefault(toks []int, code string, side int) []int {
	if code == "" {
		return toks
	}
	for _, k := range toks {
		if sc.hasActor(k) {
			return toks
		}
	}
	return []int{side}
}

// sideActor is actorAt, also for the default sides.
func (sc *sentenceCoder) sideActor(k int) (*dyad.Actor, dyad.Span, bool) {
	switch k {
	case defaultSource:
		return defaultActor(sc.cfg.DefaultSource), dyad.Span{}, true
	case defaultTarget:
		return defaultActor(sc.cfg.DefaultTarget), dyad.Span{}, true
	}
	return sc.actorAt(k)
}

// defaultActor is a configured default: known, since the user named it,
// but found in no words of the text.
func defaultActor(code string) *dyad.Actor {
	return &dyad.Actor{Code: code, Known: true}
}

// sidePath is the dependency path from token k to v, "DEFAULT" for a
// default side.
func (sc *sentenceCoder) sidePath(k, v int) string {
	if k == defaultSource || k == defaultTarget {
		return "DEFAULT"
	}
	return sc.t.path(k, v)
}

// defaultComment says which sides of an event are configured defaults.
func defaultComment(s, k int) string {
	switch {
	case s == defaultSource && k == defaultTarget:
		return "source and target: the configured defaults"
	case s == defaultSource:
		return "source: the configured default"
	case k == defaultTarget:
		return "target: the configured default"
	}
	return ""
}

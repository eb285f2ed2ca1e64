package clean

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyad-events/dyad"
)

// Reasons the cleaner gives for kinds no rule file chose.
const (
	ReasonBody      = "body"             // nothing else matched
	ReasonTitle     = "title.first-line" // a short headline-like first line
	ReasonMetaTitle = "title.meta"       // the first line repeats Document.Title
)

// classify gives every unit a kind. Signatures come first so no other rule
// claims them; posts come after the line rules because a post's text may
// look like anything; the dateline is split off the first body paragraph.
func (c *Cleaner) classify(d *dyad.Document, us []unit, plain bool) []unit {
	c.markSignatures(d.Text, us)
	c.markLines(d.Text, us)
	c.markPosts(d.Text, us)
	if plain {
		c.markTitle(d, us)
	}
	us = c.markDateline(d.Text, us)
	for i := range us {
		if us[i].kind == "" {
			us[i].kind, us[i].reason = dyad.BlockBody, ReasonBody
		}
	}
	return us
}

// markLines applies the boilerplate, list and byline rules to short lines.
// A list heading makes the headline-like lines under it boilerplate until a
// line reads as article text again.
func (c *Cleaner) markLines(text string, us []unit) {
	list := "" // ID of the list heading in force, if any
	var grams bigrams
	for i := range us {
		u := &us[i]
		if u.kept || u.sig != nil {
			list = ""
			continue
		}
		line := text[u.start:u.end]
		words := countWords(line, c.cfg.MaxShortWords+1)
		if words > c.cfg.MaxShortWords {
			list = ""
			continue
		}
		p := newProbe(line, u.lower, &grams)
		u.kind, u.reason, list = c.lineKind(&p, words, list)
	}
}

// lineKind classifies one short line given the list heading in force, and
// returns the heading in force after it.
func (c *Cleaner) lineKind(p *probe, words int, list string) (dyad.BlockKind, string, string) {
	if id := c.rules.first(KindList, p); id != "" {
		return dyad.BlockBoilerplate, id, id
	}
	if id := c.rules.first(KindBoilerplate, p); id != "" {
		return dyad.BlockBoilerplate, id, list
	}
	if list != "" && headlineLike(p.line, words) {
		return dyad.BlockBoilerplate, list, list
	}
	if words <= c.cfg.MaxBylineWords {
		if id := c.rules.first(KindByline, p); id != "" {
			return dyad.BlockByline, id, ""
		}
	}
	return "", "", ""
}

// headlineLike reports whether a short line reads as a headline rather than
// a sentence: it does not end in a full stop, and a question or exclamation
// is short.
func headlineLike(line string, words int) bool {
	line = strings.TrimRight(line, ")]\"'”’» ")
	switch {
	case strings.HasSuffix(line, "..."), strings.HasSuffix(line, "…"):
		return true
	case strings.HasSuffix(line, "."):
		return false
	case strings.HasSuffix(line, "?"), strings.HasSuffix(line, "!"):
		return words <= 15
	}
	return true
}

// markTitle makes the first unit a title when it repeats the document's
// title or reads as a headline: a few words, no closing full stop or comma,
// and the next line does not continue its sentence.
func (c *Cleaner) markTitle(d *dyad.Document, us []unit) {
	if len(us) < 2 || us[0].kind != "" || us[0].kept {
		return
	}
	line := d.Text[us[0].start:us[0].end]
	if d.Title != "" && strings.EqualFold(strings.TrimSpace(d.Title), line) {
		us[0].kind, us[0].reason = dyad.BlockTitle, ReasonMetaTitle
		return
	}
	if c.titleLike(line) && !startsLower(d.Text[us[1].start:us[1].end]) {
		us[0].kind, us[0].reason = dyad.BlockTitle, ReasonTitle
	}
}

func (c *Cleaner) titleLike(line string) bool {
	words := countWords(line, c.cfg.MaxTitleWords+1)
	if words < 2 || words > c.cfg.MaxTitleWords {
		return false
	}
	first, _, _ := strings.Cut(line, " ")
	if startsLower(first) && strings.IndexFunc(first, unicode.IsUpper) < 0 {
		return false // a lower-case start reads as a broken sentence, unless "iTunes"
	}
	if !hasLower(line) {
		return true // an all-capitals headline may end in "U.S."
	}
	if hasSentenceBreak(line) {
		return false
	}
	line = strings.TrimRight(line, ")]\"'”’» ")
	if strings.HasSuffix(line, "...") || strings.HasSuffix(line, "…") {
		return true
	}
	return !strings.HasSuffix(line, ".") && !strings.HasSuffix(line, ",") &&
		!strings.HasSuffix(line, ";") && !strings.HasSuffix(line, ":")
}

// hasSentenceBreak reports whether s holds a full stop after a lower-case
// word of three letters or more followed by a capital: two sentences, not a
// headline. Abbreviations ("U.S. Open", "Inc. and") do not count.
func hasSentenceBreak(s string) bool {
	for i := strings.Index(s, ". "); i >= 0; {
		if i >= 3 && isLowerASCII(s[i-1]) && isLowerASCII(s[i-2]) && isLowerASCII(s[i-3]) && i+2 < len(s) {
			if r, _ := utf8.DecodeRuneInString(s[i+2:]); unicode.IsUpper(r) {
				return true
			}
		}
		j := strings.Index(s[i+2:], ". ")
		if j < 0 {
			break
		}
		i += 2 + j
	}
	return false
}

func isLowerASCII(c byte) bool { return c >= 'a' && c <= 'z' }

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// datelineWindow bounds how much of a paragraph dateline rules look at.
const datelineWindow = 100

// markDateline splits a dateline off the first body paragraph: the dateline
// becomes its own block (up to and including the dash) and the rest of the
// paragraph a body block after it.
func (c *Cleaner) markDateline(text string, us []unit) []unit {
	i := slices.IndexFunc(us, func(u unit) bool { return u.kind == "" })
	if i < 0 || slices.ContainsFunc(us[:i], func(u unit) bool { return u.kind == dyad.BlockBody }) {
		return us
	}
	u := us[i]
	head := text[u.start:min(u.end, u.start+datelineWindow)]
	for _, r := range c.rules.Of(KindDateline) {
		if !r.mayMatch(&probe{line: head}) {
			continue
		}
		m := r.re.FindStringSubmatchIndex(head)
		if m == nil {
			continue
		}
		dl := unit{start: u.start, kind: dyad.BlockDateline, reason: r.ID}
		_, dl.end = trim(text, u.start, u.start+m[1])
		dl.place = joinPlace(group(r.re, head, m, "place"), group(r.re, head, m, "region"))
		dl.source = strings.TrimSpace(group(r.re, head, m, "source"))
		us[i] = dl
		if bs, be := trim(text, u.start+m[1], u.end); bs < be {
			us = slices.Insert(us, i+1, unit{start: bs, end: be})
		}
		return us
	}
	return us
}

func joinPlace(place, region string) string {
	if region == "" {
		return place
	}
	return place + ", " + region
}

// countWords counts space-separated words in s, stopping at limit.
func countWords(s string, limit int) int {
	n, in := 0, false
	for i := 0; i < len(s) && n < limit; i++ {
		sp := isSpace(s[i])
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

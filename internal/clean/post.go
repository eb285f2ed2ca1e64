package clean

import (
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dyad-events/dyad"
)

// signature is what the last line of an embedded post says about it.
type signature struct {
	rule   string    // ID of the signature rule that matched
	inline bool      // the post's text precedes the signature on its line
	at     int       // where the signature starts in its line
	post   dyad.Post // Author, Handle, Date and URL as far as the line gives them
}

// sigWindow bounds how much of a line's end signature rules are tried on, so
// a long paragraph costs no more than a short one.
const sigWindow = 300

// markSignatures finds the units that end in a post signature. Lines short
// enough to be a signature keep their lower-cased form for later rules.
func (c *Cleaner) markSignatures(text string, us []unit) {
	for i := range us {
		u := &us[i]
		if u.kept {
			continue
		}
		line := text[u.start:u.end]
		if len(line) <= sigWindow {
			u.lower = strings.ToLower(line)
		}
		u.sig = c.signature(line, u.lower)
	}
}

// signature returns the signature line ends with, or nil; lower is line
// lower-cased, or "" when not computed.
func (c *Cleaner) signature(line, lower string) *signature {
	off := 0
	if len(line) > sigWindow {
		off = len(line) - sigWindow
		for off < len(line) && !utf8.RuneStart(line[off]) {
			off++
		}
	}
	tail := line[off:]
	p := probe{line: tail, lower: lower}
	rules := c.rules.Of(KindSignature)
	for i := range rules {
		r := &rules[i]
		if !r.mayMatch(&p) {
			continue
		}
		m := r.re.FindStringSubmatchIndex(tail)
		if m == nil {
			continue
		}
		s := &signature{rule: r.ID, at: off + m[0], inline: strings.TrimSpace(line[:off+m[0]]) != ""}
		s.post.Author = strings.TrimSpace(group(r.re, tail, m, "author"))
		s.post.Handle = group(r.re, tail, m, "handle")
		s.post.URL = group(r.re, tail, m, "url")
		s.post.Date = c.parseDate(group(r.re, tail, m, "date"))
		return s
	}
	return nil
}

// group returns the text of the named group of match m, or "".
func group(re *regexp.Regexp, s string, m []int, name string) string {
	i := re.SubexpIndex(name)
	if i < 0 || 2*i+1 >= len(m) || m[2*i] < 0 {
		return ""
	}
	return s[m[2*i]:m[2*i+1]]
}

// parseDate tries the date layouts in order; the zero time means unknown.
func (c *Cleaner) parseDate(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	s = strings.Join(strings.Fields(s), " ")
	for _, r := range c.rules.Of(KindDate) {
		if t, err := time.Parse(r.Pattern, s); err == nil {
			return t
		}
	}
	return time.Time{}
}

// markPosts turns every signature into a post: the signature line, the line
// before it (the post's text), earlier lines that still read as post text,
// and following lines that carry a post link, unless such a line is the
// text of the next post (its signature follows directly).
func (c *Cleaner) markPosts(text string, us []unit) {
	for i := range us {
		if us[i].sig == nil || us[i].kind == dyad.BlockPost {
			continue
		}
		start := c.postStart(text, us, i)
		end := c.postEnd(text, us, i)
		for k := start; k <= end; k++ {
			us[k].kind, us[k].reason = dyad.BlockPost, us[i].sig.rule
		}
		us[start].postLen = end - start + 1
	}
}

// postStart returns the first unit of the post whose signature is us[i].
func (c *Cleaner) postStart(text string, us []unit, i int) int {
	start := i
	if !us[i].sig.inline && i > 0 && free(&us[i-1]) {
		start = i - 1 // the line right before a signature is its text
	}
	more := func() bool { return start > 0 && i-start < maxPostLines && narrationOrEmpty(&us[start-1]) }
	for more() && c.thin(text[us[start].start:us[i].start+us[i].sig.at]) {
		start-- // only tags and links so far: the words are on the line before
	}
	for more() && c.postCue(text, &us[start-1]) {
		start--
	}
	return start
}

// maxPostLines bounds how far a post extends from its signature; embedded
// posts are short, and the bound keeps odd input from costing quadratic time.
const maxPostLines = 12

// postEnd returns the last unit of the post whose signature is us[i].
func (c *Cleaner) postEnd(text string, us []unit, i int) int {
	end := i
	for j := i + 1; j < len(us) && j-i < maxPostLines; j++ {
		u := &us[j]
		if !narrationOrEmpty(u) || c.link(text[u.start:u.end]) == "" {
			break
		}
		if j+1 < len(us) && us[j+1].sig != nil && !us[j+1].sig.inline {
			break // the next post's text
		}
		end = j
	}
	return end
}

// free reports whether a unit may become a post's text: anything the cleaner
// itself classified except another signature or post.
func free(u *unit) bool {
	return !u.kept && u.sig == nil && u.kind != dyad.BlockPost
}

// narrationOrEmpty reports whether a unit is still unclassified or body.
func narrationOrEmpty(u *unit) bool {
	return free(u) && (u.kind == "" || u.kind == dyad.BlockBody)
}

// postCue reports whether a line reads as post text rather than narration.
func (c *Cleaner) postCue(text string, u *unit) bool {
	line := text[u.start:u.end]
	if c.link(line) != "" {
		return true
	}
	p := probe{line: line, lower: strings.ToLower(line)}
	return c.rules.first(KindPostText, &p) != ""
}

// thin reports whether post text has fewer than three words that are not
// hashtags, mentions or links.
func (c *Cleaner) thin(s string) bool {
	n := 0
	for _, w := range strings.Fields(s) {
		if w[0] != '#' && w[0] != '@' && c.link(w) == "" && !strings.Contains(w, "://") {
			n++
		}
	}
	return n < 3
}

// link returns the earliest post link in s, or "".
func (c *Cleaner) link(s string) string {
	best, at := "", len(s)
	rules := c.rules.Of(KindPostLink)
	for i := range rules {
		r := &rules[i]
		if !r.mayMatch(&probe{line: s}) {
			continue
		}
		if m := r.re.FindStringIndex(s); m != nil && m[0] < at {
			best, at = s[m[0]:m[1]], m[0]
		}
	}
	return best
}

// post builds the Post of a post block from its text and signature.
func (c *Cleaner) post(block string, sig *signature) *dyad.Post {
	p := sig.post
	if p.URL == "" {
		p.URL = c.link(block)
	}
	if p.URL != "" && !strings.Contains(p.URL, "://") {
		p.URL = "https://" + p.URL
	}
	pr := probe{line: block, lower: strings.ToLower(block)}
	rules := c.rules.Of(KindPlatform)
	for i := range rules {
		if rules[i].matches(&pr) {
			p.Platform = rules[i].ID
			break
		}
	}
	return &p
}

package surface

import (
	"context"
	"strings"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/petrarch"
)

// verb is one indexed verb form with its block's patterns.
type verb struct {
	code     string
	reverse  string
	patterns []pattern
}

// Coder codes events with loaded dictionaries. It is safe for concurrent
// use once built.
type Coder struct {
	actors *index[*petrarch.Actor]
	agents *index[petrarch.Agent]
	verbs  *index[*verb]
	nouns  *index[bool]
	// adjectives may stand between the members of a compound actor.
	adjectives *index[bool]
	discards   *index[bool]
	synsets    map[string]*index[bool]
	opts       Options
}

// WithDefaults returns a Coder that uses source and target codes when a
// verb has no actor on that side ("" = none), as TABARI's DEFAULT option.
func (c *Coder) WithDefaults(source, target string) *Coder {
	o := c.opts
	o.DefSource, o.DefTarget = source, target
	return c.WithOptions(o)
}

// New builds a Coder from dictionaries.
func New(d *petrarch.Dict) *Coder {
	c := &Coder{actors: newNounIndex[*petrarch.Actor](), agents: newNounIndex[petrarch.Agent](),
		verbs: newIndex[*verb](), nouns: newIndex[bool](), adjectives: newIndex[bool](), discards: newIndex[bool](),
		synsets: map[string]*index[bool]{}, opts: DefaultOptions()}
	for i := range d.Actors {
		for _, n := range d.Actors[i].Names {
			c.actors.add(n, &d.Actors[i])
		}
	}
	for _, a := range d.Agents {
		for _, n := range a.Names {
			c.agents.add(n, a)
		}
	}
	for _, n := range d.Verbs.Nouns {
		c.nouns.add(n, true)
	}
	for _, a := range d.Verbs.Adjectives {
		c.adjectives.add(a, true)
	}
	for _, x := range d.Discards {
		c.discards.add(x.Phrase+"_", true)
	}
	for name, members := range d.Verbs.Synsets {
		ix := newIndex[bool]()
		for _, m := range members {
			for _, x := range expandSynsets(m, d.Verbs.Synsets, 0) {
				ix.add(x, true)
			}
		}
		c.synsets[strings.TrimRight(name, "_")] = ix // patterns write &NAME or &NAME_
	}
	c.verbs.stems = true
	for _, v := range d.Verbs.Verbs {
		c.addVerb(v)
	}
	return c
}

func (c *Coder) addVerb(v petrarch.Verb) {
	var pats []pattern
	for _, p := range v.Patterns {
		if pt, ok := compile(p); ok && p.Code != "" {
			pats = append(pats, pt)
		}
	}
	for _, w := range verbForms(v.Words) {
		code := v.Code
		if fc, ok := v.FormCodes[w]; ok {
			code = fc
		}
		// PETRARCH marks the verb of a multi-word verb with '+'
		// ("+CORDON_OFF", "WIRE_+TAP"); the phrase is matched whole.
		w = strings.ReplaceAll(w, "+", "")
		vb := &verb{code: code, reverse: v.Reverse, patterns: pats}
		c.verbs.add(w, vb)
		for _, f := range inflections(w) {
			c.verbs.add(f, vb)
		}
		// PETRARCH lists base forms ("RESTORE"); its inflections drop the
		// final E ("RESTORING"), so the stem is indexed too.
		if u := strings.ToUpper(w); len(u) > 4 && strings.HasSuffix(u, "E") && !strings.Contains(u, "_") {
			c.verbs.add(u[:len(u)-1], vb)
		}
	}
}

// verbForms returns a verb's forms, splitting any that still carries its
// irregular forms in braces ("CORDON_OFF {CORDONED_OFF CORDONS_OFF}", as
// the reader leaves a line that starts with '+').
func verbForms(words []string) []string {
	var out []string
	for _, w := range words {
		head, forms, ok := strings.Cut(w, "{")
		if !ok {
			out = append(out, w)
			continue
		}
		out = append(out, strings.TrimSpace(head))
		out = append(out, strings.Fields(strings.Trim(forms, "{} "))...)
	}
	return out
}

// Process codes every sentence of d, appending to d.Events.
func (c *Coder) Process(ctx context.Context, d *dyad.Document) error {
	day := dayOf(d.Date)
	prior := ""
	for si, s := range d.Sentences {
		if err := ctx.Err(); err != nil {
			return err
		}
		toks, pos := words(d.Text, s.Tokens)
		events, first := c.code(toks, pos, day, prior)
		if c.opts.Forward && first != "" {
			prior = first
		}
		for _, e := range events {
			d.Events = append(d.Events, dyad.Event{
				Doc: d.ID, Sentence: si, Source: dyad.Actor{Code: e.Source, Known: true},
				Target: dyad.Actor{Code: e.Target, Known: true}, CAMEO: e.Code,
				Root: root(e.Code), Quote: -1, Text: s.Text,
			})
		}
	}
	return nil
}

func root(code string) string {
	if len(code) < 2 {
		return code
	}
	return code[:2]
}

// dayOf turns a date into yyyymmdd, 0 when unknown.
func dayOf(t time.Time) int {
	if t.IsZero() {
		return 0
	}
	return t.Year()*10000 + int(t.Month())*100 + t.Day()
}

// inflections returns the regular forms of an exact one-word verb
// ("DEPART_" gives DEPARTS_, DEPARTED_, DEPARTING_): the peers add these
// endings to every verb, and exactness only forbids other suffixes.
func inflections(w string) []string {
	u := strings.ToUpper(w)
	if !strings.HasSuffix(u, "_") || strings.Count(u, "_") > 1 || strings.Contains(u, " ") || len(u) < 4 {
		return nil
	}
	b := u[:len(u)-1]
	out := []string{b + "S_", b + "ES_", b + "ED_", b + "D_", b + "ING_"}
	if strings.HasSuffix(b, "E") {
		out = append(out, b[:len(b)-1]+"ING_")
	}
	last := b[len(b)-1:]
	if !strings.ContainsAny(last, "AEIOUWXY") {
		out = append(out, b+last+"ED_", b+last+"ING_")
	}
	return out
}

// expandSynsets replaces a synonym set named inside a member
// ("&TIETYPES_MEMOS") by each of its members, to a small depth.
func expandSynsets(m string, sets map[string][]string, depth int) []string {
	i := strings.IndexByte(m, '&')
	if i < 0 || depth > 3 {
		return []string{m}
	}
	j := i + 1
	for j < len(m) && m[j] != '_' && m[j] != ' ' {
		j++
	}
	name := m[i:j]
	if name[len(name)-1] == '_' {
		name = name[:len(name)-1]
	}
	members, ok := sets[name]
	if !ok {
		members, ok = sets[name+"_"]
	}
	if !ok {
		return []string{m}
	}
	var out []string
	for _, x := range members {
		out = append(out, expandSynsets(m[:i]+x+m[j:], sets, depth+1)...)
	}
	return out
}

// words returns a sentence's tokens in upper case, and their UD tags when
// the sentence was tagged. "Dol_Amroth" in text is two words, as in the
// dictionaries.
func words(text string, ts []dyad.Token) (toks, pos []string) {
	tagged := len(ts) > 0 && ts[0].UPOS != ""
	for _, t := range ts {
		for _, w := range strings.Split(strings.ToUpper(text[t.Start:t.End]), "_") {
			if w == "" {
				continue
			}
			toks = append(toks, w)
			if tagged {
				pos = append(pos, t.UPOS)
			}
		}
	}
	return toks, pos
}

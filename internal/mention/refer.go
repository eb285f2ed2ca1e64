package mention

import (
	"sort"
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/actors"
)

// Third-person pronouns: their gender ('f', 'm'), or 'p' plural, 'n' neuter.
var pronouns = map[string]byte{
	"he": 'm', "him": 'm', "his": 'm', "himself": 'm',
	"she": 'f', "her": 'f', "hers": 'f', "herself": 'f',
	"they": 'p', "them": 'p', "their": 'p', "themselves": 'p',
	"it": 'n', "its": 'n',
}

// resolver adds one sentence's mentions at a time to the document and
// links each to what it refers to.
type resolver struct {
	f *Finder
	d *dyad.Document
}

func (r *resolver) sentence(si int, ms []actors.Match) {
	toks := r.d.Sentences[si].Tokens
	covered := make([]bool, len(toks))
	cur := make([]dyad.Mention, 0, len(ms)+2)
	for _, m := range ms {
		cur = append(cur, mentionOf(r.d, si, m))
		for k := m.Start; k < m.End; k++ {
			covered[k] = true
		}
	}
	names := r.unknownNames(si, covered, cur)
	cur = append(withoutTitles(cur, names), names...)
	cur = append(cur, r.pronounMentions(si, covered)...)
	sort.SliceStable(cur, func(i, j int) bool { return cur[i].Start < cur[j].Start })
	for _, m := range cur {
		r.add(m)
	}
}

// withoutTitles drops the agent mentions that are the title of a named
// person right after them ("Prime Minister" in "Prime Minister Jane Poe"):
// they name that person, not someone earlier.
func withoutTitles(known, names []dyad.Mention) []dyad.Mention {
	out := known[:0]
	for _, m := range known {
		titled := false
		for _, n := range names {
			if n.TokStart == m.TokEnd && m.Actor != nil && n.Actor != nil && n.Actor.Code != "" && n.Actor.ID == "" &&
				(m.Kind == dyad.MentionAgent || m.Kind == dyad.MentionRole) {
				titled = true
			}
		}
		if !titled {
			out = append(out, m)
		}
	}
	return out
}

// add appends m and resolves it against the mentions before it.
func (r *resolver) add(m dyad.Mention) {
	switch {
	case m.Kind == dyad.MentionPronoun:
		r.link(&m, r.pronounAntecedent(m))
	case m.Kind == dyad.MentionRole && m.Actor != nil && m.Actor.Country == "":
		if p, ok := r.townOf(m); ok {
			r.localise(&m, p) // "the mayor of Frankfurt" is Germany's, not the last government named
			break
		}
		if r.ownedByName(m) {
			break // "a spokeswoman for Neumann" is Neumann's, not the last official named
		}
		r.link(&m, r.roleAntecedent(m))
	case m.Actor != nil && !m.Actor.Known && surname(m.Text) != "":
		r.link(&m, r.surnameAntecedent(m))
	}
	r.d.Mentions = append(r.d.Mentions, m)
}

// townOf finds the town a role noun belongs to: "the mayor of Frankfurt",
// "the Frankfurt mayor", "Frankfurt's mayor".
func (r *resolver) townOf(m dyad.Mention) (dyad.Place, bool) {
	toks := r.d.Sentences[m.Sentence].Tokens
	k := m.TokEnd
	if k < len(toks) && strings.EqualFold(toks[k].Form, "of") {
		k++
		if k < len(toks) && strings.EqualFold(toks[k].Form, "the") {
			k++
		}
		if k < len(toks) {
			if p, ok := r.placeFrom(toks[k].Start); ok {
				return p, true
			}
		}
	}
	for _, p := range r.d.Places {
		if p.Start < m.Start && m.Start-p.End <= 3 && r.localPlace(p) && strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(r.d.Text[p.End:m.Start], "'s"), "’s")) == "" {
			return p, true
		}
	}
	return dyad.Place{}, false
}

// ownedByName reports whether a role noun is followed by "for" or "of"
// and a proper name: the role belongs to that name's bearer.
func (r *resolver) ownedByName(m dyad.Mention) bool {
	toks := r.d.Sentences[m.Sentence].Tokens
	k := m.TokEnd
	if k+1 >= len(toks) || !(strings.EqualFold(toks[k].Form, "for") || strings.EqualFold(toks[k].Form, "of")) {
		return false
	}
	if strings.EqualFold(toks[k+1].Form, "the") && k+2 < len(toks) {
		k++
	}
	return toks[k+1].UPOS == "PROPN"
}

// placeFrom returns the town or division whose name starts at off.
func (r *resolver) placeFrom(off int) (dyad.Place, bool) {
	for _, p := range r.d.Places {
		if p.Start == off && r.localPlace(p) {
			return p, true
		}
	}
	return dyad.Place{}, false
}

// localPlace reports whether p is a town or division placed with
// confidence in one country.
func (r *resolver) localPlace(p dyad.Place) bool {
	return p.Country != "" && p.Certainty >= minPlaceCertainty && (p.Kind == "city" || p.Kind == "admin1")
}

// localise codes a role noun as its town's country and the role's sector.
func (r *resolver) localise(m *dyad.Mention, p dyad.Place) {
	a := *m.Actor
	a.Country, a.Code, a.Text = p.Country, p.Country+a.Code, m.Text
	m.Actor = &a
}

// link points m at mention a and gives it a's actor, keeping m's words.
func (r *resolver) link(m *dyad.Mention, a int) {
	if a < 0 {
		return
	}
	m.Ref = a
	if src := r.d.Mentions[a].Actor; src != nil {
		cp := *src
		cp.Text = m.Text
		m.Actor = &cp
	}
}

// roleAntecedent finds who "the president" is: the latest actor of the
// same sector with a country, a person first.
func (r *resolver) roleAntecedent(m dyad.Mention) int {
	fallback := -1
	for i := len(r.d.Mentions) - 1; i >= 0; i-- {
		o := r.d.Mentions[i]
		a := o.Actor
		if a == nil || a.Country == "" || a.Sector != m.Actor.Sector {
			continue
		}
		if o.Kind == dyad.MentionRole && o.Ref < 0 && localRole(a.Name) && !sameRole(a.Name, m.Actor.Name) {
			continue // "the mayor of Lyon" is not a later "the president"
		}
		if isPerson(a) {
			return i
		}
		if fallback < 0 {
			fallback = i
		}
	}
	return fallback
}

// surname returns the name a mention gives alone ("Vega", "Mr Vega",
// "Dr Vega"), or "" when it gives more than a surname.
func surname(text string) string {
	ws := strings.Fields(text)
	switch {
	case len(ws) == 1:
		return ws[0]
	case len(ws) == 2 && actors.Honorific(ws[0]): // "Mr Blair" is Tony Blair once named in full
		return ws[1]
	}
	return ""
}

// surnameAntecedent links "Vega" or "Mr Vega" to an earlier "Carlos Vega".
func (r *resolver) surnameAntecedent(m dyad.Mention) int {
	last := surname(m.Text)
	if last == "" {
		return -1
	}
	for i := len(r.d.Mentions) - 1; i >= 0; i-- {
		o := r.d.Mentions[i]
		if o.Kind != dyad.MentionName || o.Actor == nil {
			continue
		}
		if w, several := lastWord(o.Actor.Name); several && strings.EqualFold(w, last) {
			return i
		}
	}
	return -1
}

// localRole reports whether a role noun names a local office, whose
// holder a national role noun ("the president") never refers back to.
func localRole(name string) bool {
	w, _ := lastWord(name)
	switch strings.ToLower(w) {
	case "mayor", "mayors", "governor", "governors", "councillor", "councillors", "councilor", "councilors", "sheriff":
		return true
	}
	return false
}

// sameRole reports whether two role nouns end in the same word ("Mexico
// president", "president").
func sameRole(a, b string) bool {
	x, _ := lastWord(a)
	y, _ := lastWord(b)
	return strings.EqualFold(x, y)
}

// lastWord returns the last space-separated word of s, and whether s holds
// more than one, without splitting s into a slice: it runs for every
// earlier mention a surname might refer to.
func lastWord(s string) (string, bool) {
	n, last := 0, ""
	for w := range strings.FieldsSeq(s) {
		n, last = n+1, w
	}
	return last, n > 1
}

// pronounAntecedent finds the latest mention a pronoun can refer to: a
// person of the right (or unknown) gender for he/she, a group, country or
// organisation for they/it — never the subject of the pronoun's own
// clause when the pronoun is its object ("Trump pressured her").
func (r *resolver) pronounAntecedent(m dyad.Mention) int {
	g, _ := lookupLower(pronouns, m.Text)
	if g == 'n' && !r.subject(m) {
		return -1 // "rejected it": an object "it" is a thing far more often than a country
	}
	bound := r.clauseSubject(m)
	for i := len(r.d.Mentions) - 1; i >= 0; i-- {
		o := r.d.Mentions[i]
		if o.Actor == nil || o.Kind == dyad.MentionPronoun && o.Ref < 0 || r.modifier(o) {
			continue
		}
		if o.Sentence == m.Sentence && bound >= 0 && o.TokStart <= bound && bound < o.TokEnd {
			continue
		}
		if r.fits(o, g) {
			return i
		}
	}
	return -1
}

// fits reports whether mention o can be referred to by a pronoun of kind g.
func (r *resolver) fits(o dyad.Mention, g byte) bool {
	person := isPerson(o.Actor) || (!o.Actor.Known && strings.Contains(o.Actor.Name, " ") && r.f.genderOf(o.Actor) != 0)
	switch g {
	case 'f', 'm':
		if !person {
			return false
		}
		og := r.f.genderOf(o.Actor)
		return og == 0 || og == g
	case 'p':
		return !person && (o.Kind == dyad.MentionAgent || o.Kind == dyad.MentionName) && r.plural(o)
	}
	return !person && o.Kind == dyad.MentionName
}

// plural reports whether a mention's head is a plural noun ("cartels",
// "the United States"), what "they" and "their" refer to.
func (r *resolver) plural(o dyad.Mention) bool {
	toks := r.d.Sentences[o.Sentence].Tokens
	if o.Head < 0 || o.Head >= len(toks) {
		return false
	}
	x := toks[o.Head].XPOS
	return x == "NNS" || x == "NNPS" || x == ""
}

// modifier reports whether a mention only modifies a noun ("terrorist" in
// "terrorist organisations"): a pronoun cannot refer back to it.
func (r *resolver) modifier(o dyad.Mention) bool {
	toks := r.d.Sentences[o.Sentence].Tokens
	return o.Head >= 0 && o.Head < len(toks) && toks[o.Head].UPOS == "ADJ"
}

// subject reports whether mention m is a clause's subject.
func (r *resolver) subject(m dyad.Mention) bool {
	rel := r.d.Sentences[m.Sentence].Tokens[m.TokStart].Rel
	return rel == "nsubj" || rel == "nsubj:pass"
}

// clauseSubject returns the token index of the subject of the verb that
// governs an object pronoun, or -1.
func (r *resolver) clauseSubject(m dyad.Mention) int {
	toks := r.d.Sentences[m.Sentence].Tokens
	k := m.TokStart
	rel := toks[k].Rel
	if rel != "obj" && rel != "iobj" && !strings.HasPrefix(rel, "obl") {
		return -1
	}
	v := toks[k].Head - 1
	for i, t := range toks {
		if t.Head-1 == v && v >= 0 && (t.Rel == "nsubj" || t.Rel == "nsubj:pass") {
			return i
		}
	}
	return -1
}

package mention

import (
	"github.com/dyad-events/dyad"
	"strings"
)

// pronounMentions makes a mention of each third-person pronoun.
func (r *resolver) pronounMentions(si int, covered []bool) []dyad.Mention {
	var out []dyad.Mention
	for k, t := range r.d.Sentences[si].Tokens {
		if covered[k] {
			continue
		}
		if _, ok := lookupLower(pronouns, t.Form); ok {
			out = append(out, dyad.Mention{Sentence: si, Start: t.Start, End: t.End, Text: t.Form,
				Kind: dyad.MentionPronoun, Head: k, TokStart: k, TokEnd: k + 1, Ref: -1})
		}
	}
	return out
}

// unknownNames keeps runs of proper nouns the lexicon did not know, outside
// time expressions, as named actors with a guessed sector.
func (r *resolver) unknownNames(si int, covered []bool, known []dyad.Mention) []dyad.Mention {
	toks := r.d.Sentences[si].Tokens
	var out []dyad.Mention
	for k := 0; k < len(toks); {
		if !r.nameToken(toks[k], covered[k]) {
			k++
			continue
		}
		e := k + 1
		for e < len(toks) && r.nameToken(toks[e], covered[e]) {
			e++
		}
		// A lone capitalised first word ("Exclusive:") is too weak on its
		// own, but a surname met before in full ("Fox said") is a name.
		if m := r.unknown(si, k, e, known); m.Actor.Sector == thing {
			// "the Anti-Terrorism Bill" names no actor
		} else if k > 0 || e-k > 1 || r.surnameAntecedent(m) >= 0 {
			out = append(out, m)
		}
		k = e
	}
	return out
}

func (r *resolver) nameToken(t dyad.Token, covered bool) bool {
	return !covered && t.UPOS == "PROPN" && !r.inTime(t.Start)
}

func (r *resolver) inTime(off int) bool {
	for _, tr := range r.d.Times {
		if tr.Start <= off && off < tr.End {
			return true
		}
	}
	return false
}

// unknown builds the mention of tokens [s, e) as an unknown named actor.
func (r *resolver) unknown(si, s, e int, known []dyad.Mention) dyad.Mention {
	toks := r.d.Sentences[si].Tokens
	start, end := toks[s].Start, toks[e-1].End
	text := r.d.Text[start:end]
	sector, _ := lookupLower(r.f.sectors, toks[e-1].Form)
	a := &dyad.Actor{Name: text, Text: text, Sector: sector}
	if sec, ok := r.title(si, s, e); ok {
		a.Sector, a.Code = sec, sec
		if c := countryBefore(known, s); c != "" {
			a.Country, a.Code, a.Known = c, c+sec, true // "US Rep. Jane Roe"
		}
	} else if t, at := r.titleBefore(known, s); t != nil && e-s >= 2 {
		// "US Senator Jane Roe": the lexicon read "US Senator" as an agent
		a.Sector, a.Code, a.Country, a.Known = t.Sector, t.Code, t.Country, t.Country != ""
		if at > 0 && strings.EqualFold(toks[at-1].Form, "shadow") {
			a.Sector, a.Code = "OPP", t.Country+"OPP" // "Shadow Foreign Secretary": the opposition's
		}
		if c := countryBefore(known, at); a.Country == "" && c != "" {
			a.Country, a.Code, a.Known = c, c+a.Sector, true // "British Foreign Secretary Jack Doe"
		}
	}
	if p, ok := r.placeAt(start, end); ok {
		// "Russia shelled Kharkiv": a town stands for its country, as
		// GDELT and ICEWS code it, not for an unknown actor.
		a = &dyad.Actor{Code: p.Country, Name: p.Name, ID: p.GazID, Country: p.Country, Text: text, Known: true}
	}
	return dyad.Mention{Sentence: si, Start: start, End: end, Text: text, Kind: dyad.MentionName,
		Head: e - 1, TokStart: s, TokEnd: e, Ref: -1, Actor: a}
}

// thing is the sector data/sectors.txt gives the last word of names that
// are not actors.
const thing = "-"

// minPlaceCertainty is how sure internal/where must be that a name is a
// place before the name codes as the place's country: it keeps people
// who share a town's name ("Austin said") unknown.
const minPlaceCertainty = 0.8

// placeAt returns the place that internal/where found exactly at [start,
// end): a town or a division inside one country.
func (r *resolver) placeAt(start, end int) (dyad.Place, bool) {
	for _, p := range r.d.Places {
		if p.Start == start && p.End == end && p.Country != "" && p.Certainty >= minPlaceCertainty &&
			(p.Kind == "city" || p.Kind == "admin1") {
			return p, true
		}
	}
	return dyad.Place{}, false
}

// title returns the sector of a title that opens the unknown name [s, e)
// and leaves at least two words of name after it ("Senator Jane Roe",
// "Press Secretary Ann Poe"), so that "General Motors" is no general.
func (r *resolver) title(si, s, e int) (string, bool) {
	toks := r.d.Sentences[si].Tokens
	for k := s; k < e && k < s+3; k++ {
		w := strings.ToLower(strings.TrimSuffix(toks[k].Form, "."))
		if sec, ok := r.f.titles[w]; ok && e-k-1 >= 2 {
			return sec, true
		}
	}
	return "", false
}

// countryBefore returns the country of a lexicon mention of the sentence
// ending right before token s ("US" in "US Senator Jane Roe"), or "".
func countryBefore(known []dyad.Mention, s int) string {
	for _, m := range known {
		if m.TokEnd == s && m.Actor != nil && m.Actor.Known && m.Actor.Code == m.Actor.Country {
			return m.Actor.Country
		}
	}
	return ""
}

// titleBefore returns the actor of an agent or role mention ending right
// before token s ("Senator", "US Senator", "Attorney General"), which
// stands as the title of the name after it, and the mention's first
// token; nil when there is none.
func (r *resolver) titleBefore(known []dyad.Mention, s int) (*dyad.Actor, int) {
	for _, m := range known {
		if m.TokEnd != s || m.Actor == nil || (m.Kind != dyad.MentionAgent && m.Kind != dyad.MentionRole) {
			continue
		}
		if m.Actor.Sector != "" {
			return m.Actor, m.TokStart // "Attorney General Lord Goldsmith"
		}
	}
	return nil, 0
}

package where

import (
	"math"
	"sort"
	"strings"

	"github.com/dyad-events/dyad"
)

// Find returns the places in d's analysed blocks, in text order.
func (f *Finder) Find(d *dyad.Document) []dyad.Place {
	var ms []match
	var scans []*blockScan
	tags := tagsOf(d)
	blocks := d.Blocks
	if len(blocks) == 0 && d.Text != "" {
		// a document that was never split into blocks is one body.
		blocks = []dyad.Block{{Kind: dyad.BlockBody, Text: d.Text, End: len(d.Text)}}
	}
	for bi, b := range blocks {
		if !b.Kind.Analysed() {
			continue
		}
		s := &blockScan{g: f.gaz, text: b.Text, base: b.Start, block: bi, title: b.Kind == dyad.BlockTitle, dateline: b.Kind == dyad.BlockDateline, toks: tokenize(b.Text), tags: tags}
		found := s.find()
		found = append(found, s.unknownTowns(found)...)
		sort.Slice(found, func(i, j int) bool { return found[i].start < found[j].start })
		s.qualify(found)
		if b.Kind == dyad.BlockDateline {
			for i := range found {
				found[i].dateline = true
			}
		}
		for i := range found {
			if found[i].qual >= 0 {
				found[i].qual += len(ms)
			}
		}
		ms = append(ms, found...)
		scans = append(scans, s)
	}
	r := newResolver(f.gaz, ms)
	ms = append(ms, r.borders(scans)...)
	places := make([]dyad.Place, 0, len(ms))
	for i := range ms {
		if p, ok := r.place(d, i); ok {
			places = append(places, p)
		}
	}
	sort.SliceStable(places, func(i, j int) bool { return places[i].Start < places[j].Start })
	return places
}

// tagsOf indexes the tagged tokens of d by start offset; empty when d has
// not been tagged.
func tagsOf(d *dyad.Document) tagIndex {
	n := 0
	for _, s := range d.Sentences {
		n += len(s.Tokens)
	}
	var x tagIndex
	for _, s := range d.Sentences {
		for _, t := range s.Tokens {
			if t.UPOS == "" {
				continue
			}
			if x == nil {
				x = make(tagIndex, 0, n)
			}
			head := -1
			if t.Head > 0 && t.Head <= len(s.Tokens) {
				head = s.Tokens[t.Head-1].Start
			}
			x = append(x, tagAt{start: t.Start, tagged: tagged{upos: t.UPOS, rel: t.Rel, head: head}})
		}
	}
	if !sort.SliceIsSorted(x, func(i, j int) bool { return x[i].start < x[j].start }) {
		sort.SliceStable(x, func(i, j int) bool { return x[i].start < x[j].start })
	}
	return x
}

// tagIndex is the document's tagged tokens sorted by start offset: built
// with one allocation where a map would grow and hash for every token.
type tagIndex []tagAt

// tagAt is what was said about the token starting at start.
type tagAt struct {
	start int
	tagged
}

// at returns the tags of the token starting at offset; of two tokens
// starting there, the later one.
func (x tagIndex) at(offset int) (tagged, bool) {
	i := sort.Search(len(x), func(i int) bool { return x[i].start > offset })
	if i > 0 && x[i-1].start == offset {
		return x[i-1].tagged, true
	}
	return tagged{}, false
}

// resolver chooses one entry per match using what the story says.
type resolver struct {
	g         *Gazetteer
	ms        []match
	countries map[string]float64 // weight of each country in the story
	admins    map[int]float64    // weight of each division, by entry
	chosen    map[int]int        // match -> entry, once resolved
}

func newResolver(g *Gazetteer, ms []match) *resolver {
	r := &resolver{g: g, ms: ms, countries: map[string]float64{}, admins: map[int]float64{}, chosen: map[int]int{}}
	for _, m := range ms {
		w := 1.0
		if m.dateline {
			w = 3
		}
		if c := r.soleCountry(m.cands); c != "" {
			r.countries[c] += w
		}
		if len(m.cands) == 1 {
			e := g.Entries[m.cands[0]]
			if a := g.adminOf(m.cands[0]); a >= 0 {
				r.admins[a] += w
			}
			if e.Other != "" {
				r.countries[e.Other] += w
			}
		}
	}
	return r
}

// soleCountry returns the one country all of cands lie in, or "".
func (r *resolver) soleCountry(cands []int) string {
	c := ""
	for _, i := range cands {
		e := r.g.Entries[i]
		if e.Fallback {
			continue
		}
		if e.Country == "" || c != "" && e.Country != c {
			return ""
		}
		c = e.Country
	}
	return c
}

// kindPrior ranks kinds for names shared by several entries.
var kindPrior = map[string]float64{
	KindContinent: 3.2, KindCountry: 3, KindRegion: 2.6, KindSea: 2.2, KindBorder: 2.2, KindAdmin1: 2, KindCity: 1,
}

// score rates entry e for a match; higher is likelier.
func (r *resolver) score(e Entry) float64 {
	s := kindPrior[e.Kind]
	if e.Kind == KindCity {
		// Population ranks cities but never lifts one above a division
		// of the same name.
		s += min(math.Log10(float64(e.Pop)/1000+1)/5, 0.9)
	}
	if e.Fallback {
		s -= 1
	}
	if w := r.countries[e.Country]; w > 0 && e.Country != "" {
		s += 1.5 + min(w, 5)*0.1
	}
	return s
}

// resolve picks the entry for match i and says how sure it is; -1 when the
// match has no candidate left.
func (r *resolver) resolve(i int) (int, float64) {
	m := r.ms[i]
	cands := m.cands
	if m.qual >= 0 {
		if q, _ := r.resolve(m.qual); q >= 0 {
			cands = r.within(cands, q)
		}
	}
	best, second := -1, math.Inf(-1)
	bestScore := math.Inf(-1)
	for _, c := range cands {
		s := r.score(r.g.Entries[c])
		if m.dateline && r.g.Entries[c].Kind == KindCity {
			// datelines name towns: "WASHINGTON", "NEW YORK".
			s += 1.5
		}
		if a := r.g.adminOf(c); a >= 0 && r.admins[a] > 0 {
			s++
		}
		if s > bestScore {
			best, second, bestScore = c, bestScore, s
		} else if s > second {
			second = s
		}
	}
	if best < 0 {
		return -1, 0
	}
	certainty := 0.9
	if !math.IsInf(second, -1) {
		certainty = 0.5 + 0.45*(1-math.Exp(-(bestScore-second)))
	}
	if m.person {
		certainty *= 0.8
	}
	if r.g.Entries[best].Fallback && r.countries[r.g.Entries[best].Country] == 0 {
		return -1, 0
	}
	return best, certainty
}

// within keeps the candidates inside the division or country q.
func (r *resolver) within(cands []int, qi int) []int {
	q := r.g.Entries[qi]
	var out []int
	for _, c := range cands {
		e := r.g.Entries[c]
		if e.Country == q.Country && (q.Kind != KindAdmin1 || r.g.adminOf(c) == r.g.adminOf(qi)) && e.Kind == KindCity {
			out = append(out, c)
		}
	}
	return out
}

// place builds the dyad.Place of match i.
func (r *resolver) place(d *dyad.Document, i int) (dyad.Place, bool) {
	m := r.ms[i]
	p := dyad.Place{Text: d.Text[m.start:m.end], Start: m.start, End: m.end, FromDateline: m.dateline}
	best, certainty := r.resolve(i)
	if best < 0 {
		return r.unknownPlace(p, m)
	}
	e := r.g.Entries[best]
	p.Name, p.Kind, p.Country, p.Lat, p.Lon, p.GazID, p.Certainty = e.Name, e.Kind, e.Country, e.Lat, e.Lon, e.ID, certainty
	p.Admin1 = r.admin1Name(e)
	if m.border {
		p.Certainty = 0.5
	}
	if m.direction != "" && (e.Kind == KindCountry || e.Kind == KindAdmin1) {
		p.Name, p.Kind = m.direction+" "+e.Name, KindRegion
		p.Start = m.start - len(m.direction) - 1
		if p.Start >= 0 && strings.EqualFold(d.Text[p.Start:m.start-1], m.direction) {
			p.Text = d.Text[p.Start:m.end]
		} else {
			p.Start = m.start
		}
	}
	return p, true
}

// unknownPlace places a town the gazetteer lacks in the division that
// qualifies it ("Smalltown, Texas").
func (r *resolver) unknownPlace(p dyad.Place, m match) (dyad.Place, bool) {
	if len(m.cands) > 0 && m.qual < 0 {
		return p, false
	}
	q := m.qual
	if q < 0 {
		// an unknown town: its qualifier is the next match.
		for j := range r.ms {
			if r.ms[j].block == m.block && r.ms[j].tok == m.tokEnd+1 {
				q = j
			}
		}
	}
	if q < 0 {
		return p, false
	}
	qe, _ := r.resolve(q)
	if qe < 0 {
		return p, false
	}
	e := r.g.Entries[qe]
	p.Name, p.Kind, p.Country, p.Lat, p.Lon, p.Certainty = p.Text, KindCity, e.Country, e.Lat, e.Lon, 0.4
	p.Admin1 = r.admin1Name(e)
	return p, true
}

// adminOf returns the division entry i lies in (itself for a division), or
// -1.
func (g *Gazetteer) adminOf(i int) int {
	e := g.Entries[i]
	if e.Kind == KindAdmin1 {
		return i
	}
	if e.Admin1 == "" {
		return -1
	}
	if a, ok := g.admin1[e.Country+"."+e.Admin1]; ok {
		return a
	}
	return -1
}

// admin1Name names the division e lies in, or "".
func (r *resolver) admin1Name(e Entry) string {
	if e.Admin1 == "" {
		return ""
	}
	if i, ok := r.g.admin1[e.Country+"."+e.Admin1]; ok {
		return r.g.Entries[i].Name
	}
	return ""
}

// borders reads a bare "the border" as the border between two countries the
// story names, when the gazetteer knows that border.
func (r *resolver) borders(scans []*blockScan) []match {
	best, bestW := -1, 0.0
	for _, i := range r.g.borders {
		e := &r.g.Entries[i]
		a, b := r.countries[e.Country], r.countries[e.Other]
		if a > 0 && b > 0 && a+b > bestW {
			best, bestW = i, a+b
		}
	}
	if best < 0 {
		return nil
	}
	var out []match
	for _, s := range scans {
		for i := 0; i+1 < len(s.toks); i++ {
			if strings.EqualFold(s.word(i), "the") && s.word(i+1) == "border" && !r.covered(s.base+s.toks[i+1].start) {
				out = append(out, match{start: s.base + s.toks[i].start, end: s.base + s.toks[i+1].end,
					cands: []int{best}, block: s.block, tok: i, tokEnd: i + 2, qual: -1, border: true})
			}
		}
	}
	r.ms = append(r.ms, out...)
	return out
}

// covered reports whether offset at lies inside a match already found.
func (r *resolver) covered(at int) bool {
	for _, m := range r.ms {
		if m.start <= at && at < m.end {
			return true
		}
	}
	return false
}

package where

import "strings"

// qualify links "Paris" to "Texas" in "Paris, Texas" and "Long Beach" to
// the division named by the code in "Long Beach, CA".
func (b *blockScan) qualify(ms []match) {
	for i := 0; i+1 < len(ms); i++ {
		a, q := &ms[i], ms[i+1]
		if q.tok != a.tokEnd+1 || b.word(a.tokEnd) != "," {
			continue
		}
		// A list of divisions ("California, Oregon") is not a town and
		// its division; a city the gazetteer places elsewhere ("Paris,
		// Texas") is a town it does not know.
		if b.g.hasKind(q.cands, KindAdmin1, KindCountry) && !b.g.hasKind(a.cands, KindAdmin1, KindCountry, KindRegion, KindContinent, KindSea) {
			a.qual = i + 1
		}
	}
}

// hasKind reports whether any of cands is of one of kinds.
func (g *Gazetteer) hasKind(cands []int, kinds ...string) bool {
	for _, c := range cands {
		for _, k := range kinds {
			if g.Entries[c].Kind == k {
				return true
			}
		}
	}
	return false
}

// unknownTowns finds "in Smalltown, Texas": capitalised words after a
// preposition, before a comma and a known division or a division code. The
// town gets no candidates; it is placed in its division.
func (b *blockScan) unknownTowns(found []match) []match {
	at := map[int]int{}
	for i, m := range found {
		at[m.tok] = i
	}
	var out []match
	for i := 0; i+2 < len(b.toks); i++ {
		if !b.townStart(i) {
			continue
		}
		j := i
		for j < len(b.toks) && j-i < 3 && b.isWord(j) && isCapitalised(b.word(j)) {
			j++
		}
		if j+1 >= len(b.toks) || b.word(j) != "," {
			continue
		}
		if _, known := at[i]; known {
			continue
		}
		q, ok := at[j+1]
		if !ok {
			q2, ok2 := b.codeMatch(j + 1)
			if !ok2 {
				continue
			}
			out = append(out, q2)
		} else if !b.g.hasKind(found[q].cands, KindAdmin1, KindCountry) {
			continue
		}
		out = append(out, match{start: b.base + b.toks[i].start, end: b.base + b.toks[j-1].end, block: b.block, tok: i, tokEnd: j, qual: -1})
	}
	return append(out, b.codesAfterNames(found)...)
}

// townStart reports whether token i may begin an unknown town's name: a
// capitalised word after a preposition, not a month or weekday, not inside
// an organisation's name ("Department of Health, Texas").
func (b *blockScan) townStart(i int) bool {
	if i == 0 {
		// a dateline opens with its town: "SMALLVILLE, Texas (AP) -".
		return b.dateline && b.isWord(0) && isCapitalised(b.word(0))
	}
	// The cheap test first: most words are not capitalised, and lowering
	// the word before allocates when it is.
	if !b.isWord(i) || !isCapitalised(b.word(i)) {
		return false
	}
	p := strings.ToLower(b.word(i - 1))
	if !prepositions[p] || calendar[strings.ToLower(b.word(i))] {
		return false
	}
	return p != "of" || i < 2 || !isCapitalised(b.word(i-2))
}

// calendar words are capitalised but never towns.
var calendar = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
}

// prepositions introduce a place.
var prepositions = map[string]bool{
	"in": true, "at": true, "near": true, "from": true, "outside": true, "to": true, "of": true,
	"into": true, "across": true, "around": true, "towards": true, "toward": true, "via": true,
}

// codeMatch reads a division code ("CA", "NSW") at token i.
func (b *blockScan) codeMatch(i int) (match, bool) {
	if !b.isWord(i) {
		return match{}, false
	}
	w := b.word(i)
	if len(w) < 2 || len(w) > 3 || strings.ToUpper(w) != w || strings.ContainsAny(w, "0123456789") {
		return match{}, false
	}
	c := b.g.codes[w]
	if len(c) == 0 {
		return match{}, false
	}
	return match{start: b.base + b.toks[i].start, end: b.base + b.toks[i].end, cands: c, block: b.block, tok: i, tokEnd: i + 1, qual: -1}, true
}

// codesAfterNames finds the code in "Long Beach, CA" after a known name.
func (b *blockScan) codesAfterNames(found []match) []match {
	taken := map[int]bool{}
	for _, m := range found {
		taken[m.tok] = true
	}
	var out []match
	for _, m := range found {
		if m.tokEnd+1 < len(b.toks) && b.word(m.tokEnd) == "," && !taken[m.tokEnd+1] {
			if q, ok := b.codeMatch(m.tokEnd + 1); ok && b.g.cityIn(m.cands, q.cands) {
				out = append(out, q)
			}
		}
	}
	return out
}

// cityIn reports whether one of cands lies in one of the divisions divs.
func (g *Gazetteer) cityIn(cands, divs []int) bool {
	for _, c := range cands {
		for _, d := range divs {
			if g.adminOf(c) == d {
				return true
			}
		}
	}
	return false
}

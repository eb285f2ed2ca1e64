package where

import (
	"encoding/xml"
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"

	"github.com/dyad-events/dyad"
)

// geoVirus is the layout of GeoVirus.xml: articles with gold toponyms
// whose offsets count characters.
type geoVirus struct {
	Articles []struct {
		Text      string `xml:"text"`
		Locations []struct {
			Name  string `xml:"name"`
			Start int    `xml:"start"`
			End   int    `xml:"end"`
			Lat   string `xml:"lat"`
			Lon   string `xml:"lon"`
		} `xml:"locations>location"`
	} `xml:"article"`
}

// EvalReport holds the figures of a GeoVirus run.
type EvalReport struct {
	Docs, Gold, Predicted int
	// TruePred counts predictions overlapping a gold span; Found counts gold
	// spans overlapped by a prediction.
	TruePred, Found int
	// Pairs are matched gold/prediction pairs; Near counts those within
	// 161 km; CountryPairs and CountryRight score the country of pairs whose
	// gold country could be told.
	Pairs, Near, CountryPairs, CountryRight int
}

// Precision, Recall and the other ratios of the report.
func (r EvalReport) Precision() float64 { return ratio(r.TruePred, r.Predicted) }

// Recall is the share of gold toponyms found.
func (r EvalReport) Recall() float64 { return ratio(r.Found, r.Gold) }

// Within161 is the share of matched toponyms placed within 161 km of gold.
func (r EvalReport) Within161() float64 { return ratio(r.Near, r.Pairs) }

// CountryAccuracy is the share of matched toponyms given the gold country.
func (r EvalReport) CountryAccuracy() float64 { return ratio(r.CountryRight, r.CountryPairs) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// CountryAt names the country of a gold point; EvalGeoVirus uses it to
// score countries. It may return "" when it cannot tell.
type CountryAt func(lat, lon float64) string

// EvalGeoVirus scores f on the GeoVirus file at path.
func (f *Finder) EvalGeoVirus(path string, countryAt CountryAt) (EvalReport, error) {
	var gv geoVirus
	data, err := os.ReadFile(path)
	if err != nil {
		return EvalReport{}, fmt.Errorf("where: %w", err)
	}
	if err := xml.Unmarshal(data, &gv); err != nil {
		return EvalReport{}, fmt.Errorf("where: %s: %w", path, err)
	}
	var r EvalReport
	for _, a := range gv.Articles {
		d := &dyad.Document{Text: a.Text, Blocks: []dyad.Block{{Kind: dyad.BlockBody, Text: a.Text, Start: 0, End: len(a.Text)}}}
		got := f.Find(d)
		r.Docs++
		r.Predicted += len(got)
		offs := runeOffsets(a.Text)
		var gold []goldPlace
		for _, l := range a.Locations {
			lat, err1 := strconv.ParseFloat(strings.TrimSpace(l.Lat), 64)
			lon, err2 := strconv.ParseFloat(strings.TrimSpace(l.Lon), 64)
			start, end, ok := goldSpan(a.Text, offs, l.Name, l.Start, l.End)
			if !ok {
				continue
			}
			gold = append(gold, goldPlace{start, end, lat, lon, err1 == nil && err2 == nil})
		}
		r.score(gold, got, countryAt)
	}
	return r, nil
}

type goldPlace struct {
	start, end int
	lat, lon   float64
	hasCoords  bool
}

// score adds one article's figures to r.
func (r *EvalReport) score(gold []goldPlace, got []dyad.Place, countryAt CountryAt) {
	r.Gold += len(gold)
	for _, p := range got {
		for _, g := range gold {
			if p.Start < g.end && g.start < p.End {
				r.TruePred++
				break
			}
		}
	}
	for _, g := range gold {
		for _, p := range got {
			if p.Start < g.end && g.start < p.End {
				r.Found++
				r.pair(g, p, countryAt)
				break
			}
		}
	}
}

// pair scores the position and country of a matched toponym.
func (r *EvalReport) pair(g goldPlace, p dyad.Place, countryAt CountryAt) {
	if !g.hasCoords {
		return
	}
	r.Pairs++
	if Distance(g.lat, g.lon, p.Lat, p.Lon) <= 161 {
		r.Near++
	}
	if countryAt == nil || p.Country == "" {
		return
	}
	if c := countryAt(g.lat, g.lon); c != "" {
		r.CountryPairs++
		if c == p.Country {
			r.CountryRight++
		}
	}
}

// goldSpan returns the byte span of a gold toponym. GeoVirus counts
// characters from 1; the name confirms which count the file uses.
func goldSpan(text string, offs []int, name string, start, end int) (int, int, bool) {
	for _, shift := range []int{1, 0} {
		s, e := start-shift, end-shift
		if s < 0 || e >= len(offs) || e <= s {
			continue
		}
		if text[offs[s]:offs[e]] == name {
			return offs[s], offs[e], true
		}
	}
	return 0, 0, false
}

// runeOffsets maps each character index of s (and len) to its byte offset.
func runeOffsets(s string) []int {
	offs := make([]int, 0, len(s)+1)
	for i := range s {
		offs = append(offs, i)
	}
	return append(offs, len(s))
}

// NearestCountry returns a CountryAt that names the country of the nearest
// city, division or country centre of g within 300 km.
func NearestCountry(g *Gazetteer) CountryAt {
	grid := map[[2]int][]int{}
	for i, e := range g.Entries {
		if e.Country == "" || e.Kind == KindBorder || e.Kind == KindRegion {
			continue
		}
		c := cell(e.Lat, e.Lon)
		grid[c] = append(grid[c], i)
	}
	return func(lat, lon float64) string {
		best, bestD := "", 300.0
		c := cell(lat, lon)
		// 300 km is under 3 degrees of latitude; longitude degrees shrink
		// towards the poles.
		dlon := int(math.Min(180, 3/math.Max(math.Cos(lat*math.Pi/180), 0.02))) + 1
		for y := c[0] - 3; y <= c[0]+3; y++ {
			for x := c[1] - dlon; x <= c[1]+dlon; x++ {
				for _, i := range grid[[2]int{y, (x%360 + 360) % 360}] {
					e := g.Entries[i]
					if d := Distance(lat, lon, e.Lat, e.Lon); d < bestD {
						best, bestD = e.Country, d
					}
				}
			}
		}
		return best
	}
}

// cell is the one-degree grid square of a point, longitude in 0..359.
func cell(lat, lon float64) [2]int {
	return [2]int{int(math.Floor(lat)), (int(math.Floor(lon))%360 + 360) % 360}
}

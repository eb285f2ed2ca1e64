package where

import (
	"archive/zip"
	"bufio"
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
	"strings"
)

// LoadGeoNames merges GeoNames files into g: countryInfo.txt (country codes
// and names), admin1CodesASCII.txt (division names) and cities15000.txt or
// the .zip holding it. Any path may be empty. Built-in entries win: a
// GeoNames city is added only when no built-in city of that name lies
// within 30 km. Divisions take the mean position of their cities.
func (g *Gazetteer) LoadGeoNames(countryInfo, admin1, cities string) error {
	if countryInfo != "" {
		if err := readTSV(countryInfo, g.geoCountry); err != nil {
			return err
		}
	}
	names := map[string]string{}
	if admin1 != "" {
		err := readTSV(admin1, func(f []string) {
			if len(f) >= 3 {
				names[f[0]] = f[2]
			}
		})
		if err != nil {
			return err
		}
	}
	if cities == "" {
		return nil
	}
	sums := map[string]*[3]float64{}
	err := readTSV(cities, func(f []string) { g.geoCity(f, sums) })
	if err != nil {
		return err
	}
	g.geoAdmin1(names, sums)
	return nil
}

// readTSV calls row with the tab-separated fields of each line of path that
// is not a comment. A .zip is read through its first .txt member.
func readTSV(path string, row func([]string)) error {
	var r io.Reader
	if strings.HasSuffix(path, ".zip") {
		z, err := zip.OpenReader(path)
		if err != nil {
			return fmt.Errorf("where: %w", err)
		}
		defer z.Close()
		rc, err := firstText(z)
		if err != nil {
			return err
		}
		defer rc.Close()
		r = rc
	} else {
		f, err := os.Open(path)
		if err != nil {
			return fmt.Errorf("where: %w", err)
		}
		defer f.Close()
		r = f
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<22)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		row(strings.Split(line, "\t"))
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("where: %s: %w", path, err)
	}
	return nil
}

func firstText(z *zip.ReadCloser) (io.ReadCloser, error) {
	for _, f := range z.File {
		if strings.HasSuffix(f.Name, ".txt") {
			rc, err := f.Open()
			if err != nil {
				return nil, fmt.Errorf("where: %w", err)
			}
			return rc, nil
		}
	}
	return nil, fmt.Errorf("where: no .txt file in zip")
}

// geoCountry reads a countryInfo.txt row: ISO, ISO3, ..., Country (5th).
func (g *Gazetteer) geoCountry(f []string) {
	if len(f) < 5 || len(f[0]) != 2 || len(f[1]) != 3 {
		return
	}
	g.iso2[f[0]] = f[1]
	if _, known := g.names[keyOf(f[4])]; !known {
		// Without coordinates a country is placed at its capital, when the
		// cities file names it; until then it only maps codes.
		g.pendingCountries = append(g.pendingCountries, [2]string{f[1], f[4]})
	}
}

// geoCity reads a cities15000.txt row.
func (g *Gazetteer) geoCity(f []string, sums map[string]*[3]float64) {
	if len(f) < 15 {
		return
	}
	lat, err1 := strconv.ParseFloat(f[4], 64)
	lon, err2 := strconv.ParseFloat(f[5], 64)
	pop, _ := strconv.Atoi(f[14])
	iso3 := g.iso2[f[8]]
	if err1 != nil || err2 != nil || iso3 == "" {
		return
	}
	key := iso3 + "." + f[10]
	s := sums[key]
	if s == nil {
		s = &[3]float64{}
		sums[key] = s
	}
	s[0], s[1], s[2] = s[0]+lat, s[1]+lon, s[2]+1
	if f[7] == "PPLC" {
		g.placePending(iso3, lat, lon)
	}
	if g.nearBuiltin(f[1], iso3, lat, lon) {
		return
	}
	e := Entry{ID: "geonames:" + f[0], Name: f[1], Kind: KindCity, Country: iso3, Admin1: "gn" + f[10],
		Lat: lat, Lon: lon, Pop: pop, Fallback: true}
	g.add(e, []string{f[1], f[2]})
}

// nearBuiltin reports whether a built-in city named name lies within 30 km.
func (g *Gazetteer) nearBuiltin(name, iso3 string, lat, lon float64) bool {
	for _, i := range g.names[keyOf(name)] {
		e := g.Entries[i]
		if !e.Fallback && e.Country == iso3 && Distance(e.Lat, e.Lon, lat, lon) < 30 {
			return true
		}
	}
	return false
}

// placePending adds a country known only from countryInfo at its capital.
func (g *Gazetteer) placePending(iso3 string, lat, lon float64) {
	for i, p := range g.pendingCountries {
		if p[0] == iso3 {
			g.add(Entry{ID: "country:" + iso3, Name: p[1], Kind: KindCountry, Country: iso3, Lat: lat, Lon: lon}, []string{p[1]})
			g.pendingCountries = append(g.pendingCountries[:i], g.pendingCountries[i+1:]...)
			return
		}
	}
}

// geoAdmin1 adds GeoNames divisions the built-in files lack, at the mean
// position of their cities, and links GeoNames cities to them.
func (g *Gazetteer) geoAdmin1(names map[string]string, sums map[string]*[3]float64) {
	for code, name := range names {
		cc, sub, ok := strings.Cut(code, ".")
		iso3 := g.iso2[cc]
		s := sums[iso3+"."+sub]
		if !ok || iso3 == "" || s == nil {
			continue
		}
		id := iso3 + ".gn" + sub
		if i := g.findAdmin1(iso3, name); i >= 0 {
			g.admin1[id] = i
			continue
		}
		i := g.add(Entry{ID: "admin1:" + id, Name: name, Kind: KindAdmin1, Country: iso3, Admin1: "gn" + sub,
			Lat: s[0] / s[2], Lon: s[1] / s[2], Fallback: true}, []string{name})
		g.admin1[id] = i
	}
}

// findAdmin1 returns the built-in division of country iso3 named name, or -1.
func (g *Gazetteer) findAdmin1(iso3, name string) int {
	for _, i := range g.names[keyOf(name)] {
		if e := g.Entries[i]; e.Kind == KindAdmin1 && e.Country == iso3 {
			return i
		}
	}
	return -1
}

// Distance is the great-circle distance in km between two points.
func Distance(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	rad := math.Pi / 180
	dlat, dlon := (lat2-lat1)*rad, (lon2-lon1)*rad
	a := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * r * math.Asin(math.Sqrt(a))
}

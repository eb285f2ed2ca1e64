package where

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
)

//go:embed data/*.txt
var builtin embed.FS

// Kinds of Entry, as written in dyad.Place.Kind.
const (
	KindCountry   = "country"
	KindAdmin1    = "admin1"
	KindCity      = "city"
	KindRegion    = "region"
	KindContinent = "continent"
	KindSea       = "sea"
	KindBorder    = "border"
)

// Entry is one place the gazetteer knows.
type Entry struct {
	ID      string // "country:USA", "admin1:USA.CA", "city:USA.Austin", "geonames:5391959"
	Name    string // canonical name
	Kind    string
	Country string // ISO3; "" for continents and seas
	Other   string // the second country of a border
	Admin1  string // admin1 code within Country
	Lat     float64
	Lon     float64
	Pop     int // people; 0 when unknown
	// Fallback is true for GeoNames cities that the built-in files lack;
	// they need context before they are trusted.
	Fallback bool
}

// Gazetteer indexes entries by their names.
type Gazetteer struct {
	Entries []Entry
	// names maps a name key (see keyOf) to entry indexes; exact holds names
	// written in capitals, matched case-sensitively.
	names map[string][]int
	exact map[string][]int
	// codes maps "ISO3.CODE" and "CODE" of an admin1 to its entry, for
	// "Long Beach, CA".
	codes map[string][]int
	// admin1 maps "ISO3.CODE" to the admin1 entry.
	admin1 map[string]int
	// iso2 maps ISO 3166 alpha-2 to alpha-3 codes, for GeoNames files.
	iso2 map[string]string
	// people holds name keys that are also personal names; common holds
	// those that are also common words.
	people map[string]bool
	common map[string]bool
	// orgWords follow a place name inside an organisation's name.
	orgWords map[string]bool
	// pendingCountries are GeoNames countries waiting for their capital's
	// coordinates: ISO3 and name.
	pendingCountries [][2]string
	// lowerWords holds the words names write in lower case after their
	// first word ("de", "of", "border"), and punctuation inside names.
	lowerWords map[string]bool
	// firstMax maps the lower-cased first word of names to the longest of
	// them in tokens, so a scan tries only lengths that can match.
	firstMax map[string]int
	// borders indexes the entries of kind border between two countries.
	borders []int
	// maxTokens is the longest name in tokens.
	maxTokens int
}

func newGazetteer() *Gazetteer {
	return &Gazetteer{
		names: map[string][]int{}, exact: map[string][]int{}, codes: map[string][]int{},
		admin1: map[string]int{}, iso2: map[string]string{}, people: map[string]bool{}, common: map[string]bool{}, orgWords: map[string]bool{}, firstMax: map[string]int{}, lowerWords: map[string]bool{},
	}
}

// Builtin returns the gazetteer written in data/.
func Builtin() (*Gazetteer, error) {
	g := newGazetteer()
	for _, f := range []struct {
		name  string
		parse func(*Gazetteer, []string, []string) error
	}{
		{"countries.txt", parseCountry}, {"admin1.txt", parseAdmin1},
		{"cities.txt", parseCity}, {"regions.txt", parseRegion},
	} {
		r, err := builtin.Open("data/" + f.name)
		if err != nil {
			return nil, fmt.Errorf("where: %w", err)
		}
		err = g.readEntries(r, f.name, f.parse)
		r.Close()
		if err != nil {
			return nil, err
		}
	}
	for _, f := range []struct {
		name string
		set  map[string]bool
	}{{"people.txt", g.people}, {"common.txt", g.common}, {"orgwords.txt", g.orgWords}} {
		r, err := builtin.Open("data/" + f.name)
		if err != nil {
			return nil, fmt.Errorf("where: %w", err)
		}
		err = readNames(r, f.set)
		r.Close()
		if err != nil {
			return nil, err
		}
	}
	return g, nil
}

// fieldCounts says how many space-separated fields precede the names.
var fieldCounts = map[string]int{"countries.txt": 4, "admin1.txt": 4, "cities.txt": 5, "regions.txt": 4}

// readEntries reads one data file, calling parse with the leading fields and
// the names of each line.
func (g *Gazetteer) readEntries(r io.Reader, file string, parse func(*Gazetteer, []string, []string) error) error {
	n := fieldCounts[file]
	sc := bufio.NewScanner(r)
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" || text[0] == '#' {
			continue
		}
		fields := strings.SplitN(text, " ", n+1)
		if len(fields) != n+1 {
			return fmt.Errorf("where: %s:%d: want %d fields and names", file, line, n)
		}
		if err := parse(g, fields[:n], strings.Split(fields[n], "|")); err != nil {
			return fmt.Errorf("where: %s:%d: %w", file, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("where: %s: %w", file, err)
	}
	return nil
}

// ReadCountries, ReadAdmin1, ReadCities and ReadRegions add a user's file in
// the built-in formats (see the package documentation).
func (g *Gazetteer) ReadCountries(r io.Reader) error {
	return g.readEntries(r, "countries.txt", parseCountry)
}

// ReadAdmin1 adds first-level divisions in the admin1.txt format.
func (g *Gazetteer) ReadAdmin1(r io.Reader) error { return g.readEntries(r, "admin1.txt", parseAdmin1) }

// ReadCities adds cities in the cities.txt format.
func (g *Gazetteer) ReadCities(r io.Reader) error { return g.readEntries(r, "cities.txt", parseCity) }

// ReadRegions adds regions in the regions.txt format.
func (g *Gazetteer) ReadRegions(r io.Reader) error {
	return g.readEntries(r, "regions.txt", parseRegion)
}

// ReadPeople adds names that are also personal names, one a line.
func (g *Gazetteer) ReadPeople(r io.Reader) error { return readNames(r, g.people) }

// readNames adds the key of each name in r, one a line, to set.
func readNames(r io.Reader, set map[string]bool) error {
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		t := strings.TrimSpace(sc.Text())
		if t != "" && t[0] != '#' {
			set[keyOf(t)] = true
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("where: names: %w", err)
	}
	return nil
}

func parseCoords(lat, lon string) (float64, float64, error) {
	la, err := strconv.ParseFloat(lat, 64)
	if err != nil {
		return 0, 0, err
	}
	lo, err := strconv.ParseFloat(lon, 64)
	return la, lo, err
}

func parseCountry(g *Gazetteer, f, names []string) error {
	lat, lon, err := parseCoords(f[2], f[3])
	if err != nil {
		return err
	}
	g.iso2[f[1]] = f[0]
	g.add(Entry{ID: "country:" + f[0], Name: names[0], Kind: KindCountry, Country: f[0], Lat: lat, Lon: lon}, names)
	return nil
}

func parseAdmin1(g *Gazetteer, f, names []string) error {
	lat, lon, err := parseCoords(f[2], f[3])
	if err != nil {
		return err
	}
	id := f[0] + "." + f[1]
	i := g.add(Entry{ID: "admin1:" + id, Name: names[0], Kind: KindAdmin1, Country: f[0], Admin1: f[1], Lat: lat, Lon: lon}, names)
	g.admin1[id] = i
	g.codes[id] = append(g.codes[id], i)
	g.codes[f[1]] = append(g.codes[f[1]], i)
	return nil
}

func parseCity(g *Gazetteer, f, names []string) error {
	lat, lon, err := parseCoords(f[2], f[3])
	if err != nil {
		return err
	}
	pop, err := strconv.Atoi(f[4])
	if err != nil {
		return err
	}
	admin := f[1]
	if admin == "-" {
		admin = ""
	}
	g.add(Entry{ID: "city:" + f[0] + "." + strings.SplitN(names[0], ",", 2)[0], Name: names[0], Kind: KindCity,
		Country: f[0], Admin1: admin, Lat: lat, Lon: lon, Pop: pop * 1000}, names)
	return nil
}

func parseRegion(g *Gazetteer, f, names []string) error {
	lat, lon, err := parseCoords(f[2], f[3])
	if err != nil {
		return err
	}
	switch f[0] {
	case KindContinent, KindRegion, KindSea, KindBorder:
	default:
		return fmt.Errorf("unknown kind %q", f[0])
	}
	e := Entry{ID: f[0] + ":" + names[0], Name: names[0], Kind: f[0], Lat: lat, Lon: lon}
	if f[1] != "-" {
		e.Country, e.Other, _ = strings.Cut(f[1], "+")
	}
	g.add(e, names)
	return nil
}

// add appends e and indexes its names, returning its index.
func (g *Gazetteer) add(e Entry, names []string) int {
	if i := strings.Index(e.Name, ", "); i > 0 {
		e.Name = e.Name[:i]
	}
	i := len(g.Entries)
	g.Entries = append(g.Entries, e)
	if e.Kind == KindBorder && e.Other != "" {
		g.borders = append(g.borders, i)
	}
	seen := map[string]bool{}
	for _, n := range names {
		g.index(i, n, seen)
	}
	return i
}

// index files entry i under name n. "Paris, Texas" is filed as "Paris".
func (g *Gazetteer) index(i int, n string, seen map[string]bool) {
	if c := strings.Index(n, ", "); c > 0 {
		n = n[:c]
	}
	n = strings.TrimSpace(n)
	if n == "" || seen[n] {
		return
	}
	seen[n] = true
	toks := tokenize(n)
	if len(toks) == 0 {
		return
	}
	if len(toks) > g.maxTokens {
		g.maxTokens = len(toks)
	}
	first := strings.ToLower(n[toks[0].start:toks[0].end])
	g.firstMax[first] = max(g.firstMax[first], len(toks))
	for _, t := range toks[1:] {
		if w := n[t.start:t.end]; !isCapitalised(w) {
			g.lowerWords[w] = true
		}
	}
	if isAllCaps(n) {
		k := exactKeyOf(n)
		g.exact[k] = append(g.exact[k], i)
		return
	}
	k := keyOf(n)
	g.names[k] = append(g.names[k], i)
}

// isAllCaps reports whether n is an abbreviation written in capitals
// ("US", "U.S.", "NSW"); these match only as written.
func isAllCaps(n string) bool {
	letters := 0
	for _, r := range n {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsUpper(r):
			letters++
		}
	}
	return letters > 0 && letters <= 5 && !strings.Contains(n, " ")
}

// keyOf is the lookup key of a name: its tokens, lower-cased, joined by
// spaces.
func keyOf(n string) string {
	toks := tokenize(n)
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = strings.ToLower(n[t.start:t.end])
	}
	return strings.Join(parts, " ")
}

// exactKeyOf is the lookup key of a name written in capitals: its tokens,
// as written, joined by spaces.
func exactKeyOf(n string) string {
	toks := tokenize(n)
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = n[t.start:t.end]
	}
	return strings.Join(parts, " ")
}

// Counts returns how many entries of each kind g holds.
func (g *Gazetteer) Counts() map[string]int {
	c := map[string]int{}
	for _, e := range g.Entries {
		c[e.Kind]++
	}
	return c
}

package export

import (
	"bufio"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/dyad-events/dyad/internal/store"
)

// gdeltWidth is the number of columns in a GDELT 2.0 event row.
const gdeltWidth = 61

// Column positions in a GDELT 2.0 event row (0-based).
const (
	gID          = 0  // GLOBALEVENTID
	gSQLDate     = 1  // YYYYMMDD
	gMonthYear   = 2  // YYYYMM
	gYear        = 3  // YYYY
	gFraction    = 4  // year + day-of-year/365
	gActor1      = 5  // Actor1Code; Name, CountryCode, KnownGroup, Ethnic, Religion1, Religion2, Type1-3 follow
	gActor2      = 15 // Actor2Code, same ten fields
	gIsRoot      = 25 // IsRootEvent
	gEventCode   = 26 // EventCode, EventBaseCode, EventRootCode
	gQuadClass   = 29
	gGoldstein   = 30
	gNumMentions = 31 // NumMentions, NumSources, NumArticles
	gAvgTone     = 34
	gActionGeo   = 51 // ActionGeo_Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID
	gDateAdded   = 59 // YYYYMMDDHHMMSS
	gSourceURL   = 60
)

// flatten turns the characters a GDELT row cannot hold into spaces.
var flatten = strings.NewReplacer("\t", " ", "\n", " ", "\r", " ")

// gdelt writes GDELT 2.0 event rows: tab separated, no header, no quoting
// (tabs and newlines inside fields become spaces, as GDELT's own files
// cannot hold them).
type gdelt struct {
	bw  *bufio.Writer
	row [gdeltWidth]string
}

func newGDELT(w io.Writer) Writer { return &gdelt{bw: bufio.NewWriterSize(w, 1<<16)} }

func (g *gdelt) Write(e *store.Event) error {
	g.row = [gdeltWidth]string{}
	r := &g.row
	r[gID] = strconv.FormatInt(e.ID, 10)
	fillDate(r, e.Date)
	fillActor(r[gActor1:gActor1+10], e.Source.Code, e.Source.Name, e.Source.Country)
	fillActor(r[gActor2:gActor2+10], e.Target.Code, e.Target.Name, e.Target.Country)
	r[gIsRoot] = "1"
	r[gEventCode], r[gEventCode+1], r[gEventCode+2] = e.CAMEO, base(e.CAMEO), e.Root
	r[gQuadClass], r[gGoldstein] = itoa(e.QuadClass), ftoa(e.Goldstein)
	r[gNumMentions], r[gNumMentions+1], r[gNumMentions+2] = itoa(e.NumMentions), itoa(e.NumSources), itoa(e.NumArticles)
	fillGeo(r[gActionGeo:gActionGeo+8], e)
	r[gDateAdded] = compactTime(e.FirstSeen)
	r[gSourceURL] = e.URL
	for i, f := range r {
		r[i] = flatten.Replace(f)
	}
	if _, err := g.bw.WriteString(strings.Join(r[:], "\t")); err != nil {
		return err
	}
	return g.bw.WriteByte('\n')
}

func (g *gdelt) Close() error { return g.bw.Flush() }

// fillDate writes SQLDATE, MonthYear, Year and FractionDate; a date known
// only to the month or year gets 00 for the unknown parts.
func fillDate(r *[gdeltWidth]string, date string) {
	digits := strings.ReplaceAll(date, "-", "")
	if len(digits) < 4 || strings.Contains(date, "W") {
		if t, err := time.Parse("2006-W", date[:min(len(date), 6)]); err == nil {
			digits = t.Format("2006")
		} else {
			return
		}
	}
	padded := (digits + "0000")[:8]
	r[gSQLDate], r[gMonthYear], r[gYear] = padded, padded[:6], padded[:4]
	if t, err := time.Parse("20060102", padded); err == nil {
		r[gFraction] = strconv.FormatFloat(float64(t.Year())+float64(t.YearDay())/365, 'f', 4, 64)
	}
}

// fillActor writes a GDELT actor block: code, name, country and up to
// three type codes taken from the code after its country prefix.
func fillActor(f []string, code, name, country string) {
	f[0], f[1], f[2] = code, strings.ToUpper(name), country
	rest := code
	if country != "" && strings.HasPrefix(code, country) {
		rest = code[len(country):]
	} else if len(code) >= 3 {
		rest = code[3:]
	}
	for i := 0; i < 3 && len(rest) >= 3; i++ {
		f[7+i], rest = rest[:3], rest[3:]
	}
}

// base is the three-digit base code of a four-digit CAMEO code.
func base(code string) string {
	if len(code) > 3 {
		return code[:3]
	}
	return code
}

// geoTypes maps a gazetteer kind to GDELT's geo type (1 country, 4 world
// city, 5 world state).
var geoTypes = map[string]string{"country": "1", "city": "4", "admin1": "5"}

func fillGeo(f []string, e *store.Event) {
	p := e.Place
	if p == nil {
		return
	}
	f[0], f[1], f[2], f[3] = geoTypes[p.Kind], p.Name, p.Country, p.Admin1
	f[5], f[6], f[7] = ftoa(p.Lat), ftoa(p.Lon), p.GazID
}

// compactTime turns RFC 3339 into YYYYMMDDHHMMSS.
func compactTime(s string) string {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return ""
	}
	return t.UTC().Format("20060102150405")
}

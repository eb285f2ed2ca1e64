//go:build eval

package where

import (
	"path/filepath"
	"testing"

	"github.com/dyad-events/dyad/internal/shared"
)

// Floors sit just under the figures measured when the rules last changed;
// they fail when the gazetteer or the rules get worse.
func TestGeoVirus(t *testing.T) {
	gv := shared.TestPath(t, "data", "geo", "geovirus", "GeoVirus.xml")
	gn := shared.TestPath(t, "data", "geo", "geonames")
	geo := Config{GeoNamesCities: filepath.Join(gn, "cities15000.zip"),
		GeoNamesAdmin1: filepath.Join(gn, "admin1CodesASCII.txt"), GeoNamesCountry: filepath.Join(gn, "countryInfo.txt")}
	ref, err := New(geo)
	if err != nil {
		t.Fatal(err)
	}
	countryAt := NearestCountry(ref.Gazetteer())
	tests := []struct {
		name                                  string
		cfg                                   Config
		precision, recall, country, within161 float64
	}{
		{"built-in", Config{}, 0.92, 0.885, 0.98, 0.855},
		{"geonames", geo, 0.88, 0.92, 0.98, 0.865},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := New(tt.cfg)
			if err != nil {
				t.Fatal(err)
			}
			r, err := f.EvalGeoVirus(gv, countryAt)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("P %.3f R %.3f country %.3f within 161 km %.3f", r.Precision(), r.Recall(), r.CountryAccuracy(), r.Within161())
			for _, c := range []struct {
				name      string
				got, want float64
			}{{"precision", r.Precision(), tt.precision}, {"recall", r.Recall(), tt.recall},
				{"country", r.CountryAccuracy(), tt.country}, {"within 161 km", r.Within161(), tt.within161}} {
				if c.got < c.want {
					t.Errorf("%s %.3f, floor %.3f", c.name, c.got, c.want)
				}
			}
		})
	}
}

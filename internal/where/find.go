package where

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/dyad-events/dyad"
)

// Config says which gazetteer files to load besides the built-in ones. All
// paths are optional.
type Config struct {
	// GeoNames files: cities15000.txt (or the .zip holding it),
	// admin1CodesASCII.txt and countryInfo.txt.
	GeoNamesCities  string
	GeoNamesAdmin1  string
	GeoNamesCountry string
	// Extra files in the built-in formats, added to the built-in entries.
	Countries, Admin1, Cities, Regions, People string
}

// Finder is the stage that fills Document.Places.
type Finder struct {
	gaz *Gazetteer
}

// New returns a Finder over the built-in gazetteer and the files cfg names.
func New(cfg Config) (*Finder, error) {
	g, err := Builtin()
	if err != nil {
		return nil, err
	}
	if err := g.readExtra(cfg); err != nil {
		return nil, err
	}
	if cfg.GeoNamesCities != "" || cfg.GeoNamesAdmin1 != "" || cfg.GeoNamesCountry != "" {
		if err := g.LoadGeoNames(cfg.GeoNamesCountry, cfg.GeoNamesAdmin1, cfg.GeoNamesCities); err != nil {
			return nil, err
		}
	}
	return NewWithGazetteer(g), nil
}

// NewWithGazetteer returns a Finder over g.
func NewWithGazetteer(g *Gazetteer) *Finder { return &Finder{gaz: g} }

// Gazetteer returns the gazetteer f resolves against.
func (f *Finder) Gazetteer() *Gazetteer { return f.gaz }

// readExtra reads the user's files in the built-in formats.
func (g *Gazetteer) readExtra(cfg Config) error {
	for _, x := range []struct {
		path string
		read func(*Gazetteer, string) error
	}{
		{cfg.Countries, func(g *Gazetteer, p string) error { return withFile(p, g.ReadCountries) }},
		{cfg.Admin1, func(g *Gazetteer, p string) error { return withFile(p, g.ReadAdmin1) }},
		{cfg.Cities, func(g *Gazetteer, p string) error { return withFile(p, g.ReadCities) }},
		{cfg.Regions, func(g *Gazetteer, p string) error { return withFile(p, g.ReadRegions) }},
		{cfg.People, func(g *Gazetteer, p string) error { return withFile(p, g.ReadPeople) }},
	} {
		if x.path == "" {
			continue
		}
		if err := x.read(g, x.path); err != nil {
			return err
		}
	}
	return nil
}

func withFile(path string, read func(io.Reader) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("where: %w", err)
	}
	defer f.Close()
	return read(f)
}

// Process finds and resolves the places in d's analysed blocks.
func (f *Finder) Process(ctx context.Context, d *dyad.Document) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	d.Places = f.Find(d)
	return nil
}

package main

import (
	"context"
	"fmt"
	"path/filepath"

	"github.com/dyad-events/dyad/internal/shared"
	"github.com/dyad-events/dyad/internal/where"
)

// evalWhere scores toponym recognition and resolution on GeoVirus, with the
// built-in gazetteer and, when the files are there, with GeoNames loaded.
func evalWhere(ctx context.Context, m *Main, args []string) error {
	fs := m.flagSet("eval where", "eval where [--geovirus FILE] [--geonames DIR]")
	gv := fs.String("geovirus", "", "GeoVirus.xml (default: ../shared/data/geo/geovirus/GeoVirus.xml)")
	gn := fs.String("geonames", "", "directory with cities15000.zip, admin1CodesASCII.txt, countryInfo.txt (default: ../shared/data/geo/geonames)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *gv == "" {
		p, err := shared.Path("data", "geo", "geovirus", "GeoVirus.xml")
		if err != nil {
			return err
		}
		*gv = p
	}
	if *gn == "" {
		if p, err := shared.Path("data", "geo", "geonames"); err == nil {
			*gn = p
		}
	}
	geo := where.Config{}
	if *gn != "" {
		geo = where.Config{GeoNamesCities: filepath.Join(*gn, "cities15000.zip"),
			GeoNamesAdmin1: filepath.Join(*gn, "admin1CodesASCII.txt"), GeoNamesCountry: filepath.Join(*gn, "countryInfo.txt")}
	}
	// Gold countries are told from the nearest known place to the gold
	// point, using the largest gazetteer at hand.
	ref, err := where.New(geo)
	if err != nil {
		return err
	}
	countryAt := where.NearestCountry(ref.Gazetteer())
	runs := []struct {
		name string
		cfg  where.Config
	}{{"built-in", where.Config{}}}
	if *gn != "" {
		runs = append(runs, struct {
			name string
			cfg  where.Config
		}{"built-in + GeoNames", geo})
	}
	for _, run := range runs {
		if err := evalWhereRun(m, run.name, run.cfg, *gv, countryAt); err != nil {
			return err
		}
	}
	return nil
}

func evalWhereRun(m *Main, name string, cfg where.Config, path string, countryAt where.CountryAt) error {
	f, err := where.New(cfg)
	if err != nil {
		return err
	}
	c := f.Gazetteer().Counts()
	r, err := f.EvalGeoVirus(path, countryAt)
	if err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "GeoVirus, %s gazetteer (%d countries, %d admin1, %d cities, %d regions/seas/borders/continents)\n",
		name, c[where.KindCountry], c[where.KindAdmin1], c[where.KindCity], c[where.KindRegion]+c[where.KindSea]+c[where.KindBorder]+c[where.KindContinent])
	fmt.Fprintf(m.Stdout, "  %d articles, %d gold, %d predicted\n", r.Docs, r.Gold, r.Predicted)
	fmt.Fprintf(m.Stdout, "  toponym precision %.3f  recall %.3f\n", r.Precision(), r.Recall())
	fmt.Fprintf(m.Stdout, "  country accuracy %.3f (%d pairs)  within 161 km %.3f (%d pairs)\n", r.CountryAccuracy(), r.CountryPairs, r.Within161(), r.Pairs)
	return nil
}

package validate

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/dyad-events/dyad/internal/surface"
)

// petrFile is the shape of a PETRARCH unit-test file.
type petrFile struct {
	Env struct {
		Verbs    []string `xml:"Verbfile"`
		Actors   []string `xml:"Actorfile"`
		Agents   []string `xml:"Agentfile"`
		Discards []string `xml:"Discardfile"`
	} `xml:"Environment"`
	Sentences []petrSentence `xml:"Sentences>Sentence"`
}

type petrSentence struct {
	ID   string `xml:"id,attr"`
	Date string `xml:"date,attr"`
	// Sentence is "false" on records PETRARCH does not implement ("currently
	// not implemented"): the suite keeps them but does not test them.
	Sentence string `xml:"sentence,attr"`
	Text     string `xml:"Text"`
	Codings  []struct {
		Source   string `xml:"sourcecode,attr"`
		Target   string `xml:"targetcode,attr"`
		Event    string `xml:"eventcode,attr"`
		NoEvents string `xml:"noevents,attr"`
		Error    string `xml:"error,attr"`
	} `xml:"EventCoding"`
}

// ReadPetrarch reads a PETRARCH validation XML file. Its <Parse> trees are
// ignored; records marked sentence="false" are counted in Suite.NotTests.
func ReadPetrarch(r io.Reader) (*Suite, error) {
	var f petrFile
	if err := xml.NewDecoder(r).Decode(&f); err != nil {
		return nil, fmt.Errorf("validate: %w", err)
	}
	s := &Suite{Verbs: f.Env.Verbs, Actors: f.Env.Actors, Agents: f.Env.Agents, Discards: f.Env.Discards, Options: petrarchOptions()}
	for _, ps := range f.Sentences {
		if ps.Sentence == "false" {
			s.NotTests++
			continue
		}
		rec := Record{ID: ps.ID, Text: strings.Join(strings.Fields(ps.Text), " ")}
		if t, err := time.Parse("20060102", ps.Date); err == nil {
			rec.Date = t
		}
		for _, c := range ps.Codings {
			switch {
			case strings.HasSuffix(c.Error, "discard"):
				rec.Discard = true
			case c.Event != "":
				rec.Want = append(rec.Want, surface.Triple{Source: c.Source, Target: c.Target, Code: c.Event})
			}
		}
		s.Records = append(s.Records, rec)
	}
	return s, nil
}

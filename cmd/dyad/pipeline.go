package main

import (
	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/clean"
	"github.com/dyad-events/dyad/internal/html"
	"github.com/dyad-events/dyad/internal/quote"
	"github.com/dyad-events/dyad/internal/text"
	"github.com/dyad-events/dyad/internal/when"
)

// Config is everything the pipeline stages need, filled from flags.
type Config struct {
	// Workers is how many documents are processed at once.
	Workers int
}

// pipeline is the one ordered list of stages every document goes through
// after it has been read.
func pipeline(cfg Config) (dyad.Chain, error) {
	pages, err := html.New(html.Options{})
	if err != nil {
		return nil, err
	}
	times, err := when.New()
	if err != nil {
		return nil, err
	}
	return dyad.Chain{
		pages,              // HTML items: article text, metadata, embedded posts
		clean.New(),        // blocks: body, posts, boilerplate
		text.NewSplitter(), // sentences and tokens
		quote.New(),        // quotes and who said them
		times,              // temporal expressions; infers a missing publication date
	}, nil
}

package main

import (
	"fmt"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/actors"
	"github.com/dyad-events/dyad/internal/cameo"
	"github.com/dyad-events/dyad/internal/clean"
	"github.com/dyad-events/dyad/internal/coder"
	"github.com/dyad-events/dyad/internal/html"
	"github.com/dyad-events/dyad/internal/mention"
	"github.com/dyad-events/dyad/internal/parse"
	"github.com/dyad-events/dyad/internal/quote"
	"github.com/dyad-events/dyad/internal/tag"
	"github.com/dyad-events/dyad/internal/text"
	"github.com/dyad-events/dyad/internal/verbs"
	"github.com/dyad-events/dyad/internal/when"
	"github.com/dyad-events/dyad/internal/where"
)

// Config is everything the pipeline stages need, filled from flags.
type Config struct {
	// Workers is how many documents are processed at once.
	Workers int
	// Coder tunes the event coder.
	Coder coder.Config
	// Actors are more actor data files (converted --actors dictionaries)
	// merged with the built-in ones, or replacing them when OnlyActors.
	Actors     []actors.File
	OnlyActors bool
}

// knowledge is what the stages load once: models, lexicons, ontology.
type knowledge struct {
	tagger *tag.Model
	parser *parse.Parser
	actors *actors.Lexicon
	verbs  *verbs.Lexicon
	onto   *cameo.Ontology
}

func loadKnowledge(cfg Config) (*knowledge, error) {
	var k knowledge
	var err error
	if k.tagger, err = tag.Default(); err != nil {
		return nil, fmt.Errorf("tagger model: %w", err)
	}
	if k.parser, err = parse.NewDefault(); err != nil {
		return nil, fmt.Errorf("parser model: %w", err)
	}
	if k.actors, err = loadActors(cfg); err != nil {
		return nil, fmt.Errorf("actor lexicon: %w", err)
	}
	if k.verbs, err = verbs.Default(); err != nil {
		return nil, fmt.Errorf("verb lexicon: %w", err)
	}
	if k.onto, err = cameo.Default(); err != nil {
		return nil, fmt.Errorf("ontology: %w", err)
	}
	return &k, nil
}

// loadActors builds the actor lexicon: the built-in files, then the
// user's converted dictionaries.
func loadActors(cfg Config) (*actors.Lexicon, error) {
	if len(cfg.Actors) == 0 {
		return actors.Default()
	}
	files := cfg.Actors
	if !cfg.OnlyActors {
		builtin, err := actors.BuiltinFiles()
		if err != nil {
			return nil, err
		}
		files = append(builtin, files...)
	}
	return actors.Build(files)
}

// pipeline is the one ordered list of stages every document goes through
// after it has been read.
func pipeline(cfg Config) (dyad.Chain, error) {
	k, err := loadKnowledge(cfg)
	if err != nil {
		return nil, err
	}
	pages, err := html.New(html.Options{})
	if err != nil {
		return nil, err
	}
	times, err := when.New()
	if err != nil {
		return nil, err
	}
	places, err := where.New(where.Config{})
	if err != nil {
		return nil, err
	}
	mentions, err := mention.New(k.actors)
	if err != nil {
		return nil, err
	}
	quotes := quote.New()
	quotes.Resolve = func(name string, date time.Time) (dyad.Actor, bool) {
		a, _, ok := k.actors.Lookup(name, date)
		return a, ok
	}
	return dyad.Chain{
		pages,                                 // HTML items: article text, metadata, embedded posts
		clean.New(),                           // blocks: body, posts, boilerplate
		text.NewSplitter(),                    // sentences and tokens
		tag.New(k.tagger),                     // parts of speech, lemmas
		k.parser,                              // dependency trees
		times,                                 // temporal expressions; infers a missing publication date
		places,                                // toponyms resolved against the gazetteer
		mentions,                              // actors and what pronouns and role nouns refer to
		quotes,                                // quotes and who said them
		coder.New(k.verbs, k.onto, cfg.Coder), // events
	}, nil
}

package parse

import (
	"context"
	"sync"

	"github.com/dyad-events/dyad"
)

// Parser is the pipeline stage: it parses every sentence of a document
// whose tokens have been tagged.
type Parser struct {
	model   *Model
	workers sync.Pool // *worker scratch buffers, reused across documents
}

// New returns a Parser using m.
func New(m *Model) *Parser {
	p := &Parser{model: m}
	p.workers.New = func() any { return newWorker(len(m.labels)) }
	return p
}

// NewDefault returns a Parser using the built-in model.
func NewDefault() (*Parser, error) {
	m, err := Default()
	if err != nil {
		return nil, err
	}
	return New(m), nil
}

// Process fills Head and Rel of every token of d.Sentences. Sentences whose
// tokens carry no UPOS are parsed anyway (the result is poor) and noted.
func (p *Parser) Process(ctx context.Context, d *dyad.Document) error {
	wk := p.workers.Get().(*worker)
	defer p.workers.Put(wk)
	for i := range d.Sentences {
		toks := d.Sentences[i].Tokens
		if len(toks) > 0 && toks[0].UPOS == "" {
			d.AddError("parse", "untagged", "sentence %d has no part-of-speech tags", i)
		}
		wk.parse(p.model, toks)
	}
	return nil
}

// Parse fills Head and Rel of one tagged sentence.
func (p *Parser) Parse(toks []dyad.Token) {
	wk := p.workers.Get().(*worker)
	wk.parse(p.model, toks)
	p.workers.Put(wk)
}

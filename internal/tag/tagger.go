package tag

import (
	"bytes"
	"context"
	_ "embed"
	"errors"
	"sync"

	"github.com/dyad-events/dyad"
)

// DefaultFile is the committed model, trained on UD English EWT
// (CC BY-SA 4.0) with Train and the default TrainConfig.
const DefaultFile = "data/en_ewt.tag.gz"

//go:embed data/en_ewt.tag.gz
var defaultModel []byte

// loadDefault decodes the embedded model once, on first use.
var loadDefault = sync.OnceValues(func() (*Model, error) {
	return Load(bytes.NewReader(defaultModel))
})

// Default returns the committed English model. It is decoded on the first
// call and shared afterwards.
func Default() (*Model, error) { return loadDefault() }

// Tagger is the pipeline stage: it fills UPOS, XPOS, Lemma and Feats of
// every token of every sentence.
type Tagger struct {
	model *Model
}

// New returns a Tagger using m.
func New(m *Model) *Tagger { return &Tagger{model: m} }

// Process tags d.Sentences in place. Sentences without tokens are left
// alone; tokenizing is internal/text's job.
func (t *Tagger) Process(ctx context.Context, d *dyad.Document) error {
	if t == nil || t.model == nil {
		return errors.New("tag: no model")
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	for i := range d.Sentences {
		t.model.TagTokens(d.Sentences[i].Tokens)
	}
	return nil
}

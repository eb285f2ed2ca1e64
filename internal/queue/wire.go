package queue

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/dyad-events/dyad"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Message headers dyad sets besides Nats-Msg-Id.
const (
	// HeaderObject names the object-store entry holding a document too big
	// to travel inline; the message body is then empty.
	HeaderObject = "Dyad-Object"
	// HeaderError carries a dead document's last error.
	HeaderError = "Dyad-Error"
	// HeaderTries carries how often a dead document was handed out.
	HeaderTries = "Dyad-Tries"
)

// envelope is a document as JSON, the wire format before the binary one
// (codec.go); decode still reads it, so results published by an older
// worker reach a newer sink. Document.HTML is not part of the document's
// JSON, yet the html stage needs it, so it travels beside it.
type envelope struct {
	Doc  *dyad.Document `json:"doc"`
	HTML string         `json:"html,omitempty"`
}

// encode writes d in the binary wire format.
func encode(d *dyad.Document) ([]byte, error) { return encodeBinary(d) }

// decode reads a document in either wire format.
func decode(b []byte) (*dyad.Document, error) {
	if len(b) > 0 && b[0] == wireMagic {
		return decodeBinary(b)
	}
	return decodeJSON(b)
}

func decodeJSON(b []byte) (*dyad.Document, error) {
	var e envelope
	if err := json.Unmarshal(b, &e); err != nil {
		return nil, fmt.Errorf("queue: decode: %w", err)
	}
	if e.Doc == nil {
		return nil, errors.New("queue: decode: no document")
	}
	e.Doc.HTML = e.HTML
	return e.Doc, nil
}

// Key is a document's message id: its id, else its URL, else a hash of its
// text, so the same item submitted twice is stored once.
func Key(d *dyad.Document) string {
	switch {
	case d.ID != "":
		return d.ID
	case d.URL != "":
		return d.URL
	}
	sum := sha256.Sum256([]byte(d.Title + "\x00" + d.Text + "\x00" + d.HTML))
	return hex.EncodeToString(sum[:12])
}

// objectName is where a big message's body is kept; subject separates a
// work item from a result of the same document.
func objectName(subject, key string) string {
	sum := sha256.Sum256([]byte(key))
	return subject + "/" + hex.EncodeToString(sum[:16])
}

// publish sends body under key to subject, through the object store when
// it is bigger than MaxMsgBytes.
func (q *Queue) publish(ctx context.Context, subject, key string, body []byte, h nats.Header) (*jetstream.PubAck, error) {
	msg := nats.NewMsg(subject)
	for k, v := range h {
		msg.Header[k] = v
	}
	msg.Header.Set(jetstream.MsgIDHeader, key)
	if len(body) > q.cfg.MaxMsgBytes {
		name := objectName(subject, key)
		if _, err := q.obj.PutBytes(ctx, name, body); err != nil {
			return nil, fmt.Errorf("queue: store %s: %w", key, err)
		}
		msg.Header.Set(HeaderObject, name)
		body = nil
	}
	msg.Data = body
	ack, err := q.js.PublishMsg(ctx, msg)
	if err != nil {
		return nil, fmt.Errorf("queue: publish %s: %w", key, err)
	}
	return ack, nil
}

// body returns a message's payload, fetching it from the object store when
// it travelled by reference.
func (q *Queue) body(ctx context.Context, m jetstream.Msg) ([]byte, error) {
	name := m.Headers().Get(HeaderObject)
	if name == "" {
		return m.Data(), nil
	}
	b, err := q.obj.GetBytes(ctx, name)
	if err != nil {
		return nil, fmt.Errorf("queue: fetch %s: %w", name, err)
	}
	return b, nil
}

// forget deletes a message's object once nobody needs it again.
func (q *Queue) forget(ctx context.Context, m jetstream.Msg) {
	if name := m.Headers().Get(HeaderObject); name != "" {
		_ = q.obj.Delete(ctx, name) // a leftover object costs space, not correctness
	}
}

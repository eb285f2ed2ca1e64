package queue

import (
	"context"
	"fmt"
	"strconv"

	"github.com/dyad-events/dyad"
	"github.com/nats-io/nats.go"
)

// Outcome says what Submit did with a document.
type Outcome int

// The outcomes of Submit.
const (
	Queued    Outcome = iota // published to the work stream
	Duplicate                // its message id was seen within the dedup window
	Rejected                 // bigger than MaxDocBytes: sent to the dead-letter stream
)

// Submit publishes d to the work stream under Key(d).
func (q *Queue) Submit(ctx context.Context, d *dyad.Document) (Outcome, error) {
	body, err := encode(d)
	if err != nil {
		return Queued, err
	}
	key := Key(d)
	if len(body) > q.cfg.MaxDocBytes {
		reason := fmt.Sprintf("oversize: %d bytes, limit %d", len(body), q.cfg.MaxDocBytes)
		return Rejected, q.bury(ctx, key, nil, reason, 0)
	}
	ack, err := q.publish(ctx, q.n.workSubj, key, body, nil)
	if err != nil {
		return Queued, err
	}
	if ack.Duplicate {
		return Duplicate, nil
	}
	return Queued, nil
}

// bury publishes a document that will not be coded to the dead-letter
// stream, with why and after how many tries. body may be nil when the
// document itself is too big to keep.
func (q *Queue) bury(ctx context.Context, key string, body []byte, reason string, tries int) error {
	h := nats.Header{}
	h.Set(HeaderError, reason)
	h.Set(HeaderTries, strconv.Itoa(tries))
	_, err := q.publish(ctx, q.n.deadSubj, key, body, h)
	return err
}

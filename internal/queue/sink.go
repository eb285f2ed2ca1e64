package queue

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/nats-io/nats.go/jetstream"
)

// Sink receives coded documents. Put must be idempotent: after a crash the
// same document may arrive again, and must then replace, not add to, what
// is stored.
type Sink interface {
	Put(ctx context.Context, d *dyad.Document) error
}

// SinkConfig tunes Drain.
type SinkConfig struct {
	// Log receives one line per document the sink could not store.
	Log *slog.Logger
	// Metrics, when set, counts stored documents and events.
	Metrics *Metrics
	// Until, when set, is called after each idle second; Drain returns
	// when it reports true (tests and batch runs stop once all is done).
	Until func() bool
}

// Drain stores every result in sink, acknowledging each only after Put
// returned, until ctx is done.
func (q *Queue) Drain(ctx context.Context, sink Sink, sc SinkConfig) error {
	cons, err := q.js.Consumer(ctx, q.n.results, q.n.sink)
	if err != nil {
		return fmt.Errorf("queue: sink: %w", err)
	}
	if sc.Log == nil {
		sc.Log = slog.New(slog.DiscardHandler)
	}
	// A few results fetched ahead over one standing subscription: a
	// store takes milliseconds per document, far below AckWait.
	it, err := cons.Messages(jetstream.PullMaxMessages(8))
	if err != nil {
		return fmt.Errorf("queue: sink: %w", err)
	}
	defer it.Stop()
	for ctx.Err() == nil {
		m, err := next(ctx, it)
		switch {
		case err == nil:
			q.store(ctx, sink, m, sc)
		case ctx.Err() != nil:
			return nil
		case errors.Is(err, context.DeadlineExceeded):
			if sc.Until != nil && sc.Until() {
				return nil
			}
		default:
			return fmt.Errorf("queue: sink: %w", err)
		}
	}
	return nil
}

// next waits up to a second for a message; context.DeadlineExceeded says
// none came.
func next(ctx context.Context, it jetstream.MessagesContext) (jetstream.Msg, error) {
	wait, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()
	return it.Next(jetstream.NextContext(wait))
}

// store puts one result; a document the sink refuses is retried later.
func (q *Queue) store(ctx context.Context, sink Sink, m jetstream.Msg, sc SinkConfig) {
	key := m.Headers().Get(jetstream.MsgIDHeader)
	body, err := q.body(ctx, m)
	var d *dyad.Document
	if err == nil {
		d, err = decode(body)
	}
	if err == nil {
		err = sink.Put(ctx, d)
	}
	if err != nil {
		if ctx.Err() == nil {
			sc.Log.Warn("store failed; will retry", "doc", key, "err", err)
			sc.Metrics.Add("dyad_sink_errors_total", "documents the store refused", 1)
			_ = m.NakWithDelay(time.Second)
		}
		return
	}
	if err := m.DoubleAck(ctx); err != nil {
		sc.Log.Warn("ack failed; document will be stored again", "doc", key, "err", err)
		return
	}
	q.forget(ctx, m)
	sc.Metrics.Add("dyad_sink_documents_total", "documents stored", 1)
	sc.Metrics.Add("dyad_sink_events_total", "events stored", float64(len(d.Events)))
}

package queue

import (
	"context"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/nats-io/nats.go/jetstream"
)

// done publishes the coded document and then acknowledges the work item.
// If the worker dies between the two, the document is coded again and the
// results stream drops the second copy by its message id.
func (w *worker) done(ctx context.Context, m jetstream.Msg, key string, d *dyad.Document) {
	if err := w.q.publishResult(ctx, key, d); err != nil {
		w.log.Warn("publish failed; will retry", "doc", key, "err", err)
		_ = m.NakWithDelay(time.Second)
		return
	}
	if err := m.DoubleAck(ctx); err != nil {
		w.log.Warn("ack failed; document will be coded again", "doc", key, "err", err)
		return
	}
	w.q.forget(ctx, m)
	w.met.Add(`dyad_worker_documents_total{outcome="coded"}`, "documents by outcome", 1)
	w.met.Add("dyad_worker_events_total", "events coded", float64(len(d.Events)))
}

// failed retries a document later, or buries it after MaxTries.
func (w *worker) failed(ctx context.Context, m jetstream.Msg, key string, body []byte, err error, tries int) {
	if tries >= w.q.cfg.MaxTries {
		w.dead(ctx, m, key, body, err, tries)
		return
	}
	w.log.Warn("document failed; will retry", "doc", key, "try", tries, "err", err)
	w.met.Add(`dyad_worker_documents_total{outcome="retried"}`, "documents by outcome", 1)
	_ = m.NakWithDelay(backoff(tries))
}

// backoff waits longer after each failure, so a document that fails for a
// passing reason gets another chance a little later.
func backoff(tries int) time.Duration {
	return min(time.Duration(tries)*200*time.Millisecond, 10*time.Second)
}

// dead moves a document to the dead-letter stream and then terminates its
// delivery, so it is never retried again.
func (w *worker) dead(ctx context.Context, m jetstream.Msg, key string, body []byte, err error, tries int) {
	if berr := w.q.bury(ctx, key, body, err.Error(), tries); berr != nil {
		w.log.Warn("dead-letter publish failed; will retry", "doc", key, "err", berr)
		_ = m.NakWithDelay(time.Second)
		return
	}
	w.log.Error("document dead-lettered", "doc", key, "tries", tries, "err", err)
	_ = m.TermWithReason("dyad: dead-lettered")
	w.q.forget(ctx, m)
	w.met.Add(`dyad_worker_documents_total{outcome="dead"}`, "documents by outcome", 1)
}

// PublishResult publishes a coded document to the results stream, as a
// worker does; it lets documents coded elsewhere reach the sink.
func (q *Queue) PublishResult(ctx context.Context, d *dyad.Document) error {
	return q.publishResult(ctx, Key(d), d)
}

func (q *Queue) publishResult(ctx context.Context, key string, d *dyad.Document) error {
	out, err := encode(d)
	if err != nil {
		return err
	}
	_, err = q.publish(ctx, q.n.resultsSubj, key, out, nil)
	return err
}

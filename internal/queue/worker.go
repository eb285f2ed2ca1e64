package queue

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// WorkerConfig tunes one worker process.
type WorkerConfig struct {
	// Slots is how many documents this worker codes at once, and so the most
	// it holds unacknowledged. Default 1.
	Slots int
	// Log receives one line per retried or dead document; nil discards.
	Log *slog.Logger
	// Metrics, when set, counts documents by outcome.
	Metrics *Metrics
	// Until, when set, is called after each idle second; the worker
	// returns when it reports true.
	Until func() bool
}

// worker is the state of one Work call.
type worker struct {
	q        *Queue
	stage    dyad.Stage
	cons     jetstream.Consumer
	log      *slog.Logger
	met      *Metrics
	until    func() bool
	inFlight atomic.Int64
}

// Work pulls documents, runs stage on each, publishes the coded document
// to the results stream and only then acknowledges. It returns when ctx is
// done; documents it was coding are not acknowledged and come back to
// another worker after AckWait.
func (q *Queue) Work(ctx context.Context, stage dyad.Stage, wc WorkerConfig) error {
	cons, err := q.js.Consumer(ctx, q.n.work, q.n.workers)
	if err != nil {
		return fmt.Errorf("queue: worker: %w", err)
	}
	w := &worker{q: q, stage: stage, cons: cons, log: wc.Log, met: wc.Metrics, until: wc.Until}
	if w.log == nil {
		w.log = slog.New(slog.DiscardHandler)
	}
	var wg sync.WaitGroup
	errs := make([]error, max(wc.Slots, 1))
	for i := range errs {
		wg.Go(func() { errs[i] = w.loop(ctx) })
	}
	wg.Wait()
	return errors.Join(errs...)
}

// loop codes one document at a time until ctx is done. It pulls one
// message per request, so a document never waits in a client-side buffer
// while its AckWait runs out.
func (w *worker) loop(ctx context.Context) error {
	for ctx.Err() == nil {
		m, err := w.cons.Next(jetstream.FetchMaxWait(time.Second))
		switch {
		case errors.Is(err, nats.ErrTimeout), errors.Is(err, jetstream.ErrNoMessages):
			if w.until != nil && w.until() {
				return nil
			}
			continue
		case errors.Is(err, nats.ErrConnectionClosed), errors.Is(err, nats.ErrConnectionDraining):
			return nil
		case err != nil:
			if ctx.Err() != nil {
				return nil
			}
			w.log.Warn("pull failed", "err", err)
			sleep(ctx, time.Second)
			continue
		}
		w.inFlight.Add(1)
		w.met.Set("dyad_worker_in_flight", "documents being coded", float64(w.inFlight.Load()))
		w.handle(ctx, m)
		w.inFlight.Add(-1)
		w.met.Set("dyad_worker_in_flight", "documents being coded", float64(w.inFlight.Load()))
	}
	return nil
}

func sleep(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
	case <-ctx.Done():
	}
}

// handle takes one message to an outcome: a result, a retry, or a burial.
// It says nothing when ctx ends first, which is what a crash looks like.
func (w *worker) handle(ctx context.Context, m jetstream.Msg) {
	stop := keepAlive(m, w.q.cfg.AckWait/3)
	defer stop()
	start := time.Now()
	key := m.Headers().Get(jetstream.MsgIDHeader)
	tries := 1
	if md, err := m.Metadata(); err == nil {
		tries = int(md.NumDelivered)
	}
	d, body, err := w.load(ctx, m)
	switch {
	case ctx.Err() != nil:
		return
	case err != nil:
		w.dead(ctx, m, key, body, err, tries)
		return
	case tries > w.q.cfg.MaxTries:
		w.dead(ctx, m, key, body, fmt.Errorf("handed out %d times without an outcome", tries-1), tries-1)
		return
	}
	err = run(ctx, w.stage, d)
	if ctx.Err() != nil {
		return
	}
	w.met.Add("dyad_worker_busy_seconds_total", "seconds spent coding", time.Since(start).Seconds())
	if err != nil {
		w.failed(ctx, m, key, body, err, tries)
		return
	}
	w.done(ctx, m, key, d)
}

// load reads the document a message carries; body is nil when it could
// not be fetched.
func (w *worker) load(ctx context.Context, m jetstream.Msg) (*dyad.Document, []byte, error) {
	body, err := w.q.body(ctx, m)
	if err != nil {
		return nil, nil, err
	}
	d, err := decode(body)
	return d, body, err
}

// run runs stage on d unless reading it already failed, turning a panic
// into an error.
func run(ctx context.Context, stage dyad.Stage, d *dyad.Document) (err error) {
	if d.Failed() {
		return nil
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("stage panicked: %v", r)
		}
	}()
	return stage.Process(ctx, d)
}

// keepAlive tells JetStream the message is still being worked on every
// period, until the returned func is called.
func keepAlive(m jetstream.Msg, period time.Duration) func() {
	done := make(chan struct{})
	go func() {
		t := time.NewTicker(max(period, 10*time.Millisecond))
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				_ = m.InProgress()
			}
		}
	}()
	return func() { close(done) }
}

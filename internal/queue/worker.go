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
	it       jetstream.MessagesContext
	log      *slog.Logger
	met      *Metrics
	until    func() bool
	inFlight atomic.Int64
}

// Work pulls documents, runs stage on each, publishes the coded document
// to the results stream and only then acknowledges. It returns when ctx is
// done; documents it was coding are not acknowledged and come back to
// another worker after AckWait.
//
// Three steps overlap so the network never idles the pipeline: one
// goroutine fetches the next document while Slots goroutines code, and
// finishers publish and acknowledge what was coded. At most one fetched
// document waits, and at most Slots coded ones, so this worker holds no
// more than 2*Slots+1 documents unacknowledged.
func (q *Queue) Work(ctx context.Context, stage dyad.Stage, wc WorkerConfig) error {
	cons, err := q.js.Consumer(ctx, q.n.work, q.n.workers)
	if err != nil {
		return fmt.Errorf("queue: worker: %w", err)
	}
	// One standing subscription, instead of a subscription and a pull
	// request per document; it holds no more than the one message asked for.
	it, err := cons.Messages(jetstream.PullMaxMessages(1))
	if err != nil {
		return fmt.Errorf("queue: worker: %w", err)
	}
	w := &worker{q: q, stage: stage, it: it, log: wc.Log, met: wc.Metrics, until: wc.Until}
	if w.log == nil {
		w.log = slog.New(slog.DiscardHandler)
	}
	slots := max(wc.Slots, 1)
	msgs := make(chan jetstream.Msg)
	coded := make(chan finished, slots)
	var codes, finishers sync.WaitGroup
	for range slots {
		codes.Go(func() { w.code(ctx, msgs, coded) })
		finishers.Go(func() { w.finish(ctx, coded) })
	}
	w.pull(ctx, msgs)
	close(msgs)
	w.release()
	codes.Wait()
	close(coded)
	finishers.Wait()
	return nil
}

// finished is a coded document waiting to be published and acknowledged.
type finished struct {
	m    jetstream.Msg
	key  string
	d    *dyad.Document
	stop func() // ends the message's keep-alive
}

// pull fetches the next document while the coders work and hands it to
// the first that is free, until ctx is done. The iterator asks the server
// for a message only when Next is called, so the one held here is what
// keeps a coder from waiting a round trip for its next document.
func (w *worker) pull(ctx context.Context, msgs chan<- jetstream.Msg) {
	for {
		m, ok := w.next(ctx)
		if !ok {
			return
		}
		w.gauge(1)
		select {
		case msgs <- m:
		case <-ctx.Done():
			_ = m.Nak() // never started: let another worker have it now
			w.gauge(-1)
			return
		}
	}
}

// next waits for a document, asking Until after each idle second; ok is
// false when the worker should stop.
func (w *worker) next(ctx context.Context) (jetstream.Msg, bool) {
	for ctx.Err() == nil {
		m, err := next(ctx, w.it)
		switch {
		case err == nil:
			return m, true
		case errors.Is(err, jetstream.ErrMsgIteratorClosed), ctx.Err() != nil:
			return nil, false
		case errors.Is(err, context.DeadlineExceeded):
			if w.until != nil && w.until() {
				return nil, false
			}
		default:
			w.log.Warn("pull failed", "err", err)
			sleep(ctx, time.Second)
		}
	}
	return nil, false
}

// release stops fetching and gives back a document fetched but never
// started, so another worker has it now rather than after AckWait.
func (w *worker) release() {
	w.it.Drain()
	for {
		m, err := w.it.Next(jetstream.NextMaxWait(100 * time.Millisecond))
		if err != nil {
			return
		}
		_ = m.Nak()
	}
}

// gauge moves the in-flight count by delta.
func (w *worker) gauge(delta int64) {
	n := w.inFlight.Add(delta)
	w.met.Set("dyad_worker_in_flight", "documents held unacknowledged", float64(n))
}

// code runs the stage on each document; the coded ones go to finish.
func (w *worker) code(ctx context.Context, msgs <-chan jetstream.Msg, coded chan<- finished) {
	for m := range msgs {
		if f, ok := w.handle(ctx, m); ok {
			coded <- f
		} else {
			w.gauge(-1)
		}
	}
}

// finish publishes and acknowledges coded documents.
func (w *worker) finish(ctx context.Context, coded <-chan finished) {
	for f := range coded {
		if ctx.Err() == nil {
			w.done(ctx, f.m, f.key, f.d)
		}
		f.stop()
		w.gauge(-1)
	}
}

func sleep(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
	case <-ctx.Done():
	}
}

// handle codes one message, or takes it to another outcome: a retry or a
// burial. It says nothing when ctx ends first, which is what a crash looks
// like. ok means f is ready to publish, its keep-alive still running.
func (w *worker) handle(ctx context.Context, m jetstream.Msg) (f finished, ok bool) {
	stop := keepAlive(m, w.q.cfg.AckWait/3)
	defer func() {
		if !ok {
			stop()
		}
	}()
	start := time.Now()
	key := m.Headers().Get(jetstream.MsgIDHeader)
	tries := 1
	if md, err := m.Metadata(); err == nil {
		tries = int(md.NumDelivered)
	}
	d, body, err := w.load(ctx, m)
	switch {
	case ctx.Err() != nil:
		return f, false
	case err != nil:
		w.failed(ctx, m, key, body, err, tries)
		return f, false
	case tries > w.q.cfg.MaxTries:
		w.dead(ctx, m, key, body, fmt.Errorf("handed out %d times without an outcome", tries-1), tries-1)
		return f, false
	}
	err = run(ctx, w.stage, d)
	if ctx.Err() != nil {
		return f, false
	}
	w.met.Add("dyad_worker_busy_seconds_total", "seconds spent coding", time.Since(start).Seconds())
	if err != nil {
		w.failed(ctx, m, key, body, err, tries)
		return f, false
	}
	return finished{m: m, key: key, d: d, stop: stop}, true
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

package queue

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// Status is a snapshot of the queue.
type Status struct {
	Pending  uint64  // submitted, not yet handed to a worker
	InFlight int     // handed to a worker, not yet acknowledged
	Retried  int     // of those, handed out more than once
	Done     uint64  // coded documents in the results stream
	Unstored uint64  // coded, not yet acknowledged by the sink
	Failed   uint64  // documents in the dead-letter stream
	Rate     float64 // coded documents per second, over the results stream's life
}

// Status reads the queue's counters from the server.
func (q *Queue) Status(ctx context.Context) (Status, error) {
	var s Status
	work, err := q.js.Consumer(ctx, q.n.work, q.n.workers)
	if err != nil {
		return s, fmt.Errorf("queue: status: %w", err)
	}
	wi, err := work.Info(ctx)
	if err != nil {
		return s, fmt.Errorf("queue: status: %w", err)
	}
	s.Pending, s.InFlight, s.Retried = wi.NumPending, wi.NumAckPending, wi.NumRedelivered
	res, err := q.streamState(ctx, q.n.results)
	if err != nil {
		return s, err
	}
	s.Done = res.Msgs
	if span := res.LastTime.Sub(res.FirstTime).Seconds(); span > 0 {
		s.Rate = float64(res.Msgs-1) / span
	}
	sink, err := q.js.Consumer(ctx, q.n.results, q.n.sink)
	if err != nil {
		return s, fmt.Errorf("queue: status: %w", err)
	}
	si, err := sink.Info(ctx)
	if err != nil {
		return s, fmt.Errorf("queue: status: %w", err)
	}
	s.Unstored = si.NumPending + uint64(si.NumAckPending)
	dead, err := q.streamState(ctx, q.n.dead)
	s.Failed = dead.Msgs
	return s, err
}

func (q *Queue) streamState(ctx context.Context, name string) (jetstream.StreamState, error) {
	st, err := q.js.Stream(ctx, name)
	if err != nil {
		return jetstream.StreamState{}, fmt.Errorf("queue: stream %s: %w", name, err)
	}
	info, err := st.Info(ctx)
	if err != nil {
		return jetstream.StreamState{}, fmt.Errorf("queue: stream %s: %w", name, err)
	}
	return info.State, nil
}

// Dead is one document in the dead-letter stream.
type Dead struct {
	Key   string
	Error string
	Tries int
	Time  time.Time
}

// DeadLetters lists up to limit documents in the dead-letter stream, oldest
// first.
func (q *Queue) DeadLetters(ctx context.Context, limit int) ([]Dead, error) {
	st, err := q.js.Stream(ctx, q.n.dead)
	if err != nil {
		return nil, fmt.Errorf("queue: dead letters: %w", err)
	}
	var out []Dead
	for seq := uint64(1); len(out) < limit; seq++ {
		m, err := st.GetMsg(ctx, seq, jetstream.WithGetMsgSubject(q.n.deadSubj))
		if errors.Is(err, jetstream.ErrMsgNotFound) {
			break
		}
		if err != nil {
			return out, fmt.Errorf("queue: dead letters: %w", err)
		}
		tries, _ := strconv.Atoi(m.Header.Get(HeaderTries))
		out = append(out, Dead{Key: m.Header.Get(jetstream.MsgIDHeader), Error: m.Header.Get(HeaderError), Tries: tries, Time: m.Time})
		seq = m.Sequence
	}
	return out, nil
}

// Idle reports whether no document waits for a worker or is being coded;
// with sink set, also whether every result has been stored. An error
// counts as not idle.
func (q *Queue) Idle(ctx context.Context, sink bool) bool {
	s, err := q.Status(ctx)
	if err != nil {
		return false
	}
	return s.Pending == 0 && s.InFlight == 0 && (!sink || s.Unstored == 0)
}

// Done is how many coded documents the results stream holds: one request,
// cheap enough to poll.
func (q *Queue) Done(ctx context.Context) (uint64, error) {
	st, err := q.streamState(ctx, q.n.results)
	return st.Msgs, err
}

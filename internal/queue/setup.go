package queue

import (
	"context"
	"fmt"

	"github.com/nats-io/nats.go/jetstream"
)

// setup creates what the queue needs; it is safe to run from every process
// at once, since each create is an idempotent create-or-update.
func (q *Queue) setup(ctx context.Context) error {
	for _, sc := range q.streams() {
		if _, err := q.js.CreateOrUpdateStream(ctx, sc); err != nil {
			return fmt.Errorf("queue: stream %s: %w", sc.Name, err)
		}
	}
	for _, cc := range q.consumers() {
		if _, err := q.js.CreateOrUpdateConsumer(ctx, cc.stream, cc.cfg); err != nil {
			return fmt.Errorf("queue: consumer %s: %w", cc.cfg.Durable, err)
		}
	}
	obj, err := q.js.CreateOrUpdateObjectStore(ctx, jetstream.ObjectStoreConfig{
		Bucket: q.n.objects, Replicas: q.cfg.Replicas, Storage: jetstream.FileStorage,
	})
	if err != nil {
		return fmt.Errorf("queue: object store: %w", err)
	}
	q.obj = obj
	return nil
}

func (q *Queue) streams() []jetstream.StreamConfig {
	return []jetstream.StreamConfig{{
		// Work is a work queue: a document leaves it once a worker acks.
		Name: q.n.work, Subjects: []string{q.n.workSubj},
		Retention: jetstream.WorkQueuePolicy, Duplicates: q.cfg.Dedup,
		Replicas: q.cfg.Replicas, Storage: jetstream.FileStorage,
	}, {
		// Results keeps coded documents after the sink has read them, so
		// a second sink (or a rebuilt store) can replay them for a while.
		// Coded JSON is large (tokens, trees) and repetitive: S2 shrinks it.
		Name: q.n.results, Subjects: []string{q.n.resultsSubj},
		Retention: jetstream.LimitsPolicy, Duplicates: q.cfg.Dedup,
		MaxAge: q.cfg.KeepResults, Compression: jetstream.S2Compression,
		Replicas: q.cfg.Replicas, Storage: jetstream.FileStorage,
	}, {
		// Dead holds documents that failed MaxTries times, with the error.
		Name: q.n.dead, Subjects: []string{q.n.deadSubj},
		Retention: jetstream.LimitsPolicy, Duplicates: q.cfg.Dedup,
		Replicas: q.cfg.Replicas, Storage: jetstream.FileStorage,
	}}
}

type consumerSpec struct {
	stream string
	cfg    jetstream.ConsumerConfig
}

func (q *Queue) consumers() []consumerSpec {
	return []consumerSpec{{q.n.work, jetstream.ConsumerConfig{
		Durable: q.n.workers, AckPolicy: jetstream.AckExplicitPolicy,
		AckWait: q.cfg.AckWait, MaxAckPending: q.cfg.MaxAckPending,
		// Unlimited: the worker counts tries itself, so a document whose
		// last try killed its worker still reaches the dead-letter stream.
		MaxDeliver: -1,
	}}, {q.n.results, jetstream.ConsumerConfig{
		Durable: q.n.sink, AckPolicy: jetstream.AckExplicitPolicy,
		AckWait: q.cfg.AckWait, MaxAckPending: q.cfg.MaxAckPending, MaxDeliver: -1,
	}}}
}

package queue

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"

	"github.com/nats-io/nats.go/jetstream"
)

// Seen remembers which items a feed watcher has submitted, beyond the work
// stream's dedup window and across restarts and several watchers.
type Seen struct{ kv jetstream.KeyValue }

// Seen opens (creating if need be) the bucket of submitted keys.
func (q *Queue) Seen(ctx context.Context) (*Seen, error) {
	kv, err := q.js.CreateOrUpdateKeyValue(ctx, jetstream.KeyValueConfig{
		Bucket: q.n.seen, Replicas: q.cfg.Replicas, Storage: jetstream.FileStorage,
	})
	if err != nil {
		return nil, fmt.Errorf("queue: seen: %w", err)
	}
	return &Seen{kv: kv}, nil
}

// First records key and reports whether it was new. Keys are hashed since
// URLs may hold characters a bucket key may not.
func (s *Seen) First(ctx context.Context, key string) (bool, error) {
	sum := sha256.Sum256([]byte(key))
	_, err := s.kv.Create(ctx, hex.EncodeToString(sum[:16]), nil)
	if errors.Is(err, jetstream.ErrKeyExists) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("queue: seen: %w", err)
	}
	return true, nil
}

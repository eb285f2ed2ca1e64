package queue

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// Config names the queue's streams and sets its limits. The zero value of
// any field takes the default documented beside it.
type Config struct {
	// Prefix starts every stream, subject and bucket name, so several
	// queues can share one server. Default "dyad".
	Prefix string
	// Replicas is how many servers keep each stream (1 or 3). Default 1.
	Replicas int
	// MaxTries is how often a document may fail (or be handed out without
	// an outcome) before it goes to the dead-letter stream. Default 3.
	MaxTries int
	// AckWait is how long a worker may stay silent about a document before
	// JetStream hands it to another worker. Workers signal progress every
	// AckWait/3, so a slow document is not redelivered. Default 30s.
	AckWait time.Duration
	// MaxAckPending bounds the documents handed out and not yet acked,
	// over all workers. Default 1000.
	MaxAckPending int
	// MaxMsgBytes is the largest document sent inline; bigger ones travel
	// through the object store. Default 512 KiB (NATS's default payload
	// limit is 1 MiB).
	MaxMsgBytes int
	// MaxDocBytes is the largest document accepted at all; bigger ones go
	// straight to the dead-letter stream. Default 64 MiB.
	MaxDocBytes int
	// KeepResults is how long coded documents stay in the results stream
	// after they arrive, for replay into a second sink. Default 72h.
	KeepResults time.Duration
	// Dedup is how long a message id is remembered by the work and results
	// streams, so a resubmitted document is dropped. Default 1h.
	Dedup time.Duration
}

func (c Config) withDefaults() Config {
	c.Prefix = cmpOr(c.Prefix, "dyad")
	c.Replicas = max(c.Replicas, 1)
	c.MaxTries = cmpOr(c.MaxTries, 3)
	c.AckWait = cmpOr(c.AckWait, 30*time.Second)
	c.MaxAckPending = cmpOr(c.MaxAckPending, 1000)
	c.MaxMsgBytes = cmpOr(c.MaxMsgBytes, 512<<10)
	c.MaxDocBytes = cmpOr(c.MaxDocBytes, 64<<20)
	c.Dedup = cmpOr(c.Dedup, time.Hour)
	c.KeepResults = cmpOr(c.KeepResults, 72*time.Hour)
	return c
}

func cmpOr[T comparable](v, def T) T {
	var zero T
	if v == zero {
		return def
	}
	return v
}

// names are the JetStream objects one queue uses.
type names struct {
	work, results, dead   string // streams
	workSubj, resultsSubj string
	deadSubj              string
	workers, sink         string // durable consumers
	objects, seen         string // object store and key-value buckets
}

func (c Config) names() names {
	p := c.Prefix
	up := strings.ToUpper(p)
	return names{
		work: up + "_WORK", results: up + "_RESULTS", dead: up + "_DEAD",
		workSubj: p + ".work", resultsSubj: p + ".results", deadSubj: p + ".dead",
		workers: "workers", sink: "sink",
		objects: p + "-docs", seen: p + "-seen",
	}
}

// Queue is a connection to the streams of one queue.
type Queue struct {
	cfg Config
	n   names
	nc  *nats.Conn
	js  jetstream.JetStream
	obj jetstream.ObjectStore
	srv *server.Server // non-nil for an embedded server
}

// EmbeddedPrefix marks a URL that starts an in-process server storing under
// the directory that follows it.
const EmbeddedPrefix = "embedded:"

// Open connects to url (a NATS URL, or embedded:DIR) and creates any
// stream, consumer or bucket the queue lacks.
func Open(ctx context.Context, url string, cfg Config) (*Queue, error) {
	q := &Queue{cfg: cfg.withDefaults()}
	q.n = q.cfg.names()
	if err := q.connect(url); err != nil {
		return nil, err
	}
	if err := q.setup(ctx); err != nil {
		q.Close()
		return nil, err
	}
	return q, nil
}

func (q *Queue) connect(url string) error {
	var opts []nats.Option
	opts = append(opts, nats.Name("dyad"), nats.MaxReconnects(-1))
	if dir, ok := strings.CutPrefix(url, EmbeddedPrefix); ok {
		srv, err := StartServer(ServerConfig{StoreDir: dir, Listen: "127.0.0.1:0"})
		if err != nil {
			return err
		}
		q.srv = srv
		url = srv.ClientURL()
	}
	nc, err := nats.Connect(url, opts...)
	if err != nil {
		q.Close()
		return fmt.Errorf("queue: connect %s: %w", url, err)
	}
	q.nc = nc
	js, err := jetstream.New(nc)
	if err != nil {
		q.Close()
		return fmt.Errorf("queue: %w", err)
	}
	q.js = js
	return nil
}

// ClientURL is where other processes reach an embedded server; empty when
// the queue is not embedded.
func (q *Queue) ClientURL() string {
	if q.srv == nil {
		return ""
	}
	return q.srv.ClientURL()
}

// Close drains the connection and stops an embedded server.
func (q *Queue) Close() error {
	var err error
	if q.nc != nil {
		err = q.nc.Drain()
		for q.nc.IsDraining() {
			time.Sleep(10 * time.Millisecond)
		}
	}
	if q.srv != nil {
		q.srv.Shutdown()
		q.srv.WaitForShutdown()
	}
	if err != nil && !errors.Is(err, nats.ErrConnectionClosed) {
		return fmt.Errorf("queue: close: %w", err)
	}
	return nil
}

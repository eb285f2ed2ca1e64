package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/dyad-events/dyad/internal/queue"
)

// queueFlags are the flags every queue command shares.
type queueFlags struct {
	url string
	cfg queue.Config
}

func (f *queueFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.url, "nats", "nats://127.0.0.1:4222", "NATS server URL, or embedded:DIR for an in-process server storing under DIR")
	fs.StringVar(&f.cfg.Prefix, "prefix", "dyad", "prefix of the queue's stream and bucket names")
	fs.IntVar(&f.cfg.Replicas, "replicas", 1, "servers keeping each stream (3 on a 3-node cluster)")
	fs.IntVar(&f.cfg.MaxTries, "max-tries", 3, "failures before a document goes to the dead-letter stream")
	fs.DurationVar(&f.cfg.AckWait, "ack-wait", 30*time.Second, "silence after which a document goes to another worker")
	fs.IntVar(&f.cfg.MaxAckPending, "max-ack-pending", 1000, "documents handed out and not yet acknowledged, over all workers")
	fs.IntVar(&f.cfg.MaxMsgBytes, "max-msg-bytes", 512<<10, "largest document sent inline; bigger ones go through the object store")
	fs.DurationVar(&f.cfg.KeepResults, "keep-results", 72*time.Hour, "how long coded documents stay in the results stream for replay")
	fs.IntVar(&f.cfg.MaxDocBytes, "max-doc-bytes", 64<<20, "largest document accepted; bigger ones are dead-lettered")
}

func (f *queueFlags) open(ctx context.Context) (*queue.Queue, error) {
	return queue.Open(ctx, f.url, f.cfg)
}

// queueCommands are the subcommands of `dyad queue`.
func queueCommands() []command {
	return []command{
		{"submit", "publish documents to the work queue", cmdQueueSubmit},
		{"status", "show pending, in-flight, done and failed documents", cmdQueueStatus},
		{"dead", "list dead-lettered documents and their errors", cmdQueueDead},
		{"server", "run a JetStream server for the queue", cmdQueueServer},
	}
}

func cmdQueue(ctx context.Context, m *Main, args []string) error {
	if len(args) > 0 {
		for _, c := range queueCommands() {
			if c.name == args[0] {
				return c.run(ctx, m, args[1:])
			}
		}
	}
	var b strings.Builder
	b.WriteString("Usage: dyad queue COMMAND [flags]\n\nCommands:\n")
	for _, c := range queueCommands() {
		fmt.Fprintf(&b, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprint(m.Stderr, b.String())
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		return flag.ErrHelp
	}
	return fmt.Errorf("%w: unknown queue command %q", errUsage, args[0])
}

func (m *Main) logger() *slog.Logger {
	return slog.New(slog.NewTextHandler(m.Stderr, nil))
}

// serveMetrics serves met at addr/metrics until ctx is done; an empty addr
// serves nothing.
func serveMetrics(ctx context.Context, addr string, met *queue.Metrics, log *slog.Logger) {
	if addr == "" {
		return
	}
	mux := http.NewServeMux()
	mux.Handle("/metrics", met)
	srv := &http.Server{Addr: addr, Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go func() {
		<-ctx.Done()
		_ = srv.Close()
	}()
	go func() {
		if err := srv.ListenAndServe(); err != nil && err != http.ErrServerClosed {
			log.Error("metrics server", "addr", addr, "err", err)
		}
	}()
}

// untilFunc is the stop test of a worker or sink run with --until-idle.
func untilFunc(ctx context.Context, q *queue.Queue, on, sink bool) func() bool {
	if !on {
		return nil
	}
	return func() bool { return q.Idle(ctx, sink) }
}

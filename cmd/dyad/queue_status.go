package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/dyad-events/dyad/internal/queue"
)

func cmdQueueStatus(ctx context.Context, m *Main, args []string) error {
	var qf queueFlags
	fs := m.flagSet("queue status", "queue status [flags]")
	qf.register(fs)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	q, err := qf.open(ctx)
	if err != nil {
		return err
	}
	defer q.Close()
	s, err := q.Status(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "pending   %d\nin flight %d (redelivered %d)\ndone      %d (not yet stored %d)\nfailed    %d\nrate      %.1f docs/s\n",
		s.Pending, s.InFlight, s.Retried, s.Done, s.Unstored, s.Failed, s.Rate)
	return nil
}

func cmdQueueDead(ctx context.Context, m *Main, args []string) error {
	var qf queueFlags
	fs := m.flagSet("queue dead", "queue dead [flags]")
	qf.register(fs)
	limit := fs.Int("limit", 100, "most documents listed")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	q, err := qf.open(ctx)
	if err != nil {
		return err
	}
	defer q.Close()
	dead, err := q.DeadLetters(ctx, *limit)
	for _, d := range dead {
		fmt.Fprintf(m.Stdout, "%s\t%s\ttries=%d\t%s\n", d.Time.UTC().Format("2006-01-02T15:04:05Z"), d.Key, d.Tries, d.Error)
	}
	return err
}

func cmdQueueServer(ctx context.Context, m *Main, args []string) error {
	var cfg queue.ServerConfig
	fs := m.flagSet("queue server", "queue server --store DIR [--listen HOST:PORT] [--cluster NAME --cluster-listen HOST:PORT --routes URL,...]")
	fs.StringVar(&cfg.StoreDir, "store", "", "directory holding the streams (required)")
	fs.StringVar(&cfg.Listen, "listen", "127.0.0.1:4222", "client address")
	fs.StringVar(&cfg.Name, "name", "", "server name, unique within a cluster")
	fs.StringVar(&cfg.Cluster, "cluster", "", "cluster name; empty runs a single server")
	fs.StringVar(&cfg.ClusterListen, "cluster-listen", "0.0.0.0:6222", "address other cluster members connect to")
	routes := fs.String("routes", "", "comma-separated nats-route://HOST:PORT of the other members")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if cfg.StoreDir == "" {
		return fmt.Errorf("%w: --store is required", errUsage)
	}
	if *routes != "" {
		cfg.Routes = splitList(*routes)
	}
	ns, err := queue.StartServer(cfg)
	if err != nil {
		return err
	}
	m.logger().Info("queue server running", "url", ns.ClientURL(), "store", cfg.StoreDir, "cluster", cfg.Cluster)
	<-ctx.Done() // main cancels ctx on SIGINT and SIGTERM
	ns.Shutdown()
	ns.WaitForShutdown()
	return nil
}

func splitList(s string) []string {
	var out []string
	for p := range strings.SplitSeq(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

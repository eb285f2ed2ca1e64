package main

import (
	"context"
	"runtime"

	"github.com/dyad-events/dyad/internal/queue"
)

func cmdWorker(ctx context.Context, m *Main, args []string) error {
	var qf queueFlags
	fs := m.flagSet("worker", "worker [flags]\n\nPulls documents from the work queue, codes them and publishes the results.")
	var df dictFlags
	df.register(fs)
	qf.register(fs)
	slots := fs.Int("slots", runtime.GOMAXPROCS(0), "documents coded at once (this worker's in-flight bound)")
	untilIdle := fs.Bool("until-idle", false, "exit once the queue is empty (batch runs)")
	metricsAddr := fs.String("metrics-addr", "", "serve Prometheus metrics at http://ADDR/metrics")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	chain, err := df.pipeline(Config{Workers: *slots})
	if err != nil {
		return err
	}
	q, err := qf.open(ctx)
	if err != nil {
		return err
	}
	defer q.Close()
	log := m.logger()
	met := queue.NewMetrics()
	serveMetrics(ctx, *metricsAddr, met, log)
	log.Info("worker started", "nats", qf.url, "slots", *slots)
	return q.Work(ctx, chain, queue.WorkerConfig{Slots: *slots, Log: log, Metrics: met, Until: untilFunc(ctx, q, *untilIdle, false)})
}

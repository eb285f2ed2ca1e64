package queue

import (
	"context"
	"fmt"
	"net"
	"path/filepath"
	"testing"
	"time"

	"github.com/dyad-events/dyad"
	"github.com/nats-io/nats-server/v2/server"
)

// freePorts finds n ports nothing listens on now.
func freePorts(t *testing.T, n int) []int {
	var ports []int
	for range n {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		ports = append(ports, l.Addr().(*net.TCPAddr).Port)
		defer l.Close()
	}
	return ports
}

// startCluster runs three routed servers in this process.
func startCluster(t *testing.T) []*server.Server {
	ports := freePorts(t, 3)
	var srvs []*server.Server
	for i := range 3 {
		var routes []string
		for j, p := range ports {
			if j != i {
				routes = append(routes, fmt.Sprintf("nats-route://127.0.0.1:%d", p))
			}
		}
		s, err := StartServer(ServerConfig{
			StoreDir: filepath.Join(t.TempDir(), fmt.Sprint(i)), Listen: "127.0.0.1:0",
			Name: fmt.Sprintf("n%d", i), Cluster: "test",
			ClusterListen: fmt.Sprintf("127.0.0.1:%d", ports[i]), Routes: routes,
		})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(s.Shutdown)
		srvs = append(srvs, s)
	}
	return srvs
}

// openWhenReady retries Open while the cluster elects its leaders.
func openWhenReady(t *testing.T, url string, cfg Config) *Queue {
	deadline := time.Now().Add(30 * time.Second)
	for {
		q, err := Open(context.Background(), url, cfg)
		if err == nil {
			t.Cleanup(func() { q.Close() })
			return q
		}
		if time.Now().After(deadline) {
			t.Fatalf("cluster not ready: %v", err)
		}
		time.Sleep(250 * time.Millisecond)
	}
}

// submitWhenReady retries Submit while a new cluster still elects the
// leaders of its streams (on a loaded machine that outlasts Open).
func submitWhenReady(t *testing.T, q *Queue, d *dyad.Document) {
	deadline := time.Now().Add(30 * time.Second)
	for {
		_, err := q.Submit(context.Background(), d)
		if err == nil {
			return
		}
		if time.Now().After(deadline) {
			t.Fatal(err)
		}
		time.Sleep(250 * time.Millisecond)
	}
}

func TestThreeNodeClusterSurvivesANode(t *testing.T) {
	if testing.Short() {
		t.Skip("starts three servers")
	}
	srvs := startCluster(t)
	cfg := testConfig()
	cfg.Replicas = 3
	all := srvs[0].ClientURL() + "," + srvs[1].ClientURL() + "," + srvs[2].ClientURL()
	q := openWhenReady(t, all, cfg)
	docs := corpus(30)
	for _, d := range docs {
		submitWhenReady(t, q, d)
	}
	srvs[2].Shutdown() // one machine lost: two of three replicas remain
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	w := openWhenReady(t, srvs[1].ClientURL(), cfg)
	go func() { _ = w.Work(ctx, lineCoder{}, WorkerConfig{Slots: 2}) }()
	sink := newMemSink()
	go func() { _ = q.Drain(ctx, sink, SinkConfig{}) }()
	waitFor(t, "every document stored", func() bool { return sink.len() == len(docs) })
}

package queue

import (
	"fmt"
	"net"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/nats-io/nats-server/v2/server"
)

// ServerConfig describes a JetStream server run from the dyad binary.
type ServerConfig struct {
	// StoreDir holds the streams on disk.
	StoreDir string
	// Listen is the client address, host:port; port 0 or -1 picks a free one.
	Listen string
	// Name names this server in a cluster; empty means one is generated.
	Name string
	// Cluster is the cluster name; empty runs a single server.
	Cluster string
	// ClusterListen is the host:port other cluster members connect to.
	ClusterListen string
	// Routes are the nats-route://host:port URLs of the other members.
	Routes []string
	// MaxPayload is the largest message accepted; zero means 1 MiB.
	MaxPayload int32
}

// StartServer starts a JetStream server and waits until it takes clients.
func StartServer(cfg ServerConfig) (*server.Server, error) {
	opts, err := cfg.options()
	if err != nil {
		return nil, err
	}
	ns, err := server.NewServer(opts)
	if err != nil {
		return nil, fmt.Errorf("queue: server: %w", err)
	}
	ns.Start()
	if !ns.ReadyForConnections(30 * time.Second) {
		ns.Shutdown()
		return nil, fmt.Errorf("queue: server did not start within 30s")
	}
	return ns, nil
}

func (cfg ServerConfig) options() (*server.Options, error) {
	host, port, err := hostPort(cfg.Listen, "127.0.0.1", -1)
	if err != nil {
		return nil, err
	}
	o := &server.Options{
		ServerName: cfg.Name,
		Host:       host,
		Port:       port,
		JetStream:  true,
		StoreDir:   cfg.StoreDir,
		MaxPayload: cfg.MaxPayload,
		NoSigs:     true,
	}
	if cfg.Cluster == "" {
		return o, nil
	}
	o.Cluster.Name = cfg.Cluster
	if o.Cluster.Host, o.Cluster.Port, err = hostPort(cfg.ClusterListen, "0.0.0.0", 6222); err != nil {
		return nil, err
	}
	for _, r := range cfg.Routes {
		u, err := url.Parse(strings.TrimSpace(r))
		if err != nil {
			return nil, fmt.Errorf("queue: route %q: %w", r, err)
		}
		o.Routes = append(o.Routes, u)
	}
	return o, nil
}

// hostPort splits addr, filling what it lacks from the defaults.
func hostPort(addr, host string, port int) (string, int, error) {
	if addr == "" {
		return host, port, nil
	}
	h, p, err := net.SplitHostPort(addr)
	if err != nil {
		return "", 0, fmt.Errorf("queue: address %q: %w", addr, err)
	}
	n, err := strconv.Atoi(p)
	if err != nil {
		return "", 0, fmt.Errorf("queue: port in %q: %w", addr, err)
	}
	if h == "" {
		h = host
	}
	if n == 0 {
		n = -1
	}
	return h, n, nil
}

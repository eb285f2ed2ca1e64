package queue

import "testing"

func TestHostPort(t *testing.T) {
	tests := []struct {
		addr     string
		wantHost string
		wantPort int
		wantErr  bool
	}{
		{"", "127.0.0.1", -1, false},
		{"0.0.0.0:4222", "0.0.0.0", 4222, false},
		{":4333", "127.0.0.1", 4333, false},
		{"127.0.0.1:0", "127.0.0.1", -1, false},
		{"nohost", "", 0, true},
		{"h:port", "", 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.addr, func(t *testing.T) {
			h, p, err := hostPort(tt.addr, "127.0.0.1", -1)
			if (err != nil) != tt.wantErr || h != tt.wantHost || p != tt.wantPort {
				t.Errorf("hostPort(%q) = %q, %d, %v; want %q, %d, error %v", tt.addr, h, p, err, tt.wantHost, tt.wantPort, tt.wantErr)
			}
		})
	}
}

func TestClusterOptions(t *testing.T) {
	o, err := ServerConfig{StoreDir: "/tmp/x", Cluster: "c", ClusterListen: "10.0.0.1:6222",
		Routes: []string{"nats-route://a:6222", " nats-route://b:6222"}}.options()
	if err != nil {
		t.Fatal(err)
	}
	if o.Cluster.Name != "c" || o.Cluster.Host != "10.0.0.1" || o.Cluster.Port != 6222 || len(o.Routes) != 2 || o.Routes[1].Host != "b:6222" {
		t.Errorf("cluster options = %+v, routes %v", o.Cluster, o.Routes)
	}
	if !o.JetStream || o.StoreDir != "/tmp/x" {
		t.Errorf("JetStream %v in %q", o.JetStream, o.StoreDir)
	}
}

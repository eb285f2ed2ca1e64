package queue

import (
	"fmt"
	"io"
	"math"
	"net/http"
	"sort"
	"sync"
	"sync/atomic"
)

// Metrics is a small set of counters and gauges written in the Prometheus
// text exposition format. It needs no client library: dyad exposes a
// handful of numbers, not histograms.
type Metrics struct {
	mu     sync.Mutex
	series map[string]*series
}

// series is one named number; value holds float64 bits so it can change
// without a lock.
type series struct {
	help, kind string
	value      atomic.Uint64
}

// NewMetrics returns an empty set.
func NewMetrics() *Metrics { return &Metrics{series: map[string]*series{}} }

// get returns the series called name (with any {labels}), creating it.
func (m *Metrics) get(name, kind, help string) *series {
	m.mu.Lock()
	defer m.mu.Unlock()
	s, ok := m.series[name]
	if !ok {
		s = &series{help: help, kind: kind}
		m.series[name] = s
	}
	return s
}

// Add adds v to the counter name.
func (m *Metrics) Add(name, help string, v float64) {
	if m == nil {
		return
	}
	s := m.get(name, "counter", help)
	for {
		old := s.value.Load()
		if s.value.CompareAndSwap(old, math.Float64bits(math.Float64frombits(old)+v)) {
			return
		}
	}
}

// Set sets the gauge name to v.
func (m *Metrics) Set(name, help string, v float64) {
	if m == nil {
		return
	}
	m.get(name, "gauge", help).value.Store(math.Float64bits(v))
}

// Value is the current value of the series name (with any {labels}); 0
// when it was never set.
func (m *Metrics) Value(name string) float64 {
	if m == nil {
		return 0
	}
	m.mu.Lock()
	s, ok := m.series[name]
	m.mu.Unlock()
	if !ok {
		return 0
	}
	return math.Float64frombits(s.value.Load())
}

// WriteTo writes every series, sorted by name, with one HELP and TYPE line
// per metric family.
func (m *Metrics) WriteTo(w io.Writer) (int64, error) {
	m.mu.Lock()
	keys := make([]string, 0, len(m.series))
	for k := range m.series {
		keys = append(keys, k)
	}
	m.mu.Unlock()
	sort.Strings(keys)
	var n int64
	last := ""
	for _, k := range keys {
		s := m.get(k, "", "")
		fam := family(k)
		if fam != last {
			c, err := fmt.Fprintf(w, "# HELP %s %s\n# TYPE %s %s\n", fam, s.help, fam, s.kind)
			if n += int64(c); err != nil {
				return n, err
			}
			last = fam
		}
		c, err := fmt.Fprintf(w, "%s %g\n", k, math.Float64frombits(s.value.Load()))
		if n += int64(c); err != nil {
			return n, err
		}
	}
	return n, nil
}

// family is a series name without its labels.
func family(name string) string {
	for i := range len(name) {
		if name[i] == '{' {
			return name[:i]
		}
	}
	return name
}

// ServeHTTP answers /metrics.
func (m *Metrics) ServeHTTP(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	_, _ = m.WriteTo(w)
}

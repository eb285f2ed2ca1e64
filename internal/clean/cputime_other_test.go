//go:build !unix

package clean

import "time"

// cpuTime is unknown here; benchmarks then skip the per-CPU metric.
func cpuTime() time.Duration { return 0 }

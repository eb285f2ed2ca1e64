//go:build unix

package htmleval

import (
	"syscall"
	"time"
)

// cpuTime returns the CPU time (user and system, all threads) this process
// has used. Unlike wall time it does not count time spent waiting for a
// core on a busy machine.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

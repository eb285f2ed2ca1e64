//go:build !unix

package htmleval

import "time"

// cpuTime is unknown on this system; speed is then reported by wall time
// only.
func cpuTime() time.Duration { return 0 }

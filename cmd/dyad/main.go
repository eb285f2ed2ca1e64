// Command dyad turns news into coded political event data. Run `dyad help`.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	m := NewMain()
	code := m.Run(ctx, os.Args[1:])
	stop()
	if err := m.Close(); err != nil && code == 0 {
		code = exitFailed
	}
	os.Exit(code)
}

package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

// Exit statuses shared by every command.
const (
	exitOK     = 0 // everything was read and processed
	exitFailed = 1 // some items failed; the rest were processed
	exitUsage  = 2 // bad flags or arguments
)

// errUsage marks an error as the user's: the command exits with status 2.
var errUsage = errors.New("usage")

// errSomeFailed is returned by a command that processed its batch but could
// not read every item; it exits with status 1 after its summary.
var errSomeFailed = errors.New("some items failed")

// Main is the program: its streams, its config, and what it must close. Tests
// build one with buffers and call Run.
type Main struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	// StderrIsTerminal turns on progress bars.
	StderrIsTerminal bool

	closers []io.Closer
}

// NewMain returns a Main wired to the process's standard streams.
func NewMain() *Main {
	return &Main{
		Stdin:            os.Stdin,
		Stdout:           os.Stdout,
		Stderr:           os.Stderr,
		StderrIsTerminal: isTerminal(os.Stderr),
	}
}

// command is one `dyad NAME` subcommand.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, m *Main, args []string) error
}

// Run runs the subcommand named by args[0] and returns the exit status.
func (m *Main) Run(ctx context.Context, args []string) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		m.usage(args)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	for _, c := range m.commands() {
		if c.name == args[0] {
			return m.exit(c.name, c.run(ctx, m, args[1:]))
		}
	}
	fmt.Fprintf(m.Stderr, "dyad: unknown command %q; run 'dyad help'\n", args[0])
	return exitUsage
}

// exit maps a command's error to an exit status, printing it.
func (m *Main) exit(name string, err error) int {
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, flag.ErrHelp):
		return exitOK
	case errors.Is(err, errSomeFailed):
		return exitFailed
	case errors.Is(err, errUsage):
		fmt.Fprintf(m.Stderr, "dyad %s: %v\n", name, err)
		return exitUsage
	}
	fmt.Fprintf(m.Stderr, "dyad %s: %v\n", name, err)
	return exitFailed
}

// Close releases what commands opened.
func (m *Main) Close() error {
	var errs []error
	for i := len(m.closers) - 1; i >= 0; i-- {
		errs = append(errs, m.closers[i].Close())
	}
	m.closers = nil
	return errors.Join(errs...)
}

func (m *Main) usage(args []string) {
	if len(args) > 1 {
		for _, c := range m.commands() {
			if c.name == args[1] {
				_ = c.run(context.Background(), m, []string{"-h"})
				return
			}
		}
	}
	var b strings.Builder
	b.WriteString("dyad turns news into coded political event data.\n\nUsage: dyad COMMAND [flags] [args]\n\nCommands:\n")
	for _, c := range m.commands() {
		fmt.Fprintf(&b, "  %-10s %s\n", c.name, c.summary)
	}
	b.WriteString("\nRun 'dyad help COMMAND' or 'dyad COMMAND -h' for a command's flags.\n")
	io.WriteString(m.Stderr, b.String())
}

// flagSet makes a FlagSet that writes to m.Stderr and returns errors.
func (m *Main) flagSet(name, usage string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(m.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(m.Stderr, "Usage: dyad %s\n\nFlags:\n", usage)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args into fs, wrapping errors as usage errors.
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	return nil
}

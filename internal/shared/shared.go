// Package shared locates the reference data in ../shared (treebanks, gold
// sets, the peers' suites) that evaluations read. The data is never part of
// dyad; a user's machine usually lacks it, so evaluations skip without it.
package shared

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// EnvVar overrides where the reference data lives.
const EnvVar = "DYAD_SHARED"

// ErrMissing means the reference data is not on this machine.
var ErrMissing = errors.New("shared: reference data not found (set DYAD_SHARED or place it at ../shared beside the repository)")

// Dir returns the directory holding the reference data: $DYAD_SHARED, or the
// "shared" directory beside the module root found from the working
// directory upwards.
func Dir() (string, error) {
	if d := os.Getenv(EnvVar); d != "" {
		return checkDir(d)
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("shared: %w", err)
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return checkDir(filepath.Join(filepath.Dir(d), "shared"))
		}
		if filepath.Dir(d) == d {
			return "", ErrMissing
		}
	}
}

func checkDir(d string) (string, error) {
	if info, err := os.Stat(d); err != nil || !info.IsDir() {
		return "", ErrMissing
	}
	return d, nil
}

// Path joins elem to the reference data directory.
func Path(elem ...string) (string, error) {
	d, err := Dir()
	if err != nil {
		return "", err
	}
	p := filepath.Join(append([]string{d}, elem...)...)
	if _, err := os.Stat(p); err != nil {
		return "", fmt.Errorf("%w: %s", ErrMissing, p)
	}
	return p, nil
}

// TestPath is Path for tests and benchmarks: it skips tb with a message when
// the data is absent.
func TestPath(tb testing.TB, elem ...string) string {
	tb.Helper()
	p, err := Path(elem...)
	if err != nil {
		tb.Skipf("skipping: %v", err)
	}
	return p
}

package verbs

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata golden files")

// TestGoldenSample loads testdata/sample.txt and compares every pattern,
// rendered with classes expanded, with testdata/sample.golden.
func TestGoldenSample(t *testing.T) {
	lx, err := Load(os.DirFS("testdata"), "sample.txt")
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, p := range lx.Patterns() {
		b.WriteString(p.Source + "\t" + p.String() + "\n")
	}
	golden := filepath.Join("testdata", "sample.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if got := b.String(); got != string(want) {
		t.Errorf("rendering differs from %s (run go test -update to accept):\n%s", golden, got)
	}
}

package clean

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

var update = flag.Bool("update", false, "rewrite testdata/golden from the current output")

// TestGolden cleans every example text and compares the blocks with
// testdata/golden/NAME.json; run with -update after a deliberate change.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "..", "examples", "text", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no example texts: %v", err)
	}
	c := New()
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			text, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			d := &dyad.Document{Text: string(text)}
			run(t, c, d)
			got, err := json.MarshalIndent(d.Blocks, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join("testdata", "golden", name+".json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("blocks differ from %s (run go test -update and review the diff):\n%s", golden, got)
			}
		})
	}
}

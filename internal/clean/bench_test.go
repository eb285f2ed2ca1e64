package clean

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dyad-events/dyad"
)

// BenchmarkProcess cleans the example texts, reporting MB/s.
func BenchmarkProcess(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "examples", "text", "*.txt"))
	var texts []string
	size := 0
	for _, p := range files {
		t, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(t))
		size += len(t)
	}
	benchTexts(b, texts, size)
}

// BenchmarkProcessLong cleans one long synthetic story of plain paragraphs
// with a few posts and a related list.
func BenchmarkProcessLong(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("Leaders meet for talks on border trade\nBy Ana Ruiz\nLIMA (dyad example) - ")
	for i := range 400 {
		sb.WriteString("The two ministers said on Tuesday that the crossing would reopen once inspectors had checked the lorries waiting on both sides, and that a joint commission would meet next month.\n")
		if i%50 == 0 {
			sb.WriteString("The crossing is open again. https://t.co/Ab12Cd\n— Border Agency (@BorderAgency) June 4, 2024\n")
		}
	}
	sb.WriteString("Read more\nFive things to know before you travel\nBest street food, ranked\n")
	benchTexts(b, []string{sb.String()}, sb.Len())
}

func benchTexts(b *testing.B, texts []string, size int) {
	c := New()
	ctx := context.Background()
	d := &dyad.Document{}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	n, cpu0 := 0, cpuTime()
	for b.Loop() {
		for _, t := range texts {
			d.Text, d.Blocks = t, d.Blocks[:0]
			if err := c.Process(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
		n++
	}
	reportCPU(b, int64(n)*int64(size), cpuTime()-cpu0)
}

// reportCPU reports MB per CPU second: unlike MB/s it does not fall when
// other processes share the cores.
func reportCPU(b *testing.B, bytes int64, cpu time.Duration) {
	if cpu > 0 {
		b.ReportMetric(float64(bytes)/1e6/cpu.Seconds(), "MB/cpu-s")
	}
}

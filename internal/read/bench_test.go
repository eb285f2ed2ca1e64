package read

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
)

// benchDir writes n article-sized text files and returns the directory and
// its total size.
func benchDir(b *testing.B, n int) (string, int64) {
	dir := b.TempDir()
	body := strings.Repeat(article, 20) // about 3 KB, a typical story
	for i := range n {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%04d.txt", i)), []byte(body), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	return dir, int64(n * len(body))
}

func BenchmarkReadTextDir(b *testing.B) {
	dir, size := benchDir(b, 200)
	r := New(Config{}, nil)
	b.SetBytes(size)
	for b.Loop() {
		if err := r.Read(context.Background(), dir, func(*dyad.Document) error { return nil }); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReadJSONL(b *testing.B) {
	line := `{"id":"x","title":"Talks","date":"2024-03-05","text":"` + strings.Repeat("Envoys met in Lima on Monday. ", 60) + `"}` + "\n"
	data := []byte(strings.Repeat(line, 500))
	p := filepath.Join(b.TempDir(), "x.jsonl")
	if err := os.WriteFile(p, data, 0o644); err != nil {
		b.Fatal(err)
	}
	r := New(Config{}, nil)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if err := r.Read(context.Background(), p, func(*dyad.Document) error { return nil }); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDetect(b *testing.B) {
	head := []byte(rssFeed)
	for b.Loop() {
		detect("feed", "", head)
	}
}

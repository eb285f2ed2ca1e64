package main

import (
	"context"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"

	"github.com/vbauerster/mpb/v8"
	"github.com/vbauerster/mpb/v8/decor"
)

// progress draws a bar on a terminal's stderr: bytes read, MB/s, ETA, and
// documents done. It does nothing when stderr is not a terminal or --quiet.
type progress struct {
	p    *mpb.Progress
	bar  *mpb.Bar
	docs atomic.Int64
}

func (m *Main) newProgress(ctx context.Context, inputs []string, quiet bool) *progress {
	if quiet || !m.StderrIsTerminal {
		return &progress{}
	}
	pr := &progress{p: mpb.NewWithContext(ctx, mpb.WithOutput(m.Stderr))}
	pr.bar = pr.p.AddBar(inputSize(inputs),
		mpb.PrependDecorators(decor.Any(func(decor.Statistics) string {
			return "docs " + strconv.FormatInt(pr.docs.Load(), 10)
		}, decor.WCSyncSpaceR)),
		mpb.AppendDecorators(
			decor.CountersKibiByte("% .1f / % .1f"),
			decor.AverageSpeed(decor.SizeB1024(0), "% .1f", decor.WCSyncSpace),
			decor.AverageETA(decor.ET_STYLE_GO, decor.WCSyncSpace),
		))
	return pr
}

func (pr *progress) addBytes(n int64) {
	if pr.bar != nil {
		pr.bar.IncrInt64(n)
	}
}

func (pr *progress) addDoc() { pr.docs.Add(1) }

func (pr *progress) wait() {
	if pr.p == nil {
		return
	}
	pr.bar.SetTotal(-1, true)
	pr.p.Wait()
}

// inputSize is the total size of the files named by inputs, for the ETA;
// URLs and stdin count as zero.
func inputSize(inputs []string) int64 {
	var total int64
	for _, in := range inputs {
		_ = filepath.WalkDir(in, func(p string, e fs.DirEntry, err error) error {
			if err == nil && p != in && strings.HasPrefix(e.Name(), ".") {
				if e.IsDir() {
					return filepath.SkipDir
				}
				return nil // the reader skips hidden files too
			}
			if err == nil && e.Type().IsRegular() {
				if info, err := e.Info(); err == nil {
					total += info.Size()
				}
			}
			return nil
		})
	}
	if total == 0 {
		total = 1
	}
	return total
}

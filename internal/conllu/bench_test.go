package conllu

import (
	"bytes"
	"io"
	"strings"
	"testing"
)

func BenchmarkRead(b *testing.B) {
	in := strings.Repeat(sample+"\n", 200)
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ReadAll(strings.NewReader(in)); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkWrite(b *testing.B) {
	ss, err := ReadAll(strings.NewReader(strings.Repeat(sample+"\n", 200)))
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	WriteAll(&buf, ss)
	b.SetBytes(int64(buf.Len()))
	b.ReportAllocs()
	for b.Loop() {
		if err := WriteAll(io.Discard, ss); err != nil {
			b.Fatal(err)
		}
	}
}

package actors

import (
	"testing"
	"testing/fstest"
)

// mustParse builds a lexicon from one data file's text.
func mustParse(t testing.TB, src string) *Lexicon {
	t.Helper()
	lx, err := LoadFS(fstest.MapFS{"d/t.txt": {Data: []byte(src)}}, "d")
	if err != nil {
		t.Fatal(err)
	}
	return lx
}

//go:build eval

package surface

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-events/dyad/internal/petrarch"
	"github.com/dyad-events/dyad/internal/shared"
)

// phoenix loads PETRARCH's Phoenix dictionaries from ../shared.
func phoenix(tb testing.TB) *petrarch.Dict {
	dir := shared.TestPath(tb, "peers", "petrarch2", "dictionaries")
	var d petrarch.Dict
	for _, f := range []string{"CAMEO.2.0.txt", "Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
		"Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt", "Phoenix.discards.txt"} {
		if err := d.LoadFile(filepath.Join(dir, f), ""); err != nil {
			tb.Fatal(err)
		}
	}
	return &d
}

// BenchmarkPhoenixNew builds the coder's indexes for the Phoenix set.
func BenchmarkPhoenixNew(b *testing.B) {
	d := phoenix(b)
	b.ReportAllocs()
	for b.Loop() {
		New(d)
	}
}

// BenchmarkPhoenixCode codes sentences (written for this benchmark) with
// the Phoenix set; ns/op is per sentence.
func BenchmarkPhoenixCode(b *testing.B) {
	c := New(phoenix(b))
	var sents [][]string
	for _, s := range []string{
		"The Russian foreign minister accused Ukraine of shelling Donetsk on Monday .",
		"French troops attacked rebels in northern Mali , officials said .",
		"Japan and South Korea agreed to resume talks on fishing rights next month .",
		"Protesters in Caracas demanded the resignation of the Venezuelan president .",
	} {
		sents = append(sents, strings.Fields(strings.ToUpper(s)))
	}
	i := 0
	for b.Loop() {
		c.Code(sents[i%len(sents)], 20150601)
		i++
	}
}

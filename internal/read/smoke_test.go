package read

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"testing"

	"github.com/dyad-events/dyad"
)

func TestSmoke(t *testing.T) {
	p := os.Getenv("SMOKE")
	if p == "" {
		t.Skip()
	}
	n := 0
	reasons := map[string]int{}
	err := New(Config{}, os.Stdin).Read(context.Background(), p, func(d *dyad.Document) error {
		n++
		for _, e := range d.Errors {
			reasons[e.Reason]++
		}
		if n <= 2 || len(d.Errors) > 0 && reasons[d.Errors[0].Reason] <= 2 {
			d.HTML = fmt.Sprintf("%.200s", d.HTML)
			b, _ := json.MarshalIndent(d, "", " ")
			fmt.Printf("%.1500s\n", b)
		}
		return nil
	})
	fmt.Println(n, reasons, err)
}

//go:build debug

package text

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestDebugSeed(t *testing.T) {
	data, _ := os.ReadFile(os.Getenv("SEED"))
	s := string(data)
	for _, sent := range Split(s, 0) {
		var f []string
		for _, tok := range sent {
			f = append(f, tok.Form)
		}
		fmt.Println(strings.Join(f, " "))
	}
}

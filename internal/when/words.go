package when

import (
	"bufio"
	_ "embed"
	"fmt"
	"strconv"
	"strings"
)

//go:embed data/words.txt
var builtinWords string

// Words is the vocabulary the scanner knows, by kind then word.
type Words struct {
	month, weekday, number map[string]int
	unit, season, part     map[string]string
	deictic, partOfDay     map[string]string
}

// DefaultWords parses the built-in vocabulary.
func DefaultWords() (*Words, error) { return ParseWords(builtinWords) }

// ParseWords reads a vocabulary in the format of data/words.txt.
func ParseWords(src string) (*Words, error) {
	w := &Words{
		month: map[string]int{}, weekday: map[string]int{}, number: map[string]int{},
		unit: map[string]string{}, season: map[string]string{}, part: map[string]string{},
		deictic: map[string]string{}, partOfDay: map[string]string{},
	}
	sc := bufio.NewScanner(strings.NewReader(src))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		if err := w.add(strings.Fields(line)); err != nil {
			return nil, fmt.Errorf("when: words line %d: %w", n, err)
		}
	}
	return w, nil
}

func (w *Words) add(f []string) error {
	if len(f) != 3 {
		return fmt.Errorf("want KIND WORD VALUE, got %d fields", len(f))
	}
	kind, word, val := f[0], strings.ToLower(f[1]), f[2]
	ints := map[string]map[string]int{"month": w.month, "weekday": w.weekday, "number": w.number}
	strs := map[string]map[string]string{"unit": w.unit, "season": w.season, "part": w.part,
		"deictic": w.deictic, "part-of-day": w.partOfDay}
	if m, ok := ints[kind]; ok {
		n, err := strconv.Atoi(val)
		if err != nil {
			return fmt.Errorf("%s %q: value %q is not a number", kind, word, val)
		}
		m[word] = n
		return nil
	}
	if m, ok := strs[kind]; ok {
		m[word] = val
		return nil
	}
	return fmt.Errorf("unknown kind %q", kind)
}

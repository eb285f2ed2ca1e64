package cameo

import (
	"bufio"
	"fmt"
	"io"
	"io/fs"
	"strings"
)

// row is one data line split on tabs, with where it came from.
type row struct {
	file   string
	line   int
	fields []string
}

// pos names a row's place for error messages.
func (r row) pos() string { return fmt.Sprintf("%s:%d", r.file, r.line) }

// readRows reads a tab-separated table, skipping blank and '#' lines, and
// requires exactly n fields per line so a stray tab is caught early.
func readRows(fsys fs.FS, name string, n int) ([]row, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, fmt.Errorf("cameo: %w", err)
	}
	defer f.Close()
	return scanRows(f, name, n)
}

func scanRows(r io.Reader, name string, n int) ([]row, error) {
	var rows []row
	sc := bufio.NewScanner(r)
	for ln := 1; sc.Scan(); ln++ {
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		fields := strings.Split(text, "\t")
		if len(fields) != n {
			return nil, fmt.Errorf("cameo: %s:%d: want %d tab-separated fields, got %d", name, ln, n, len(fields))
		}
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		rows = append(rows, row{file: name, line: ln, fields: fields})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("cameo: %s: %w", name, err)
	}
	return rows, nil
}

// dash turns the "-" placeholder into an empty string.
func dash(s string) string {
	if s == "-" {
		return ""
	}
	return s
}

package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLexiconLookup(t *testing.T) {
	out, errs, code := run(t, "", "lexicon", "lookup", "--date", "2022-06-01", "Donald Trump", "Joe Biden", "zzz")
	if code != exitOK {
		t.Fatalf("status %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	want := []string{"Donald Trump\tUSAELI\t", "Joe Biden\tUSAGOV\t", "zzz\t-\t"}
	if len(lines) != len(want) {
		t.Fatalf("got %d lines, want %d:\n%s", len(lines), len(want), out)
	}
	for i, w := range want {
		if !strings.HasPrefix(lines[i], w) || !strings.Contains(lines[i], "\t") {
			t.Errorf("line %d = %q, want prefix %q", i, lines[i], w)
		}
	}
	if !strings.Contains(lines[1], "people.txt:") || !strings.Contains(lines[1], "2021-01-20..2025-01-20") {
		t.Errorf("reason lacks file:line or role: %q", lines[1])
	}
}

func TestLexiconLookupJSON(t *testing.T) {
	out, errs, code := run(t, "", "lexicon", "lookup", "--json", "--date", "2025-05-03", "Mexican troops", "nobody")
	if code != exitOK {
		t.Fatalf("status %d: %s", code, errs)
	}
	dec := json.NewDecoder(strings.NewReader(out))
	var got []string
	for dec.More() {
		var v struct {
			Text string `json:"text"`
			Code string `json:"code"`
		}
		if err := dec.Decode(&v); err != nil {
			t.Fatal(err)
		}
		got = append(got, v.Text+"="+v.Code)
	}
	if strings.Join(got, ",") != "Mexican troops=MEXMIL,nobody=-" {
		t.Errorf("got %v", got)
	}
}

func TestLexiconLint(t *testing.T) {
	if _, errs, code := run(t, "", "lexicon", "lint"); code != exitOK {
		t.Fatalf("built-in lexicon: status %d: %s", code, errs)
	}
	bad := filepath.Join(t.TempDir(), "bad.txt")
	src := "@kind orgs\nQQQ: Bad Code Org\nUSAMED: Some Paper\nUSAMED: Some Paper\n"
	if err := os.WriteFile(bad, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, code := run(t, "", "lexicon", "lint", bad)
	if code != exitFailed {
		t.Errorf("status %d, want %d", code, exitFailed)
	}
	for _, w := range []string{"bad.txt:2: ", "bad actor code QQQ", "bad.txt:4: "} {
		if !strings.Contains(out, w) {
			t.Errorf("lint output lacks %q:\n%s", w, out)
		}
	}
}

func TestLexiconStats(t *testing.T) {
	out, errs, code := run(t, "", "lexicon", "stats")
	if code != exitOK {
		t.Fatalf("status %d: %s", code, errs)
	}
	for _, w := range []string{"entries\tpeople\t", "roles\t", "load\t", "heap\t"} {
		if !strings.Contains(out, w) {
			t.Errorf("stats lack %q:\n%s", w, out)
		}
	}
}

func TestLexiconUsage(t *testing.T) {
	if _, _, code := run(t, "", "lexicon"); code != exitUsage {
		t.Errorf("no subcommand: status %d, want %d", code, exitUsage)
	}
	if _, _, code := run(t, "", "lexicon", "lookup"); code != exitUsage {
		t.Errorf("no TEXT: status %d, want %d", code, exitUsage)
	}
}

//go:build eval

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-events/dyad/internal/shared"
)

// TestPeerDictsMerge merges the Phoenix agents and discards and a TABARI
// options file into the built-in lexicon and fails when fewer entries
// convert than were measured (1,940 agents with 2,902 names; 506 discards).
func TestPeerDictsMerge(t *testing.T) {
	dir := shared.TestPath(t, "peers", "petrarch2", "dictionaries")
	opts := shared.TestPath(t, "peers", "tabari", "Validate.options")
	out, stderr, code := run(t, "", "lexicon", "stats",
		"--agents", filepath.Join(dir, "Phoenix.agents.txt"), "--discards", filepath.Join(dir, "Phoenix.discards.txt"), "--options", opts)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var entries, names, discards, story int
	for _, l := range strings.Split(out, "\n") {
		// Each line matches at most one format; a failed scan sets nothing.
		fmt.Sscanf(l, "merged\tagents\t%d\tnames\t%d", &entries, &names)
		fmt.Sscanf(l, "merged\tdiscards\t%d\tsentence\t%d\tstory\t%d", &discards, new(int), &story)
	}
	if entries < 1900 || names < 2850 || discards < 500 || story < 60 {
		t.Errorf("merged %d agents (%d names), %d discards (%d story); want >= 1900 (2850), 500 (60):\n%s", entries, names, discards, story, out)
	}
	if !strings.Contains(out, "options\tapplied\t") || !strings.Contains(out, "COMPLEX verbs>5") {
		t.Errorf("Validate.options COMPLEX not applied:\n%s", out)
	}
}

// TestPeerStoryDiscards codes 50 BBC sport and 49 politics stories with
// the Phoenix discards: story discards ("+") must take out sport stories
// (11 of 50 measured) and no politics story (0 of 49 measured).
func TestPeerStoryDiscards(t *testing.T) {
	bbc := shared.TestPath(t, "data", "news", "bbc-news-2225", "bbc")
	discards := filepath.Join(shared.TestPath(t, "peers", "petrarch2", "dictionaries"), "Phoenix.discards.txt")
	counts := map[string]int{}
	for _, section := range []string{"sport", "politics"} {
		dir := t.TempDir()
		files, err := filepath.Glob(filepath.Join(bbc, section, "0[0-4]*.txt"))
		if err != nil || len(files) < 49 {
			t.Fatalf("%s: %d files, %v", section, len(files), err)
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		out, stderr, code := run(t, "", "code", "--docs", "--quiet", "--date", "2005-01-01", "--discards", discards, dir)
		if code != exitOK {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		for _, d := range decodeDocs(t, out) {
			for _, e := range d.Errors {
				if e.Reason == "discard" && strings.HasPrefix(e.Message, "the story is discarded") {
					counts[section]++
					if len(d.Events) > 0 {
						t.Errorf("%s: discarded story has %d events", d.ID, len(d.Events))
					}
				}
			}
		}
	}
	t.Logf("stories discarded: %v", counts)
	if counts["sport"] < 9 || counts["politics"] > 0 {
		t.Errorf("stories discarded %v; want sport >= 9, politics 0", counts)
	}
}

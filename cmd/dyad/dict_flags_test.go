package main

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/coder"
	"github.com/dyad-events/dyad/internal/surface"
)

func TestDictFlags(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	verbs := write("r.verbs", "--- PRAISE [051] ---\nPRAISE\n")
	actors := write("r.actors", "RIVERLAND [RVL]\n")
	opts := write("r.options", "COMPLEX: VERBS[5]\n")
	builtin := dyad.Chain{&coder.Coder{}}
	for _, tc := range []struct {
		name    string
		args    []string
		wantLen int
		wantErr bool
		surface int // index of the surface coder, -1 for none
	}{
		{"none", nil, 1, false, -1},
		{"merge", []string{"--verbs", verbs, "--actors", actors, "--options", opts}, 2, false, 1},
		{"replace", []string{"--verbs", verbs, "--no-builtin"}, 1, false, 0},
		{"actors alone merge into the lexicon", []string{"--actors", actors}, 1, false, -1},
		{"agents alone are in the lexicon", []string{"--agents", actors}, 1, false, -1},
		{"missing file", []string{"--verbs", filepath.Join(dir, "nope")}, 0, true, -1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var df dictFlags
			fs := flag.NewFlagSet("t", flag.ContinueOnError)
			df.register(fs)
			if err := fs.Parse(tc.args); err != nil {
				t.Fatal(err)
			}
			got, err := df.apply(builtin, coder.Config{})
			if (err != nil) != tc.wantErr {
				t.Fatalf("err = %v, want error %v", err, tc.wantErr)
			}
			if err != nil {
				return
			}
			if len(got) != tc.wantLen {
				t.Fatalf("chain has %d stages, want %d", len(got), tc.wantLen)
			}
			if tc.surface >= 0 {
				if _, ok := got[tc.surface].(*surface.Coder); !ok {
					t.Errorf("stage %d is %T, want *surface.Coder", tc.surface, got[tc.surface])
				}
			}
		})
	}
}

func TestLexiconLintPeerActors(t *testing.T) {
	path := filepath.Join(t.TempDir(), "fixture.actors.txt")
	src := "ARNORIA_ [FRA]\nNEW_RULER_\n [FRAGOV 20100101-20150101]\n [FRAREB 20120101-20130101]\nBAD_CODE_ [XQZ123]\n"
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, code := run(t, "", "lexicon", "lint", path)
	if code != exitFailed || !strings.Contains(out, "both hold from 20120101") || !strings.Contains(out, `"XQZ123" is not a valid actor code`) {
		t.Errorf("exit %d, output:\n%s", code, out)
	}
}

func TestActorsMergeIntoLexicon(t *testing.T) {
	dir := t.TempDir()
	dict := filepath.Join(dir, "mine.actors.txt")
	src := "ARNORIA_ [NOR]\nALBERT_ZORN_\n [NORELI]\n [NORGOV 20200101-20300101]\n"
	if err := os.WriteFile(dict, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	text := "Albert Zorn criticized Russia. Arnoria condemned Russia."
	out, stderr, code := run(t, text, "code", "--quiet", "--date", "2025-05-03", "--actors", dict, "-")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{`"code":"NORGOV"`, `"code":"NOR"`, `"code":"RUS"`} {
		if !strings.Contains(out, want) {
			t.Errorf("no %s in output:\n%s", want, out)
		}
	}
}

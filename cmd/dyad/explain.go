package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/dyad-events/dyad"
	"github.com/dyad-events/dyad/internal/coder"
)

// cmdExplain codes TEXT and prints how: the parse, the mentions, the time
// expressions, every candidate pattern and why each event was or was not
// produced.
func cmdExplain(ctx context.Context, m *Main, args []string) error {
	fs := m.flagSet("explain", "explain [--date YYYY-MM-DD] TEXT...")
	var df dictFlags
	df.register(fs)
	date := fs.String("date", "", "publication date of the text (default: inferred, else none)")
	all := fs.Bool("all", false, "list every candidate pattern, not only those that fit")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return fmt.Errorf("%w: no TEXT given", errUsage)
	}
	d := &dyad.Document{ID: "explain", Text: strings.Join(fs.Args(), " ")}
	if *date != "" {
		t, err := parseDate(*date)
		if err != nil {
			return fmt.Errorf("%w: --date: %v", errUsage, err)
		}
		d.Date = t
	}
	chain, err := df.pipeline(Config{})
	if err != nil {
		return err
	}
	if err := chain.Process(ctx, d); err != nil {
		return err
	}
	explainDoc(m.Stdout, d, findCoder(chain), *all)
	return nil
}

func findCoder(chain dyad.Chain) *coder.Coder {
	for _, s := range chain {
		if c, ok := s.(*coder.Coder); ok {
			return c
		}
	}
	return nil
}

func explainDoc(w io.Writer, d *dyad.Document, c *coder.Coder, all bool) {
	fmt.Fprintf(w, "date %s\n", d.Date.Format("2006-01-02"))
	for si, s := range d.Sentences {
		fmt.Fprintf(w, "\n# sentence %d (block %d, %s): %s\n", si+1, s.Block, d.Blocks[s.Block].Kind, s.Text)
		for i, t := range s.Tokens {
			fmt.Fprintf(w, "%3d  %-16s %-14s %-6s %-5s %3d  %s\n", i+1, t.Form, t.Lemma, t.UPOS, t.XPOS, t.Head, t.Rel)
		}
		explainMentions(w, d, si)
		for _, tr := range d.Times {
			if tr.Start >= s.Start && tr.End <= s.End {
				fmt.Fprintf(w, "time     %q = %s (%s)\n", tr.Text, tr.Value, tr.Type)
			}
		}
		if c != nil {
			hidden := 0
			for _, tr := range c.Explain(d, si) {
				if !tr.Fits && !all {
					hidden++
					continue
				}
				mark := " "
				if tr.Chosen {
					mark = "*"
				}
				fmt.Fprintf(w, "pattern %s %s@%d %s %s (%s): %s\n", mark, tr.Word, tr.Token+1, tr.Code, tr.Pattern, tr.Source, tr.Why)
			}
			if hidden > 0 {
				fmt.Fprintf(w, "(%d candidate patterns did not fit; --all lists them)\n", hidden)
			}
		}
		for _, e := range d.Events {
			if e.Sentence == si {
				fmt.Fprintf(w, "EVENT    %s %s %s  %s  date %s  path %s\n", actorLabel(e.Source), e.CAMEO, actorLabel(e.Target), e.Modality, e.Date, e.Evidence.Path)
			}
		}
	}
}

func explainMentions(w io.Writer, d *dyad.Document, si int) {
	for _, m := range d.Mentions {
		if m.Sentence != si {
			continue
		}
		ref := ""
		if m.Ref >= 0 {
			ref = fmt.Sprintf(" -> %q", d.Mentions[m.Ref].Text)
		}
		fmt.Fprintf(w, "mention  %q tokens %d-%d %s%s = %s\n", m.Text, m.TokStart+1, m.TokEnd, m.Kind, ref, actorLabel(derefActor(m.Actor)))
	}
}

func derefActor(a *dyad.Actor) dyad.Actor {
	if a == nil {
		return dyad.Actor{}
	}
	return *a
}

func actorLabel(a dyad.Actor) string {
	switch {
	case a.Code != "":
		return a.Code + "(" + a.Name + ")"
	case a.Text != "":
		return "[" + a.Text + "]"
	}
	return "-"
}

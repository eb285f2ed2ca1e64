package main

import (
	"context"
	"fmt"
	"strings"
)

// evaluation is one `dyad eval NAME` scorer. Evaluations read reference
// data (by default from ../shared) and print their figures.
type evaluation struct {
	name    string
	summary string
	run     func(ctx context.Context, m *Main, args []string) error
}

// evaluations lists every `dyad eval` scorer.
func (m *Main) evaluations() []evaluation {
	return []evaluation{
		{"html", "article text (F1) and metadata extraction from web pages", evalHTML},
		{"time", "temporal expressions on TempEval-3 platinum (extent F1, value accuracy)", evalTime},
		{"petrarch", "PETRARCH unit-test records coded with their own dictionaries (records passing)", evalPetrarch},
		{"tabari", "TABARI validation suite coded with its own dictionaries (records passing)", evalTabari},
		{"conllu", "tokenizer, tagger and parser against a UD treebank (CoNLL 2018 scores)", evalConllu},
		{"where", "toponyms on GeoVirus (precision, recall, country, within 161 km)", evalWhere},
	}
}

func cmdEval(ctx context.Context, m *Main, args []string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		var b strings.Builder
		b.WriteString("Usage: dyad eval NAME [flags]\n\nEvaluations:\n")
		for _, e := range m.evaluations() {
			fmt.Fprintf(&b, "  %-10s %s\n", e.name, e.summary)
		}
		fmt.Fprint(m.Stderr, b.String())
		if len(args) == 0 {
			return fmt.Errorf("%w: no evaluation named", errUsage)
		}
		return nil
	}
	for _, e := range m.evaluations() {
		if e.name == args[0] {
			return e.run(ctx, m, args[1:])
		}
	}
	return fmt.Errorf("%w: unknown evaluation %q", errUsage, args[0])
}

// Package conllu reads and writes CoNLL-U, the Universal Dependencies file
// format, and converts its sentences to and from dyad tokens.
//
// Reading:
//
//	ss, err := conllu.ReadFile(path)      // []conllu.Sentence
//	ss, err := conllu.ReadAll(r)
//	rd := conllu.NewReader(r)             // streaming: rd.Next() until io.EOF
//
// A Sentence holds Comments (without "# "; s.ID(), s.Text(), s.NewDoc(),
// s.NewPar(), s.Comment(key) read them), Words (the syntactic words, IDs
// 1..n, Head -1 when "_"), Ranges (multiword tokens such as "3-4 didn't")
// and Empty (enhanced-graph empty nodes such as "8.1", kept only so that
// writing gives the input back). s.Tokens() lists the surface tokens, each
// multiword range once, for scoring a tokenizer; Word.SpaceAfter and
// Token.SpaceAfter read SpaceAfter=No from MISC. The "_" placeholder is
// read as "" in every column but FORM and LEMMA.
//
// Malformed input gives a *conllu.Error carrying the 1-based line number
// ("conllu: line 12: 9 tab-separated columns, want 10").
//
// Writing: conllu.Write(w, &s) and conllu.WriteAll(w, ss); reading then
// writing a valid file gives the same bytes.
//
// Converting: conllu.ToDyad(&s) gives a dyad.Sentence with one dyad.Token
// per syntactic word, byte offsets into its Text (the "# text" comment, or
// the tokens joined by SpaceAfter when that comment does not match), and
// Head/Rel/UPOS/XPOS/Lemma/Feats copied. conllu.FromDyad(&ds) and
// conllu.FromTokens(toks) go the other way, writing SpaceAfter=No for
// tokens with SpaceAfter false; they do not rebuild multiword ranges.
//
// It does not validate UD content (tag sets, tree shape beyond heads being
// in range) and does not score; scorers live with the commands that use
// them.
package conllu

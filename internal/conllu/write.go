package conllu

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
)

// Write writes s in CoNLL-U, followed by the blank line that ends it.
func Write(w io.Writer, s *Sentence) error {
	bw := bufio.NewWriter(w)
	writeSentence(bw, s)
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("conllu: %w", err)
	}
	return nil
}

// WriteAll writes every sentence of ss.
func WriteAll(w io.Writer, ss []Sentence) error {
	bw := bufio.NewWriter(w)
	for i := range ss {
		writeSentence(bw, &ss[i])
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("conllu: %w", err)
	}
	return nil
}

func writeSentence(bw *bufio.Writer, s *Sentence) {
	for _, c := range s.Comments {
		bw.WriteString("# " + c + "\n")
	}
	r, e := 0, 0
	e = writeEmpty(bw, s.Empty, e, 0)
	for _, wd := range s.Words {
		if r < len(s.Ranges) && s.Ranges[r].First == wd.ID {
			t := s.Ranges[r]
			fmt.Fprintf(bw, "%d-%d\t%s\t_\t_\t_\t_\t_\t_\t_\t%s\n", t.First, t.Last, under(t.Form), under(t.Misc))
			r++
		}
		writeWord(bw, &wd)
		e = writeEmpty(bw, s.Empty, e, wd.ID)
	}
	bw.WriteString("\n")
}

func writeWord(bw *bufio.Writer, w *Word) {
	head := "_"
	if w.Head >= 0 {
		head = strconv.Itoa(w.Head)
	}
	cols := [...]string{strconv.Itoa(w.ID), w.Form, w.Lemma, w.UPOS, w.XPOS, w.Feats, head, w.Deprel, w.Deps, w.Misc}
	for i, c := range cols {
		if i > 0 {
			bw.WriteByte('\t')
		}
		bw.WriteString(under(c))
	}
	bw.WriteByte('\n')
}

// writeEmpty writes the empty nodes that follow word after, starting at
// index e of es, and returns the index of the first one not written.
func writeEmpty(bw *bufio.Writer, es []Empty, e, after int) int {
	for ; e < len(es) && es[e].After == after; e++ {
		fmt.Fprintf(bw, "%d.%d\t%s\n", es[e].After, es[e].Index, es[e].Fields)
	}
	return e
}

// under maps "" to the CoNLL-U placeholder "_".
func under(s string) string {
	if s == "" {
		return "_"
	}
	return s
}

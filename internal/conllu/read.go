package conllu

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// maxLine bounds one line; CoNLL-U lines are short, so a longer one means
// the input is not CoNLL-U.
const maxLine = 1 << 20

// Error is a malformed line. Line is 1-based.
type Error struct {
	Line int
	Msg  string
}

func (e *Error) Error() string { return fmt.Sprintf("conllu: line %d: %s", e.Line, e.Msg) }

// Reader reads sentences one at a time.
type Reader struct {
	sc   *bufio.Scanner
	line int // number of the last line read
	eof  bool
}

// NewReader returns a Reader on r.
func NewReader(r io.Reader) *Reader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), maxLine)
	return &Reader{sc: sc}
}

// Next returns the next sentence, or io.EOF after the last one.
func (r *Reader) Next() (Sentence, error) {
	var s Sentence
	var b builder
	for !r.eof {
		if !r.sc.Scan() {
			r.eof = true
			if err := r.sc.Err(); err != nil {
				return s, fmt.Errorf("conllu: line %d: %w", r.line+1, err)
			}
			break
		}
		r.line++
		line := strings.TrimSuffix(r.sc.Text(), "\r")
		if line == "" {
			if len(s.Words) > 0 || len(s.Comments) > 0 {
				return s, b.finish(&s, r.line)
			}
			continue
		}
		if err := b.add(&s, line); err != nil {
			return s, &Error{Line: r.line, Msg: err.Error()}
		}
	}
	if len(s.Words) > 0 || len(s.Comments) > 0 {
		return s, b.finish(&s, r.line+1)
	}
	return s, io.EOF
}

// ReadAll reads every sentence of r.
func ReadAll(r io.Reader) ([]Sentence, error) {
	rd := NewReader(r)
	var out []Sentence
	for {
		s, err := rd.Next()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, s)
	}
}

// ReadFile reads every sentence of the named file.
func ReadFile(path string) ([]Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("conllu: %w", err)
	}
	defer f.Close()
	ss, err := ReadAll(f)
	if err != nil {
		return ss, fmt.Errorf("%s: %w", path, err)
	}
	return ss, nil
}

// builder holds what one sentence's lines must agree on.
type builder struct {
	headLine []int // line of each word, for errors found at the end
	lines    int
}

func (b *builder) add(s *Sentence, line string) error {
	b.lines++
	if line[0] == '#' {
		if len(s.Words) > 0 || len(s.Ranges) > 0 || len(s.Empty) > 0 {
			return errors.New("comment after the words of a sentence")
		}
		c := strings.TrimPrefix(line[1:], " ")
		s.Comments = append(s.Comments, c)
		return nil
	}
	cols := strings.Split(line, "\t")
	if len(cols) != 10 {
		return fmt.Errorf("%d tab-separated columns, want 10", len(cols))
	}
	for i, c := range cols {
		if c == "" {
			return fmt.Errorf("column %d is empty (use _)", i+1)
		}
	}
	id := cols[0]
	switch {
	case strings.Contains(id, "-"):
		return addRange(s, id, cols)
	case strings.Contains(id, "."):
		return addEmpty(s, id, cols)
	}
	return b.addWord(s, id, cols)
}

func (b *builder) addWord(s *Sentence, id string, cols []string) error {
	n, err := strconv.Atoi(id)
	if err != nil || n != len(s.Words)+1 {
		return fmt.Errorf("word ID %q, want %d", id, len(s.Words)+1)
	}
	head := -1
	if cols[6] != "_" {
		head, err = strconv.Atoi(cols[6])
		if err != nil || head < 0 {
			return fmt.Errorf("HEAD %q is not a word number", cols[6])
		}
	}
	s.Words = append(s.Words, Word{
		ID: n, Form: cols[1], Lemma: cols[2], UPOS: blank(cols[3]), XPOS: blank(cols[4]),
		Feats: blank(cols[5]), Head: head, Deprel: blank(cols[7]), Deps: blank(cols[8]), Misc: blank(cols[9]),
	})
	b.headLine = append(b.headLine, b.lines)
	return nil
}

func addRange(s *Sentence, id string, cols []string) error {
	a, z, _ := strings.Cut(id, "-")
	first, err1 := strconv.Atoi(a)
	last, err2 := strconv.Atoi(z)
	if err1 != nil || err2 != nil || first != len(s.Words)+1 || last <= first {
		return fmt.Errorf("multiword range %q, want %d-N with N > %d", id, len(s.Words)+1, len(s.Words)+1)
	}
	if n := len(s.Ranges); n > 0 && s.Ranges[n-1].Last >= first {
		return fmt.Errorf("multiword range %q overlaps the previous one", id)
	}
	s.Ranges = append(s.Ranges, Token{First: first, Last: last, Form: cols[1], Misc: blank(cols[9])})
	return nil
}

func addEmpty(s *Sentence, id string, cols []string) error {
	a, z, _ := strings.Cut(id, ".")
	after, err1 := strconv.Atoi(a)
	idx, err2 := strconv.Atoi(z)
	if err1 != nil || err2 != nil || after != len(s.Words) || idx < 1 {
		return fmt.Errorf("empty node %q, want %d.N", id, len(s.Words))
	}
	if n := len(s.Empty); n > 0 && s.Empty[n-1].After == after && s.Empty[n-1].Index >= idx {
		return fmt.Errorf("empty node %q out of order", id)
	}
	s.Empty = append(s.Empty, Empty{After: after, Index: idx, Fields: strings.Join(cols[1:], "\t")})
	return nil
}

// finish checks what needs the whole sentence and resets b. next is the
// line after the sentence, used when an error cannot be pinned on a word.
func (b *builder) finish(s *Sentence, next int) error {
	start := next - b.lines
	defer func() { *b = builder{} }()
	if len(s.Words) == 0 {
		return &Error{Line: start, Msg: "sentence has no words"}
	}
	for i, w := range s.Words {
		if w.Head > len(s.Words) || w.Head == w.ID {
			return &Error{Line: start + b.headLine[i] - 1, Msg: fmt.Sprintf("HEAD %d of word %d is outside the sentence or the word itself", w.Head, w.ID)}
		}
	}
	if n := len(s.Ranges); n > 0 && s.Ranges[n-1].Last > len(s.Words) {
		return &Error{Line: start, Msg: fmt.Sprintf("multiword range ends at word %d of %d", s.Ranges[n-1].Last, len(s.Words))}
	}
	return nil
}

// blank maps the CoNLL-U placeholder "_" to "".
func blank(s string) string {
	if s == "_" {
		return ""
	}
	return s
}

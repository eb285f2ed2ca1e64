package quote

// nester pairs quotation marks into spans across the blocks of a document.
// Double quotes nest single quotes; a double quote left open at the end of a
// paragraph continues when the next paragraph opens with a double quote,
// as news style does for quotes running over several paragraphs.
type nester struct {
	spans []span
	stack []open // open quotes, innermost last
}

// open is a quote opened and not yet closed.
type open struct {
	double bool
	span   int // index into spans
}

func (n *nester) push(m mark, double bool, block int) {
	parent := -1
	if len(n.stack) > 0 {
		parent = n.stack[len(n.stack)-1].span
	}
	n.spans = append(n.spans, span{start: m.end, open: m.start, parent: parent, block: block})
	n.stack = append(n.stack, open{double: double, span: len(n.spans) - 1})
}

// closeTo closes the innermost open quote of the given kind, and any
// quotes opened inside it; it reports false when none is open.
func (n *nester) closeTo(m mark, double bool) bool {
	for i := len(n.stack) - 1; i >= 0; i-- {
		if n.stack[i].double != double {
			continue
		}
		for j := len(n.stack) - 1; j >= i; j-- {
			s := &n.spans[n.stack[j].span]
			s.end, s.close, s.closed = m.start, m.end, j == i
		}
		n.stack = n.stack[:i]
		return true
	}
	return false
}

func (n *nester) doubleOpen() bool {
	for _, o := range n.stack {
		if o.double {
			return true
		}
	}
	return false
}

// add feeds one mark.
func (n *nester) add(m mark, block int) {
	switch m.kind {
	case openDouble:
		n.push(m, true, block)
	case closeDouble:
		n.closeTo(m, true)
	case maybeDouble:
		if !n.closeTo(m, true) {
			n.push(m, true, block)
		}
	case openSingle:
		n.push(m, false, block)
	case closeSingle:
		n.closeTo(m, false)
	}
}

// endBlock is called at the end of a paragraph ending at end. Open single
// quotes are dropped (they were apostrophes); open double quotes stay open
// only if the next paragraph opens with a double quote (continues).
func (n *nester) endBlock(end int, continues bool) {
	keep := n.stack[:0]
	for _, o := range n.stack {
		s := &n.spans[o.span]
		switch {
		case !o.double:
			s.end = -1 // dropped below
		case continues:
			keep = append(keep, o)
			continue
		default:
			s.end, s.close = end, end
		}
	}
	n.stack = keep
}

// result returns the spans that were kept, in order of their opening mark,
// with parents renumbered.
func (n *nester) result() []span {
	index := make([]int, len(n.spans))
	var out []span
	for i, s := range n.spans {
		index[i] = -1
		if s.end < s.start {
			continue
		}
		index[i] = len(out)
		out = append(out, s)
	}
	for i := range out {
		if p := out[i].parent; p >= 0 {
			out[i].parent = index[p]
		}
	}
	return out
}

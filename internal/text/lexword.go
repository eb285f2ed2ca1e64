package text

// lexWord scans a word starting at l.start, deciding at each inner
// apostrophe, period, hyphen and symbol whether the word goes on.
func lexWord(l *lexer) stateFn {
	for {
		l.scanWordRunes()
		r, w := l.peek(l.pos)
		joined := false
		switch r {
		case '\'', '’':
			if l.clitic(w) {
				return lexText
			}
			joined = l.innerApostrophe(w)
		case '.':
			if l.email() {
				return lexText
			}
			if l.abbreviation() {
				return lexText
			}
			joined = l.joinPeriod()
		case '-':
			joined = l.keepHyphen()
		case '@':
			if l.email() {
				return lexText
			}
		case '_':
			joined = l.wordRuneAt(l.pos + 1)
			if joined {
				l.pos++
			}
		case '/':
			if l.bareURL() {
				return lexText
			}
			joined = l.joinShort()
		case '&':
			joined = l.joinShort()
		case '$':
			if l.currencyPrefix() {
				return lexText
			}
		}
		if !joined {
			l.emitWord()
			return lexText
		}
	}
}

// emitWord emits input[start:pos] as a word, split into its parts when it
// is a listed contraction ("cannot" -> "can" + "not").
func (l *lexer) emitWord() {
	word := l.input[l.start:l.pos]
	if parts := l.contraction(word); parts != nil {
		k := itemWord
		for _, n := range parts {
			l.emitAt(k, l.start+n)
			k = itemClitic
		}
		return
	}
	l.emit(itemWord)
}

// contraction returns the part lengths of word if it is listed.
func (l *lexer) contraction(word string) []int {
	if len(word) < 2 || len(word) > maxContraction || l.rules.contractFirst[len(word)]&firstBit(word[0]) == 0 {
		return nil // no listed word has this length and first letter
	}
	var buf [maxContraction]byte
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return l.rules.contractions[string(buf[:len(word)])]
}

// maxContraction bounds the length of a listed contraction.
const maxContraction = 8

// firstBit maps an ASCII letter, either case, to a bit; other bytes to 0.
func firstBit(c byte) uint32 {
	c |= 0x20
	if c < 'a' || c > 'z' {
		return 0
	}
	return 1 << (c - 'a')
}

// lower returns s in ASCII lower case in buf, or "" when s is too long.
func lower(s string, buf []byte) string {
	if len(s) > len(buf) {
		return ""
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return string(buf[:len(s)])
}

// clitic splits a clitic after the apostrophe at pos (of width w): "'s",
// "'m", "'d", "'ll", "'re", "'ve", "n't", and a bare possessive "'" after
// a final s. It reports whether it emitted the word and the clitic.
func (l *lexer) clitic(w int) bool {
	a := l.pos + w
	var buf [2]byte
	n := 0
	for n < 2 && a+n < len(l.input) && isLetter(rune(l.input[a+n])) {
		n++
	}
	for n > 0 && !l.wordBoundary(a+n) {
		n-- // "O'Brien": the letters go on, so this is no clitic
		if n == 0 {
			return false
		}
	}
	word := l.input[l.start:l.pos]
	switch lower(l.input[a:a+n], buf[:]) {
	case "s", "m", "d", "ll", "re", "ve":
		l.emit(itemWord)
	case "t":
		last := word[len(word)-1]
		if len(word) < 2 || (last != 'n' && last != 'N') {
			return false
		}
		l.emitAt(itemWord, l.pos-1)
	case "":
		if last := word[len(word)-1]; last != 's' && last != 'S' {
			return false
		}
		l.emit(itemWord)
	default:
		return false
	}
	l.pos = a + n
	l.emit(itemClitic)
	return true
}

// innerApostrophe joins "O'Brien" and "rock'n'roll".
func (l *lexer) innerApostrophe(w int) bool {
	if r, _ := l.peek(l.pos + w); isLetter(r) {
		l.pos += w
		return true
	}
	return false
}

// abbreviation emits the word and its period when they form an
// abbreviation: dotted ("U.S.", "p.m.", "Ph.D."), listed ("Gen.", "etc.")
// or an initial ("J.").
func (l *lexer) abbreviation() bool {
	word := l.input[l.start:l.pos]
	if len(word) > maxAbbrev {
		return false
	}
	if end := l.dotted(); end > 0 {
		l.pos = end
		l.emitAbbrev()
		return true
	}
	switch l.abbrevClass(word) {
	case abbrevTitle:
		l.pos++
		l.emit(itemAbbrev)
		return true
	case abbrevAny:
	case abbrevNumber:
		if !l.digitAfterSpace(l.pos + 1) {
			return false
		}
	default:
		if r, _ := l.peek(l.start); !isUpper(r) || !l.single(word) {
			return false
		}
	}
	l.pos++
	l.emitAbbrev()
	return true
}

// maxAbbrev bounds the length of an abbreviation, so long dotted runs
// ("a.b.c.d...") are not looked up at every period.
const maxAbbrev = 16

// emitAbbrev emits an abbreviation ending at pos, its period included. When
// the period also ends the sentence (the text or line ends, or a capitalized
// sentence opener follows), UD English gives the period its own token, so
// the abbreviation loses it: "in the U.S." + "The" -> "U.S", ".".
func (l *lexer) emitAbbrev() {
	if l.sentenceEndsAt(l.pos) {
		l.emitAt(itemWord, l.pos-1)
		l.emit(itemTerminal)
		return
	}
	l.emit(itemAbbrev)
}

// sentenceEndsAt reports whether the text after i looks like the start of a
// new sentence: its end, a line break, or a capitalized opener.
func (l *lexer) sentenceEndsAt(i int) bool {
	j := i
	for j < len(l.input) && (l.input[j] == ' ' || l.input[j] == '\t') {
		j++
	}
	if j == len(l.input) || l.input[j] == '\n' || l.input[j] == '\r' {
		return true
	}
	if j == i || !isUpper(rune(l.input[j])) {
		return false
	}
	k := j
	for k < len(l.input) && k-j <= 16 && isLetter(rune(l.input[k])) {
		k++
	}
	var buf [16]byte
	return l.wordBoundary(k) && l.rules.starters[lower(l.input[j:k], buf[:])]
}

// single reports whether word is one rune.
func (l *lexer) single(word string) bool {
	for i := range word {
		if i > 0 {
			return false
		}
	}
	return true
}

func (l *lexer) abbrevClass(word string) abbrevClass { return l.rules.abbrevClass(word) }

// abbrevClass returns the class of a listed abbreviation, 0 if unlisted.
func (r *Rules) abbrevClass(word string) abbrevClass {
	if c, ok := r.abbrevs[word]; ok {
		return c
	}
	if len(word) > 1 && word[0] >= 'A' && word[0] <= 'Z' {
		var buf [16]byte
		if len(word) <= len(buf) {
			copy(buf[:], word)
			buf[0] += 'a' - 'A'
			return r.abbrevs[string(buf[:len(word)])]
		}
	}
	return 0
}

// dotted returns the end of a dotted abbreviation starting at l.start
// ("U.S.", "a.k.a.", "Ph.D."), or 0. Every part is one or two letters.
func (l *lexer) dotted() int {
	if !shortLetters(l.input[l.start:l.pos]) {
		return 0
	}
	end, groups := l.pos, 0
	for end < len(l.input) && l.input[end] == '.' {
		j := end + 1
		for j < len(l.input) && j-end <= 3 && isLetter(rune(l.input[j])) {
			j++
		}
		if j == end+1 || j-end > 3 || j >= len(l.input) || l.input[j] != '.' {
			break
		}
		end, groups = j, groups+1
	}
	if groups == 0 {
		return 0
	}
	return end + 1
}

// shortLetters reports whether s is one or two ASCII letters.
func shortLetters(s string) bool {
	if len(s) == 0 || len(s) > 2 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isLetter(rune(s[i])) {
			return false
		}
	}
	return true
}

// digitAfterSpace reports whether a digit follows i after optional spaces.
func (l *lexer) digitAfterSpace(i int) bool {
	for i < len(l.input) && (l.input[i] == ' ' || l.input[i] == '\t') {
		i++
	}
	return i < len(l.input) && isDigit(rune(l.input[i]))
}

// joinPeriod keeps a period between a word and a lower-case letter or digit
// ("example.com", "report.pdf") or a short capitalized file extension
// ("ENRON.XLS").
func (l *lexer) joinPeriod() bool {
	r, _ := l.peek(l.pos + 1)
	if isLower(r) || isDigit(r) || isUpper(r) && l.extension(l.pos+1) {
		l.pos++
		return true
	}
	return false
}

// extension reports whether two to four capitals and then a word boundary
// start at i.
func (l *lexer) extension(i int) bool {
	n := 0
	for i+n < len(l.input) && l.input[i+n] >= 'A' && l.input[i+n] <= 'Z' {
		n++
	}
	return n >= 2 && n <= 4 && l.wordBoundary(i+n)
}

// keepHyphen joins a hyphen after a listed prefix or a single letter
// ("non-violent", "e-mail"), as UD English does; other hyphens split.
func (l *lexer) keepHyphen() bool {
	if !l.wordRuneAt(l.pos + 1) {
		return false
	}
	seg := l.input[l.start:l.pos]
	for i := len(seg) - 1; i >= 0; i-- {
		if seg[i] == '-' {
			seg = seg[i+1:]
			break
		}
	}
	var buf [12]byte
	if l.single(seg) || l.rules.prefixes[lower(seg, buf[:])] {
		l.pos++
		return true
	}
	return false
}

func (l *lexer) wordRuneAt(i int) bool {
	r, w := l.peek(i)
	return w > 0 && isWordRune(r)
}

// joinShort joins "&" or "/" after a one- or two-letter word when a letter
// follows: "AT&T", "R&D", "w/o", "L/C".
func (l *lexer) joinShort() bool {
	if r, _ := l.peek(l.pos + 1); !isLetter(r) || !shortLetters(l.input[l.start:l.pos]) {
		return false
	}
	l.pos++
	return true
}

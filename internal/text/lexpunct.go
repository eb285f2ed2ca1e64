package text

import (
	"strings"
	"unicode"
)

// lexNumber scans digits with their separators: "1,000.5", "10:30",
// "9/11", phone numbers. Letters that follow stay with the number ("3rd",
// "1990s") except "am" and "pm", which UD English splits off.
func lexNumber(l *lexer) stateFn {
	l.scanDigits()
	for l.numberSeparator() {
	}
	if l.numberSuffix() || l.possessiveAfter() {
		return lexWord // lexWord keeps the suffix or splits the "'s"
	}
	l.emit(itemNumber)
	return lexText
}

func (l *lexer) scanDigits() int {
	n := 0
	for l.pos < len(l.input) && isDigit(rune(l.input[l.pos])) {
		l.pos++
		n++
	}
	return n
}

// numberSeparator consumes one separator and the digits after it, if the
// separator belongs inside the number.
func (l *lexer) numberSeparator() bool {
	if l.pos+1 >= len(l.input) || !isDigit(rune(l.input[l.pos+1])) {
		return false
	}
	switch l.input[l.pos] {
	case ',', '.', ':', '/':
	case '-':
		end := l.phoneEnd()
		if end == 0 {
			return false
		}
		l.pos = end
		return true
	default:
		return false
	}
	l.pos++
	l.scanDigits()
	return true
}

// digitRun returns how many digits start at i.
func (l *lexer) digitRun(i int) int {
	n := 0
	for i+n < len(l.input) && isDigit(rune(l.input[i+n])) {
		n++
	}
	return n
}

// phoneEnd returns the end of a phone number or date whose hyphen is at pos
// ("555-0100", "713-555-0100", "11-20-2000"), or 0: UD English splits
// ranges ("1990-1995", "5-10") at the hyphen.
func (l *lexer) phoneEnd() int {
	groups := []int{}
	for i := l.start; i < l.pos; {
		n := l.digitRun(i)
		if n == 0 {
			if l.input[i] != '-' {
				return 0
			}
			i++
			continue
		}
		groups = append(groups, n)
		i += n
	}
	end := l.pos
	for end < len(l.input) && l.input[end] == '-' {
		n := l.digitRun(end + 1)
		if n == 0 {
			break
		}
		groups = append(groups, n)
		end += n + 1
	}
	if len(groups) >= 3 || len(groups) == 2 && groups[0] <= 3 && groups[1] == 4 {
		return end
	}
	return 0
}

// numberSuffix reports whether letters after the number stay with it:
// ordinals ("3rd", "21st") and decades ("1990s"); UD English splits units
// ("375 mm", "8 gb") and "am"/"pm".
func (l *lexer) numberSuffix() bool {
	if !l.wordRuneAt(l.pos) {
		return false
	}
	n := 0
	for n < 3 && l.pos+n < len(l.input) && isLetter(rune(l.input[l.pos+n])) {
		n++
	}
	if !l.wordBoundary(l.pos + n) {
		return true // "4x4", "mp3"-like runs stay whole
	}
	var buf [3]byte
	switch lower(l.input[l.pos:l.pos+n], buf[:]) {
	case "st", "nd", "rd", "th", "s", "d":
		return true
	}
	return false
}

// possessiveAfter reports whether "'s" follows the number: "Radio 4's".
func (l *lexer) possessiveAfter() bool {
	r, w := l.peek(l.pos)
	if !isApostrophe(r) || l.pos+w >= len(l.input) {
		return false
	}
	c := l.input[l.pos+w]
	return (c == 's' || c == 'S') && l.wordBoundary(l.pos+w+1)
}

// meridiem reports whether "am"/"pm" (or "a.m.") follows the number.
func (l *lexer) meridiem() bool {
	rest := l.input[l.pos:]
	if len(rest) > 4 {
		rest = rest[:4]
	}
	var buf [4]byte
	low := lower(rest, buf[:])
	if strings.HasPrefix(low, "a.m") || strings.HasPrefix(low, "p.m") {
		return true
	}
	return (strings.HasPrefix(low, "am") || strings.HasPrefix(low, "pm")) && l.wordBoundary(l.pos+2)
}

// urlLen returns the length of the URL starting at pos, or 0.
func (l *lexer) urlLen() int {
	rest := l.input[l.pos:]
	var buf [8]byte
	head := rest
	if len(head) > 8 {
		head = head[:8]
	}
	low := lower(head, buf[:])
	if !strings.HasPrefix(low, "http://") && !strings.HasPrefix(low, "https://") &&
		!strings.HasPrefix(low, "www.") && !strings.HasPrefix(low, "ftp://") {
		return 0
	}
	n := 0
	for n < len(rest) {
		r, w := l.peek(l.pos + n)
		if isSpace(r) || r == '<' || r == '>' || r == '"' || r == '“' || r == '”' {
			break
		}
		n += w
	}
	return trimURL(rest[:n])
}

// trimURL drops punctuation that ends the sentence rather than the URL.
func trimURL(u string) int {
	for len(u) > 0 {
		c := u[len(u)-1]
		if c == ')' && strings.Contains(u, "(") {
			break
		}
		if !strings.ContainsRune(".,;:!?')]", rune(c)) {
			break
		}
		u = u[:len(u)-1]
	}
	if strings.HasSuffix(u, "’") {
		u = strings.TrimRight(u, "’")
	}
	return len(u)
}

// lexURL emits a URL.
func lexURL(l *lexer) stateFn {
	l.pos += l.urlLen()
	l.emit(itemURL)
	return lexText
}

// lexPunct scans a token that starts with neither a letter nor a digit.
func lexPunct(l *lexer) stateFn {
	if l.emoticon() {
		return lexText
	}
	if l.decimalFraction() {
		return lexNumber
	}
	r, w := l.peek(l.pos)
	l.pos += w
	l.emit(l.punctKind(r))
	return lexText
}

// punctKind consumes the rest of a punctuation token starting with r and
// returns its kind.
func (l *lexer) punctKind(r rune) itemKind {
	switch r {
	case '.', '!', '?':
		return l.terminalRun(r)
	case '…':
		l.run('…')
		return itemEllipsis
	case '-':
		if l.run('-') > 0 {
			return itemDash
		}
		return itemHyphen
	case '—', '–', '―':
		return itemDash
	case '"':
		return itemQuote
	case '\'':
		if l.run('\'') > 0 {
			return itemCloseQuote
		}
		return itemQuote
	case '`':
		l.run('`')
		return itemOpenQuote
	case '“', '‘', '«', '„':
		return itemOpenQuote
	case '”', '’', '»':
		return itemCloseQuote
	case '(', '[', '{':
		return itemOpen
	case ')', ']', '}':
		return itemClose
	case ',', ';', ':':
		return itemPunct
	case '@':
		return l.tagged(itemHandle)
	case '#':
		return l.tagged(itemHashtag)
	}
	if unicode.Is(unicode.Sc, r) {
		l.run(r)
		return itemCurrency
	}
	l.run(r)
	if unicode.IsPunct(r) {
		return itemPunct
	}
	return itemSymbol
}

// decimalFraction reports whether a number like ".04" starts at pos: a
// period, a digit, and no word just before.
func (l *lexer) decimalFraction() bool {
	if l.input[l.pos] != '.' || l.pos+1 >= len(l.input) || !isDigit(rune(l.input[l.pos+1])) {
		return false
	}
	if l.pos > 0 {
		if r, _ := l.peekBack(l.pos); isWordRune(r) || r == '.' {
			return false
		}
	}
	l.pos++
	return true
}

// run consumes further copies of r and returns how many.
func (l *lexer) run(r rune) int {
	n := 0
	for {
		c, w := l.peek(l.pos)
		if w == 0 || c != r {
			return n
		}
		l.pos += w
		n++
	}
}

// terminalRun consumes a run of ". ! ?" ("...", "?!", "!!!").
func (l *lexer) terminalRun(first rune) itemKind {
	dots := first == '.'
	for l.pos < len(l.input) {
		c := l.input[l.pos]
		if c != '.' && c != '!' && c != '?' {
			break
		}
		dots = dots && c == '.'
		l.pos++
	}
	if dots && l.pos-l.start > 1 {
		return itemEllipsis
	}
	return itemTerminal
}

// tagged scans the word after "@" or "#" into a handle or hashtag; a bare
// sign is a symbol.
func (l *lexer) tagged(k itemKind) itemKind {
	letters := 0
	for {
		r, w := l.peek(l.pos)
		if w == 0 || !(isWordRune(r) || r == '_') {
			break
		}
		if isLetter(r) {
			letters++
		}
		l.pos += w
	}
	if letters == 0 {
		l.pos = l.start + 1
		return itemSymbol
	}
	return k
}

// emoticon emits an emoticon from the rules when one starts after space and
// no letter or digit follows it.
func (l *lexer) emoticon() bool {
	if strings.IndexByte(l.rules.emoFirst, l.input[l.pos]) < 0 {
		return false
	}
	if l.pos > 0 {
		if r, _ := l.peekBack(l.pos); !isSpace(r) {
			return false
		}
	}
	rest := l.input[l.pos:]
	for _, e := range l.rules.emoticons {
		if strings.HasPrefix(rest, e) && !l.wordRuneAt(l.pos+len(e)) {
			l.pos += len(e)
			l.emit(itemEmoticon)
			return true
		}
	}
	return false
}

// peekBack returns the rune ending at i.
func (l *lexer) peekBack(i int) (rune, int) {
	if c := l.input[i-1]; c < 0x80 {
		return rune(c), 1
	}
	j := i - 1
	for j > 0 && l.input[j]&0xC0 == 0x80 {
		j--
	}
	r, w := l.peek(j)
	return r, w
}

package text

import "strings"

// bareURL emits a URL written without a scheme, "pic.twitter.com/xyz",
// when the word before the slash ends in a dotted domain.
func (l *lexer) bareURL() bool {
	word := l.input[l.start:l.pos]
	dot := strings.LastIndexByte(word, '.')
	if dot <= 0 || len(word)-dot-1 < 2 || len(word)-dot-1 > 6 || !l.wordRuneAt(l.pos+1) {
		return false
	}
	for _, c := range []byte(word[dot+1:]) {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	n := 0
	for rest := l.input[l.pos:]; n < len(rest); {
		r, w := l.peek(l.pos + n)
		if isSpace(r) || r == '<' || r == '>' || r == '"' || r == '“' || r == '”' {
			break
		}
		n += w
	}
	l.pos += trimURL(l.input[l.pos : l.pos+n])
	l.emit(itemURL)
	return true
}

// email scans an address whose local part starts with the word so far:
// "jane.doe@example.org", "Smith@ENRON", "jdoe...@example.org" (as
// archives hide addresses).
func (l *lexer) email() bool {
	if l.pos < l.noEmail {
		return false // an earlier scan found no "@" up to there
	}
	at := l.pos
	for at < len(l.input) && isEmailByte(l.input[at]) {
		at++
	}
	if at == len(l.input) || l.input[at] != '@' || !l.wordRuneAt(at+1) {
		l.noEmail = at
		return false
	}
	j := at + 1
	for j < len(l.input) && isEmailByte(l.input[j]) {
		j++
	}
	for l.input[j-1] == '.' || l.input[j-1] == '-' {
		j--
	}
	if j <= at+1 {
		return false
	}
	l.pos = j
	l.emit(itemEmail)
	return true
}

// isEmailByte reports whether c may appear in an e-mail address.
func isEmailByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
		c == '.' || c == '-' || c == '_' || c == '+'
}

// currencyPrefix emits "US$" and "HK$" as one currency token.
func (l *lexer) currencyPrefix() bool {
	word := l.input[l.start:l.pos]
	if len(word) > 3 {
		return false
	}
	for i := 0; i < len(word); i++ {
		if word[i] < 'A' || word[i] > 'Z' {
			return false
		}
	}
	l.pos++
	l.emit(itemCurrency)
	return true
}

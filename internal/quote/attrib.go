package quote

import (
	"github.com/dyad-events/dyad/internal/fold"
	"strings"
)

// attribution is a speaker phrase and speech verb found around a quote.
type attribution struct {
	speaker    string
	start, end int // speaker phrase offsets
	verb       string
	found      bool
}

// pronouns that can stand as a speaker.
var pronouns = map[string]bool{
	"he": true, "she": true, "they": true, "i": true, "we": true, "it": true, "you": true,
}

// objectPronouns are never speakers.
var objectPronouns = map[string]bool{"him": true, "her": true, "them": true, "us": true, "me": true, "reporters": true}

// determiners that may open a speaker noun phrase ("the White House").
var determiners = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "their": true, "its": true}

// after looks for "..., Sheinbaum said", "..., she added", "..., said the
// minister" in the words after a quote. Only a quote that ends open (with a
// comma, question or exclamation mark, or a dash) takes its attribution
// from after it: a quote ending in a full stop ends its sentence.
func (f *Finder) after(inner string, ws []word) attribution {
	if !endsOpen(inner) && (len(ws) == 0 || ws[0].text != ",") {
		return attribution{}
	}
	i := 0
	for i < len(ws) && ws[i].punct && ws[i].text != "." {
		i++
	}
	if a := f.accordingTo(ws, i); a.found {
		return a
	}
	if i < len(ws) && f.isVerb(ws[i]) { // said Sheinbaum
		return attr(ws, nounPhrase(ws, i+1), i)
	}
	for j := i + 1; j < len(ws) && j < i+8; j++ {
		if ws[j].punct {
			break
		}
		if f.isVerb(ws[j]) {
			return attr(ws, npBefore(ws, j), j) // Sheinbaum said
		}
	}
	return attribution{}
}

// endsOpen reports whether quoted text ends with , ? ! or a dash.
func endsOpen(inner string) bool {
	inner = strings.TrimRight(inner, " ")
	for _, suf := range []string{",", "?", "!", "—", "–", "-", "…"} {
		if strings.HasSuffix(inner, suf) {
			return true
		}
	}
	return false
}

// before looks for "She added, “", "To a burst of applause, she added: “",
// "Sheinbaum told reporters: “" in the words before a quote: the last
// speech verb close to the quote, and the phrase before it.
func (f *Finder) before(ws []word) attribution {
	for j := len(ws) - 1; j >= 0 && j >= len(ws)-6; j-- {
		if ws[j].text == "." || ws[j].text == "!" {
			return attribution{} // the verb belongs to an earlier sentence
		}
		if !f.isVerb(ws[j]) {
			continue
		}
		if np := npBefore(ws, j); np[0] < np[1] {
			return attr(ws, np, j)
		}
		if np := npBefore(ws, j); np[0] > 0 && strings.EqualFold(ws[np[0]-1].text, "and") {
			// "The president said no and told him": the subject is shared.
			if a := f.before(ws[:np[0]-1]); a.found {
				a.verb = ws[j].text
				return a
			}
		}
		return attr(ws, nounPhrase(ws, j+1), j)
	}
	return attribution{}
}

// accordingTo matches "according to NP".
func (f *Finder) accordingTo(ws []word, i int) attribution {
	for j := i; j+2 < len(ws) && j < i+4; j++ {
		if strings.EqualFold(ws[j].text, "according") && strings.EqualFold(ws[j+1].text, "to") {
			a := attr(ws, nounPhrase(ws, j+2), j)
			a.verb = "according to"
			return a
		}
	}
	return attribution{}
}

// clauseWords end a speaker phrase read backwards from its verb.
var clauseWords = map[string]bool{
	"and": true, "but": true, "or": true, "so": true, "that": true, "what": true, "who": true,
	"which": true, "when": true, "if": true, "as": true, "because": true, "while": true, "then": true,
}

// npBefore takes the speaker phrase ending just before the verb at v: back
// to punctuation or a clause word, at most six words, and from the last
// pronoun in it ("To applause, she added" gives "she").
func npBefore(ws []word, v int) [2]int {
	k := v
	for k > 0 && k > v-6 && !ws[k-1].punct && !clauseWords[strings.ToLower(ws[k-1].text)] {
		k--
	}
	for p := v - 1; p >= k; p-- {
		if pronouns[strings.ToLower(ws[p].text)] {
			return [2]int{p, p + 1}
		}
	}
	return [2]int{k, v}
}

// nounPhrase takes the speaker phrase starting at i: a pronoun, or an
// optional determiner followed by words up to punctuation or a lower-case
// word after a capitalised run.
func nounPhrase(ws []word, i int) [2]int {
	if i >= len(ws) || ws[i].punct {
		return [2]int{i, i}
	}
	if pronouns[strings.ToLower(ws[i].text)] {
		return [2]int{i, i + 1}
	}
	if objectPronouns[strings.ToLower(ws[i].text)] {
		return [2]int{i, i} // "told him": the addressee, not the speaker
	}
	j := i
	if determiners[strings.ToLower(ws[j].text)] {
		j++
	}
	for j < len(ws) && !ws[j].punct && j < i+7 {
		if !isUpperWord(ws[j]) && j > i && isUpperWord(ws[j-1]) {
			break
		}
		j++
	}
	return [2]int{i, j}
}

// attr builds an attribution from the word range np and verb index v.
func attr(ws []word, np [2]int, v int) attribution {
	if np[0] >= np[1] {
		return attribution{}
	}
	a := attribution{start: ws[np[0]].start, end: ws[np[1]-1].end, verb: ws[v].text, found: true}
	return a
}

func (f *Finder) isVerb(w word) bool {
	if w.punct {
		return false
	}
	// Every word of every sentence is looked up: lower-case short ASCII
	// words in a stack buffer, as a map index by string(bytes) does not
	// allocate.
	var buf [32]byte
	if len(w.text) <= len(buf) {
		if k := append(buf[:0], w.text...); fold.LowerASCII(k) {
			return f.verbs[string(k)]
		}
	}
	return f.verbs[strings.ToLower(w.text)]
}

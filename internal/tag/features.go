package tag

// template numbers a kind of feature. The numbers are part of the saved
// model: append new kinds, never renumber.
type template uint8

const (
	tBias       template = iota // always on: the label prior
	tWord                       // normalized word (lowercase, digits as 0)
	tForm                       // word as written, for case distinctions
	tSuf1                       // last 1..4 bytes of the normalized word
	tSuf2                       //
	tSuf3                       //
	tSuf4                       //
	tPre1                       // first 1..3 bytes of the normalized word
	tPre2                       //
	tPre3                       //
	tShape                      // character classes, runs collapsed: "Xx", "d.d"
	tCase                       // first in sentence or not, capitalized or not
	tAmb                        // the label set the word had in training
	tP1                         // previous label
	tP2P1                       // two previous labels
	tP1Word                     // previous label and word
	tWordM1                     // previous word
	tWordM2                     // word two back
	tWordP1                     // next word
	tWordP2                     // word two ahead
	tSuf3M1                     // last 3 bytes of the previous word
	tSuf3P1                     // last 3 bytes of the next word
	tShapeM1                    // shape of the previous word
	tShapeP1                    // shape of the next word
	tAmbP1                      // label set of the next word
	tAmbP2                      // label set of the word two ahead
	tP1AmbP1                    // previous label and the next word's label set
	tWordM1Word                 // previous word and word
	tWordWordP1                 // word and next word
	tAmbM1Amb                   // label sets of the previous word and the word (before tagging)
	tP2                         // label two back
	tWordAmbP1                  // word and the next word's label set
	tCaseCtx                    // capitalization of the previous, this and the next word
	tCapLex                     // how often the word is capitalized mid-sentence in training, and here
	tSentCase                   // whether the sentence is in title case, capitals or lowercase, and the word's case
	tQ0                         // second pass: the first pass's label of the word
	tQ1                         // second pass: the first pass's label of the next word
	tQ1Q2                       // second pass: the first pass's labels of the next two words
	tP1Q1                       // second pass: previous label and the first pass's next label
	tWordQ1                     // second pass: word and the first pass's next label
	tQ0Q1                       // second pass: the first pass's labels of the word and the next
)

// pad is how many sentinel tokens surround a sentence in the window.
const pad = 2

// tokInfo holds the hashes of one token that its features combine.
type tokInfo struct {
	word, form, shape, cas, amb uint64
	capb                        uint64 // capitalization bucket from the lexicon
	sent                        uint64 // case style of the whole sentence
	suf                         [4]uint64
	pre                         [3]uint64
	dict                        int32 // label a frequent unambiguous word always takes, or -1
}

// sentinel hashes stand for the positions before and after a sentence.
var startInfo, endInfo = sentinel(1), sentinel(2)

func sentinel(n uint64) tokInfo {
	h := mix(0xdeadbeef, n)
	ti := tokInfo{word: h, form: h, shape: h, cas: h, amb: h, capb: h, sent: h, dict: -1}
	for i := range ti.suf {
		ti.suf[i] = h
	}
	for i := range ti.pre {
		ti.pre[i] = h
	}
	return ti
}

// features appends the features of position i (an index into the padded
// window w) given the labels already chosen two and one back.
func features(buf []uint64, w []tokInfo, i int, p2, p1 uint64) []uint64 {
	t, m1, m2, n1, n2 := &w[i], &w[i-1], &w[i-2], &w[i+1], &w[i+2]
	return append(buf,
		f1(tBias, 0),
		f1(tWord, t.word),
		f1(tForm, t.form),
		f1(tSuf1, t.suf[0]), f1(tSuf2, t.suf[1]), f1(tSuf3, t.suf[2]), f1(tSuf4, t.suf[3]),
		f1(tPre1, t.pre[0]), f1(tPre2, t.pre[1]), f1(tPre3, t.pre[2]),
		f1(tShape, t.shape),
		f1(tCase, t.cas),
		f1(tAmb, t.amb),
		f1(tP1, p1),
		f2(tP2P1, p2, p1),
		f2(tP1Word, p1, t.word),
		f1(tWordM1, m1.word),
		f1(tWordM2, m2.word),
		f1(tWordP1, n1.word),
		f1(tWordP2, n2.word),
		f1(tSuf3M1, m1.suf[2]),
		f1(tSuf3P1, n1.suf[2]),
		f1(tShapeM1, m1.shape),
		f1(tShapeP1, n1.shape),
		f1(tAmbP1, n1.amb),
		f1(tAmbP2, n2.amb),
		f2(tP1AmbP1, p1, n1.amb),
		f2(tWordM1Word, m1.word, t.word),
		f2(tWordWordP1, t.word, n1.word),
		f2(tAmbM1Amb, m1.amb, t.amb),
		f1(tP2, p2),
		f2(tWordAmbP1, t.word, n1.amb),
		f3(tCaseCtx, m1.cas, t.cas, n1.cas),
		f2(tCapLex, t.capb, t.cas),
		f2(tSentCase, t.sent, t.cas),
	)
}

// rightFeatures appends the second pass's features of position i (word
// j of the sentence): the labels the first pass gave the word and those
// after it, which the greedy first pass could not see.
func rightFeatures(buf []uint64, w []tokInfo, i int, p1 uint64, first []int, j int) []uint64 {
	q0, q1, q2 := labelHash(first[j]), labelAt(first, j+1), labelAt(first, j+2)
	return append(buf,
		f1(tQ0, q0),
		f1(tQ1, q1),
		f2(tQ1Q2, q1, q2),
		f2(tP1Q1, p1, q1),
		f2(tWordQ1, w[i].word, q1),
		f2(tQ0Q1, q0, q1),
	)
}

// labelAt is labelHash of labels[j], or 0 past the end of the sentence.
func labelAt(labels []int, j int) uint64 {
	if j >= len(labels) {
		return 0
	}
	return labelHash(labels[j])
}

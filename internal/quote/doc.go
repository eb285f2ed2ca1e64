// Package quote finds quotations in a Document and who said them: direct
// quotes in straight or curly, double or single marks, nested quotes, quotes
// running over several paragraphs, attribution before, inside or after the
// quote, paragraph-initial quotes continuing the last speaker, indirect
// speech ("said that ..."), and embedded posts, whose author is the speaker.
//
// It finds the speaker's words and the speech verb. It resolves the speaker
// to an Actor only through Document.Mentions (filled by the actor stage) and
// earlier quotes; it does not itself know who anybody is. Speech verbs are
// data in data/verbs.txt.
package quote

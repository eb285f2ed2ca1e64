// Package clean splits a Document's text into blocks and says what each block
// is: title, byline, dateline, body, an embedded social post, or boilerplate.
//
// It does not change the text: blocks are spans of Document.Text and
// Block.Text is always Text[Start:End]. It does not extract text from HTML
// (package html does) nor split sentences (package text does).
//
// # Units
//
// With no blocks yet, every non-blank line is a unit. Text that looks
// hard-wrapped (old wire copy: many line breaks in mid-sentence) is cut into
// paragraphs instead, at blank lines, indented lines, and short lines that do
// not break a sentence. When HTML extraction already made blocks, title, post
// and other non-body blocks are kept as they are and the lines of each body
// block are re-examined.
//
// # Rules
//
// What counts as boilerplate, a byline, a dateline, a post signature or a
// post link is data: the files in data/*.rules, embedded in the binary. A
// user adds rules of their own (tried first) or replaces them all through
// Config.RuleFiles and Config.NoDefaults; data/boilerplate.rules documents
// the format. Block.Reason names the rule that chose a block's kind, or one
// of the Reason constants for kinds no rule file chose.
//
// # Decisions
//
//   - Title: the first line, when it repeats Document.Title or reads as a
//     headline (a few words, no closing full stop, not continued on the next
//     line).
//   - Related lists: a heading such as "You may also like" and the
//     headline-like lines under it are boilerplate until a line reads as a
//     sentence again.
//   - Dateline: only the first body paragraph is tried. A match is split off
//     as its own dateline block (through the dash) with Place and Source, and
//     the rest of the paragraph becomes a body block after it.
//   - Posts: a signature line ("— Name (@handle) May 2, 2025") ends a post.
//     The post also takes the line just before it, earlier lines that carry
//     a post link or read as post text (replies, hashtags), one more line
//     when what it has is only tags and links, and later lines that carry a
//     post link unless the next post's signature follows them directly. All
//     of a post's lines become one block with a Post.
//
// Boilerplate, list and byline rules are only tried on short lines, so a
// long paragraph that mentions "newsletter" stays body.
package clean

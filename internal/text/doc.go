// Package text splits the analysed blocks of a Document into sentences and
// tokens with byte offsets into Document.Text.
//
// Tokens follow UD English (EWT) conventions: contractions and possessives
// are split ("don't" -> do + n't, "can't" -> ca + n't, "Trump’s" -> Trump +
// ’s, "cannot" -> can + not); abbreviations keep their period ("Gen.",
// "U.S.", "p.m.") unless that period also ends the sentence, when it becomes
// a token of its own ("in the U.S." -> U.S + .); hyphenated compounds split
// at the hyphen ("search - engine") except after a bound prefix or a single
// letter ("non-violent", "e-mail"); URLs, e-mail addresses, @handles,
// #hashtags, emoticons, numbers ("1,000.5", "10:30", "9/11", phone numbers)
// and ordinals ("3rd") stay whole; currency signs, "%", units and "am"/"pm"
// split from their number ("$", "5"; "5", "pm").
//
// A Form is always the exact text of its span, Text[Start:End]: nothing is
// normalized (curly quotes stay curly, "n't" keeps its apostrophe).
// SpaceAfter is false when the next token starts where this one ends. Head is
// -1: package parse fills it.
//
// Sentences end at final punctuation (with the closing quotes and brackets
// that follow it: `."`, `?”`, `.)`), at an abbreviation followed by a
// capitalized sentence opener, after a news dateline ("WASHINGTON (Reuters)
// -"), after a web or e-mail address followed by a capitalized word or a
// number (a signature run together), after the comma of a letter's greeting
// or closing ("Hi Louise,", "Best regards,"), around the date and time stamp
// of a forwarded e-mail ("Kay Mann || 04/26/2001 07:17 AM || Will you"), at
// a blank line, before a list item, and at a line break after a short or
// before an indented line unless the text looks wrapped. A smiley after
// final punctuation stays with its sentence.
// Sentences never cross block boundaries; a headline without punctuation is
// one sentence because it is one block.
//
// The dictionaries (abbreviations, hyphen prefixes, contractions,
// emoticons, sentence openers, words that do not end a line, letter
// greetings and closings) are plain-text files under data/, embedded in
// the binary; LoadRules and LoadRulesDir read a user's replacements.
//
// Entry points:
//
//   - Splitter is the pipeline stage: Process fills Document.Sentences from
//     every analysed block (Block.Kind.Analysed()).
//   - Tokenize(s, base) and Split(s, base) work on raw text; offsets are byte
//     offsets into s plus base. Tokenizer does the same with chosen Rules.
//   - ReadGold, Score and Tokenizer.Evaluate score tokenization and sentence
//     splitting against a CoNLL-U treebank (dyad eval text).
//
// The package does not tag, lemmatize or parse, does not change the text,
// and does not decide block kinds (package clean does).
package text

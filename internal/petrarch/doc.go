// Package petrarch reads the dictionary files of the PETRARCH and TABARI
// event coders: verb pattern dictionaries (synonym sets, verb blocks,
// patterns, transformations), actor dictionaries with dated codes, agent
// dictionaries with !MACRO! substitutions and plurals, discard lists and
// issue lists.
//
// The readers keep the dictionaries' own notation (upper-case words joined
// with '_', pattern markers such as * $ + % ^, synonym-set names such as
// &CURRENCY) so that a coder can apply their surface semantics. One list
// it also applies: a DiscardSet finds discard phrases in text (whole words,
// case and punctuation ignored), for coders to veto sentences or stories
// with. The package does not code sentences and does not convert patterns to dyad's
// dependency-path patterns; it only turns text into typed values, reporting
// malformed lines as errors prefixed with file:line.
//
// TABARI's files use the same line grammar with ';' comments and
// <SECTION> tags; package tabari reads TABARI's project, options and
// validation files and uses these readers for the dictionaries.
package petrarch

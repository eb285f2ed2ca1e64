// Package mention finds the actors a document mentions and links each
// reference to what it refers to: names and agents through the actor
// lexicon (internal/actors), role nouns ("the president") to the latest
// actor holding that role, pronouns (she, his, they) to the latest fitting
// mention, and surnames to an earlier full name. Named actors the lexicon
// does not know are kept with their words and a guessed sector.
//
// Resolution is rule-based and local: recency, number, the gender of a
// person's first name (data/names.txt) and the rule that an object pronoun
// does not refer to its own clause's subject. It does not decide who did
// what; the coder reads Document.Mentions.
package mention

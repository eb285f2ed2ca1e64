// Package verbs holds dyad's built-in verb and event-noun lexicon: patterns
// over Universal Dependencies parses that say which CAMEO event a head word
// with certain dependents expresses ("propose" + xcomp "send" + object
// "troops" is 0312), plus discards that mean "no event here".
//
// It does not read text or parses and does not pick among matching
// patterns: the event coder walks a parse, asks [Lexicon.ByLemma] or
// [Lexicon.Nominal] for candidates and checks their constraints. Choosing
// among several matches (most constraints first, discards winning ties),
// negation, modality and passive voice are the coder's job. Candidates
// come in file order (files sorted by name, lines top to bottom), and the
// built-in files put generic fallbacks after specific patterns, so a coder
// that breaks ties by order picks the specific one.
//
// # File format
//
// The lexicon is plain text under data/, one file per CAMEO root family
// (01-statement.txt ... 20-mass-violence.txt), 00-discard.txt for discards
// and classes.txt for word classes. Users can load their own files with
// [Load]. Everything after '#' is a comment; blank lines are ignored.
//
// A class line names a set of lemmas, usable anywhere a lemma may go:
//
//	@troops = troop|soldier|force|@navy
//
// A pattern line is a code, a head and zero or more constraints, separated
// by blanks:
//
//	0312  @v-intend +xcomp:send|deploy +xcomp.obj:@troops   # offer troops
//	0874  withdraw|pull +obj:@troops
//	164   call +prt:off +obj:@talks                          # "call off talks"
//	195   n:strike|raid +mod:air|drone                        # "air strike"
//	---   fire +prt:up                                       # "fired up": no event
//
// The parts are:
//
//   - CODE is a CAMEO event code, or --- for a discard.
//   - HEAD is lemma alternatives joined by '|', with @class references. A
//     head is a verb unless prefixed "n:" (a noun: "n:talk" for "talks").
//   - "+path" requires a dependent reached from the head along path;
//     "-path" forbids one. ":words" restricts the dependent's lemma.
//   - A path is relation steps joined by '.': "obj", "xcomp.obj" (the
//     object of the head's xcomp), "prep/for.mod" (a modifier of the
//     head's "for" phrase). A step may name prepositions after '/':
//     "prep/with", "prep/over|on". Relation names are listed in
//     [RelationNames]; "prep" is obl or nmod, "prt" is compound:prt, "mod" is
//     amod, nmod or compound.
//
// Lemmas are lower case and written as a UD lemmatizer writes them (nouns
// singular, verbs in the base form). A UD part-of-speech tag written in
// capitals inside a word list accepts any token with that tag: "+obj:PROPN"
// or "+xcomp:VERB" ("urge X to act" but not "call it a mistake"). Patterns are written in the active
// voice: a coder maps nsubj:pass to obj and obl:agent to nsubj first.
//
// # Counting
//
// [Lexicon.Count] counts head-lemma alternatives separately, after class
// expansion: "arrest|detain" counts two. Word lists inside constraints are
// not multiplied out.
//
// # Lint
//
// [Lint] reports, with file:line, malformed lines, undefined or cyclic
// classes, unknown CAMEO codes, codes filed under another family, duplicate
// patterns, patterns that can never win (another line matches exactly the
// same head and constraints with a different code, or a forbid rules out a
// requirement) and unused classes. The built-in lexicon lints clean.
package verbs

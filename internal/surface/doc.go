// Package surface is an event-coding stage that applies PETRARCH and TABARI
// dictionaries with their own surface-pattern semantics over dyad's tokens.
//
// A phrase word matches any token it begins ("ACCEPT" matches ACCEPTED)
// unless it ends in '_' (exact; an exact one-word verb still takes the
// regular endings -S, -ED, -ING). In a verb pattern, words before '*' are
// searched leftwards from the verb and words after it rightwards; a space
// lets other words intervene, '_' requires adjacent words; '$' marks the
// source actor, '+' the target, '&NAME' any member of a synonym set and
// '{A | B}' any alternative. The pattern that matches the most elements
// wins; with none, the verb's own code applies with the first actor before
// the verb and the first after it ("X WAS VERBED BY Y" swaps them). A code
// "A:B" also gives the reverse event B from target to source.
//
// Like the peers, each clause (split at ';', and at AND/BUT before a verb)
// codes only its first verb that yields an event; short comma-delimited
// asides are dropped first. Agents fold into a neighbouring actor
// ("ARNOR'S FOREIGN MINISTER", "MINISTER OF ARNOR"); actors joined by AND
// or commas (with articles and adjectives between) form compounds that
// each get the event. A sentence holding a discard phrase codes nothing.
//
// The stage runs when foreign verb dictionaries are loaded (dyad code
// --verbs, dyad validate). It reads the tagger's UPOS when present but does
// not use the dependency parse, resolve pronouns, carry subjects across
// sentences, or apply PETRARCH transformations or TABARI options other
// than DEFAULT source/target (see Coder.WithDefaults).
package surface

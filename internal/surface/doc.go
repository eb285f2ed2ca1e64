// Package surface is an event-coding stage that applies PETRARCH and TABARI
// dictionaries with their own surface-pattern semantics over dyad's tokens.
//
// A phrase word matches any token it begins ("ACCEPT" matches ACCEPTED)
// unless it ends in '_' (exact; an exact one-word verb still takes the
// regular endings -S, -ED, -ING, an exact actor or agent word -S and -ES,
// a word ending in '=' nothing). Options.WholeWords makes every word match
// only itself and its regular forms, as PETRARCH does. In a verb phrase a
// word before a space is a stem ("BURN DOWN" matches BURNED DOWN); '+'
// marks PETRARCH's verb inside a multi-word verb. In a verb pattern, words
// before '*' are searched leftwards from the verb and words after it
// rightwards; a space lets other words intervene, '_' requires adjacent
// words; '$' marks the source actor, '+' the target, '%' a compound whose
// members act on each other, '^' one actor skipped, '&NAME' any member of
// a synonym set and '{A | B}' any alternative. The pattern that matches
// the most elements wins; with none, the verb's own code applies with the
// first actor before the verb and the first after it ("X WAS VERBED BY Y"
// swaps them). A code "A:B" also gives the reverse event B from target to
// source; a code ending in '!' is dominant: the sentence codes only it.
// "+++" (too complex) and "###" (discard) codes on an actor or verb in the
// sentence make it code nothing.
//
// Like the peers, each clause (split at ';', and at AND/BUT before a verb
// or a new subject, OR before a verb) codes only its first verb that yields
// an event (Options.CodeBy: per clause, per sentence or every verb);
// comma-delimited asides, beginnings and ends of the lengths in
// Options.Comma are dropped first, commas in lists of actors kept. Agents
// (one, or several joined by AND) fold into a neighbouring actor
// ("ARNOR'S FOREIGN MINISTER", "MINISTER OF ARNOR", adjectives allowed
// between); actors joined by AND, NOR or commas (with articles and
// adjectives between) form compounds that each get the event. Personal
// pronouns stand for the sentence's first actor, and with Options.Forward
// a leading one for the previous sentence's. A sentence holding a discard
// phrase codes nothing.
//
// Options also carry TABARI's DEFAULT source and target, minimum words,
// COMPLEX limits, CONVERT AGENT, and the gaps TABARI allows inside actor,
// synonym and alternative phrases written with spaces (Options.ActorGap).
//
// The stage runs when foreign verb dictionaries are loaded (dyad code
// --verbs, dyad validate). It reads the tagger's UPOS when present but does
// not use the dependency parse or apply PETRARCH transformations.
package surface

// Package surface is an event-coding stage that applies PETRARCH and TABARI
// dictionaries with their own surface-pattern semantics over dyad's tokens.
//
// A phrase word matches any token it begins ("ACCEPT" matches ACCEPTED)
// unless it ends in '_' (exact). In a verb pattern, words before '*' are
// searched leftwards from the verb and words after it rightwards; a space
// lets other words intervene, '_' requires adjacent words; '$' marks the
// source actor, '+' the target, '&NAME' any member of a synonym set and
// '{A | B}' any alternative. The pattern that matches the most elements
// wins; with none, the verb's own code applies with the first actor before
// the verb and the first after it. Each clause (split at ';') codes only
// its first verb that yields an event; a code "A:B" also gives the reverse
// event B from target to source.
//
// It runs when foreign verb dictionaries are loaded. It does not use the
// dependency parse, resolve pronouns, or apply PETRARCH transformations.
package surface

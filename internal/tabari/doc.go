// Package tabari reads the TABARI coder's own file formats: .project files
// (which name the dictionaries and text), .options files, and text files of
// records with expected events in comment blocks (the validation suite).
//
// Of the options it interprets two values: DEFAULT (Defaults: the codes
// standing in for a missing source or target) and COMPLEX (ParseComplex:
// the limits past which a sentence is too complex to code, and Check).
//
// TABARI's dictionaries (.verbs, .actors, .agents) share PETRARCH's line
// grammar and are read by package petrarch. This package does not code.
package tabari

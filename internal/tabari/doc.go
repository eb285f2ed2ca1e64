// Package tabari reads the TABARI coder's own file formats: .project files
// (which name the dictionaries and text), .options files, and text files of
// records with expected events in comment blocks (the validation suite).
//
// Of the options it interprets two values: DEFAULT (Defaults: the codes
// standing in for a missing source or target) and COMPLEX (ParseComplex:
// the limits past which a sentence is too complex to code, and Check).
//
// # Options dyad honours
//
// `dyad code --options FILE` (and every command that codes) applies:
//
//	DEFAULT: SOURCE [X] ... TARGET [Y]   X stands in for a verb's missing source, Y for
//	                                     its missing target, in the built-in coder and
//	                                     the surface coder; "DEFAULT: OFF" clears them.
//	                                     PRIOR/AFTER (where TABARI looked) are not used:
//	                                     dyad finds sides by dependency relations.
//	COMPLEX: VERBS[n] ACTORS[n] CONJ[n] NOACTPRIOR
//	                                     a sentence with more than n verbs (tokens tagged
//	                                     VERB), actor mentions (pronouns aside) or
//	                                     coordinating conjunctions, or with no actor
//	                                     before its first verb, is not coded; why is a
//	                                     document error and a line of `dyad explain`
//	                                     (so EXPLAIN is always on).
//
// Every other command — LABEL, OUTPUT, FORWARD, ISSUES, SET: ... (usage
// counts, SKIP RECORDS, LABEL, MATCH...) and COMPLEX words not above — is
// read, checked for syntax, and named on standard error as ignored: dyad's
// output format and code labels are its own. A .project file given as
// --options stands for the options file it names; its other files are
// named on standard error (load them with --actors, --verbs, --agents).
//
// TABARI's dictionaries (.verbs, .actors, .agents) share PETRARCH's line
// grammar and are read by package petrarch. This package does not code.
package tabari

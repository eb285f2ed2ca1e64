// Package validate reads the PETRARCH and TABARI validation suites (records
// with their expected events and the dictionaries they name) and scores
// coded events against them: a record passes when the set of coded
// (source, target, code) triples equals the expected set.
//
// It does not code: callers pass a function that codes one record's text.
// It never uses the suites' own parses.
package validate

// Package coder turns parsed sentences into coded events: who (source) did
// what (a CAMEO code) to whom (target), with the event's modality, date,
// quote and speaker, and the evidence that produced it.
//
// It reads what earlier stages left on the Document: tokens with lemmas,
// tags and dependency heads (internal/tag, internal/parse), actor mentions
// with references resolved (internal/mention), quotes (internal/quote) and
// time expressions (internal/when). Verb and noun patterns come from
// internal/verbs; codes' names, Goldstein values and PLOVER types from
// internal/cameo. It does not find actors or dates itself.
//
// For each verb (and each eventive noun) it tries the patterns listed for
// its lemma, keeps the most specific one whose constraints the parse meets,
// and finds the source (subject, passive agent, or the controller of an
// infinitive) and target (object, indirect object, prepositional object,
// or the owner of the object: "rejected Trump's proposal"). Coordinated
// actors give one event each. Tokens a pattern consumed through a path
// ("proposed sending troops") are not coded again.
//
// Two hooks let a user's dictionaries steer it (dyad's --discards and
// --options flags). Config.Filters veto sentences: a vetoed sentence
// yields no events, the reason is recorded once as a non-fatal document
// error (reason "discard", "complex") and Explain reports it as the
// sentence's one chosen candidate. Config.DefaultSource and DefaultTarget
// are codes standing in for a missing side (TABARI's DEFAULT option); such
// an event's evidence path reads "DEFAULT" and its comment says so.
package coder

// Package actors is dyad's built-in actor lexicon: who is who, and who held
// which office when. It maps names in text to CAMEO actor codes:
// countries, their adjectives, peoples and seats of government ("Mexican",
// "the Kremlin" → RUSGOV); international organisations, NGOs, news media
// and armed groups; people with dated roles (Donald Trump is USAGOV from
// 2017-01-20 to 2021-01-20 and from 2025-01-20, USAELI in between); and
// generic agent nouns ("troops" → MIL) that combine with a country
// ("Mexican troops" → MEXMIL).
//
// It does not find mentions that are not in its lists, resolve pronouns,
// or decide who did what to whom: the coder does that with the matches.
//
// # API
//
//	lx, err := actors.Default()               // the built-in data files
//	lx, err := actors.Load("my/lexicon/")     // a user's files or directory
//	ms := lx.Match(sentence.Tokens, date)     // actors in a sentence's tokens
//	a, why, ok := lx.Lookup("US President Donald Trump", date)
//	problems := actors.Lint(lx, validCode)    // what `dyad lexicon lint` reports
//
// Match takes the tokens' Form only (no tagging needed) and returns
// non-overlapping spans, longest match first, each with its actor, mention
// kind, head token and [Reason] (rule, entries with file:line, dated role).
// Its rules: a lower-case word in the data matches any case; a capitalised
// one needs a capital; an acronym ("US", "UN") needs capitals, so "us" is
// not the United States; an article before a name joins the span;
// possessives ("Mexico's", "Mexico 's") and an agent's regular plural are
// understood; a country before an agent noun, or "AGENT of COUNTRY", makes
// country+sector; a title before a person ("US President Donald Trump",
// "President Claudia Sheinbaum of Mexico") resolves to the person; a
// surname alone ("Trump") resolves only to the one person bearing it who is
// in office on the date (internal/mention links other surnames to a full
// name met earlier); an honorific ("Mr", "Dr", "Sir") joins a person's
// mention. The zero date means now.
//
// # Data files
//
// data/*.txt (embedded) are line-oriented text, one family a file:
// countries, igos, ngos, media, armed-groups, parties, people, agents.
// Each file says its family with "@kind countries|orgs|people|agents",
// then has one record a line:
//
//	CODE: name; name; ... | key: value; value
//	  key: value; value      (indented: more of the record above)
//
// Keys: also (more names), adj/people/seat (countries), role (people and
// organisations: "CODE FROM..TO title"), short (people). A record with code
// "-" names things that are not actors ("New Mexico"), so that the longest
// match keeps them from being read as one ("Mexico"). "#" starts a comment.
// Each file's header comment documents its columns.
package actors

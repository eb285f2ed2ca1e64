// Package where finds toponyms in a Document's analysed blocks and resolves
// them against a gazetteer, filling Document.Places.
//
// The built-in gazetteer is written for dyad and kept as plain text in
// data/, one file per family. Every file is UTF-8, one entry per line, fields
// separated by spaces, the last field being the entry's names separated by
// "|" (the first name is the canonical one; names may contain spaces). Lines
// starting with # are comments.
//
//	countries.txt  ISO3 ISO2 LAT LON NAMES
//	admin1.txt     ISO3 CODE LAT LON NAMES          (CODE: "CA", "NSW", "ON")
//	cities.txt     ISO3 ADMIN1 LAT LON POP NAMES    (ADMIN1: a CODE or -, POP in thousands)
//	regions.txt    KIND COUNTRY LAT LON NAMES       (KIND: continent, region, sea, border;
//	                                                 COUNTRY: ISO3, "USA+MEX" for a border, or -)
//	people.txt     one name a line: place names that are also common given
//	               or family names ("Georgia", "Jordan", "Chad")
//	common.txt     one name a line: place names that are also common words
//	               ("Nice", "Reading"), not read as places opening a sentence
//	orgwords.txt   one word a line: words that make a place name part of an
//	               organisation's name ("Times" in "New York Times")
//
// A name written "Birmingham, Alabama" is indexed as "Birmingham": the part
// after the comma only documents which Birmingham is meant, and the
// recognizer learns it from the text ("Paris, Texas"). A name written in
// capitals ("US", "DRC", "NSW") matches only in capitals; other names match
// any capitalised spelling. Adjectives ("French") are not places and are not
// listed. A user may add GeoNames files (cities15000.txt or .zip,
// admin1CodesASCII.txt, countryInfo.txt) through Config; they are merged
// into the built-in entries.
//
// Recognition is a longest match of capitalised token sequences against the
// gazetteer. When a tagger and parser have run it also drops names tagged as
// verbs, adverbs and other non-nouns, and names joined by a flat relation
// to another proper noun ("Chad Lee"). It skips names used as people ("Georgia Smith", "Jordan said"),
// reads "Paris, Texas" and "Long Beach, CA" as a city qualified by its
// division, "eastern Mexico" as a region of Mexico, and "the border" as the
// border between the two countries a story is about. Resolution prefers
// candidates in countries the story or its dateline already names, then the
// higher administrative level, then population.
//
// It does not geocode street addresses, does not resolve places below the
// cities it knows (except as "Town, State"), and does not decide where an
// event happened: the coder links events to places.
package where

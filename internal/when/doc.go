// Package when finds temporal expressions in a Document's analysed blocks and
// normalises them to TimeML values (2025-05-03, 2025-04, 2025-W18, P1M,
// PRESENT_REF) against an anchor that moves through the story: the
// publication date, or the last explicit date for expressions such as "the
// day before".
//
// When the publication date is missing it is inferred from the text: the
// dates of embedded posts, a weekday that fixes the year of a day and month
// ("Saturday, 3 May" is 2025 near 2025), or the latest explicit date.
//
// It does not decide which expression governs an event; the coder does that
// with the parse. The words it knows (months, weekdays, units, number words,
// modifiers) are data in data/words.txt.
package when

// Package read turns inputs — files, directories, URLs, standard input — into
// dyad Documents, one per news item, detecting each item's format from its
// content first, then its declared content type, then its name.
//
// Formats and what one Document is:
//
//   - plain text: the whole file (UTF-16 with a byte-order mark is decoded);
//   - HTML: the whole page, markup in Document.HTML decoded to UTF-8 (byte
//     order mark, HTTP charset, <meta charset>; valid UTF-8 overrules a
//     guess); Text is left empty for the html stage;
//   - JSON lines: one object per line with id, url, title, source, date,
//     text or html (byline/author, lang and site_name too); other fields go
//     to Meta. A JSON array or pretty-printed objects are read as well;
//   - RSS 2.0, RSS 1.0 and Atom: one item or entry; markup content goes to
//     HTML, plain content to Text; the channel title becomes Source;
//   - WARC and WARC.gz: one 2xx HTML response or resource record, with
//     WARC-Target-URI as URL and WARC-Date as Date;
//   - PETRARCH XML: one <Sentence>, bare or inside a unit-test file; gold
//     <EventCoding> and <Parse> are kept in Meta;
//   - Reuters-21578 SGML: one <REUTERS> story: headline, dateline and body
//     reflowed into paragraphs, code lists in Meta;
//   - gzip of any of these, found by its magic bytes.
//
// Nothing is dropped silently: an item that cannot be read still yields a
// Document whose Errors say why (dyad.Reason*), and a container that breaks
// off (truncated gzip, WARC, feed) yields the items before the break and
// then an error Document. Invalid UTF-8 is replaced with U+FFFD and noted
// with a non-fatal error. Origin names the item: path, path#line-N,
// path#item-N, path#record-N, or the URL.
//
// It does not extract text from HTML, clean boilerplate, split sentences or
// follow links from feeds or pages; those are later stages' work.
package read

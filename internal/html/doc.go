// Package html turns the raw markup of a web page into a Document's text and
// blocks: the article's title, its body paragraphs (headings, paragraphs and
// list items each their own paragraph) and the social-media posts embedded in
// it (X/Twitter, Instagram, Bluesky, Mastodon, Facebook, YouTube, Telegram),
// plus the page's metadata: title, byline, publication date, canonical URL
// and site name.
//
// It drops obvious page chrome (navigation, headers, footers, asides, forms,
// scripts, comments, cookie banners, share bars, related-article lists) while
// it extracts, using readable pattern lists in data/ that a user can replace.
// It does not decide finer kinds of block such as bylines, datelines or
// boilerplate inside the article (package clean does), does not fetch pages
// and does not detect character sets: the reader hands it UTF-8 markup.
package html

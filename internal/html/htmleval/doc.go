// Package htmleval scores article extraction against the reference sets in
// ../shared/data/html: the article-extraction benchmark (token-shingle
// precision, recall and F1 of the body, as its evaluate.py computes them)
// and Readability's news test pages (title, byline and date accuracy).
//
// It only reads and scores; it does not extract (package html does) and it
// holds no data of its own.
package htmleval

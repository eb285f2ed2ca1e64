// Package clean splits a Document's text into blocks and says what each block
// is: title, byline, dateline, body, an embedded social post, or boilerplate.
//
// It does not change the text: blocks are spans of Document.Text. It does not
// extract text from HTML (package html does) nor split sentences (package
// text does).
package clean

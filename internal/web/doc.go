// Package web holds the browser UI of `dyad serve`: one HTML page, a
// style sheet and a script, embedded in the binary so nothing is loaded
// from anywhere else. The page talks only to the JSON API (internal/api):
// an event explorer, a document view with actors, event verbs, quotes,
// dates and places highlighted, a dyad timeline and a box to code a pasted
// article.
//
// It does not render anything on the server. Article text is only ever
// inserted with textContent, so markup in an article is shown, never run;
// the API's Content-Security-Policy forbids inline scripts besides.
package web

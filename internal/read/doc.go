// Package read turns inputs — files, directories, URLs, standard input — into
// dyad Documents, one per news item, detecting each item's format from its
// content and name.
//
// It never drops an item: an item that cannot be read still yields a
// Document whose Errors say why. It does not clean or analyse text; HTML
// items carry their markup in Document.HTML for the html stage.
package read

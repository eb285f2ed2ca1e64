// Package text splits the analysed blocks of a Document into sentences and
// tokens with byte offsets into Document.Text.
//
// It does not tag or parse; sentences never cross block boundaries.
package text

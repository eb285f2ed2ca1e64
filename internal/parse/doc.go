// Package parse is a labelled dependency parser producing Universal
// Dependencies relations (nsubj, obj, obl, nsubj:pass, acl:relcl, ...).
//
// It is a greedy arc-hybrid transition parser. Transitions are scored by an
// averaged perceptron over hashed feature templates (words and tags of the
// stack and buffer, children, their labels, valency, distance); the label of
// each arc is chosen by a second perceptron when the arc is made. Training
// uses a dynamic oracle with exploration (Goldberg and Nivre), so the parser
// learns to recover from its own mistakes. Weights live in a fixed table
// indexed by uint64 feature hashes, stored sparsely and quantized.
//
// It does not tokenize, split sentences or tag: tokens must carry UPOS and
// XPOS (internal/tag provides them). Output trees are projective and have
// exactly one root.
package parse

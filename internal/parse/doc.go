// Package parse is a labelled dependency parser producing Universal
// Dependencies relations (nsubj, obj, obl, nsubj:pass, acl:relcl, ...).
//
// It is a greedy arc-hybrid transition parser. Transitions are scored by an
// averaged perceptron over hashed feature templates (words, tags and
// suffixes of the stack and buffer, children, their labels, valency, label
// sets, distance, and the verbs and punctuation between two nodes); the
// label of each arc is chosen by a second perceptron when the arc is made,
// when the dependent's own subtree is complete. Training uses the dynamic
// oracle of Goldberg and Nivre with exploration, so the parser learns to
// recover from its own mistakes; non-projective training trees are kept,
// with approximate costs. Weights live in fixed tables indexed by uint64
// feature hashes (no strings are built per feature), are quantized to
// int16 and stored sparsely; when loaded, the transition table is expanded
// to a dense row of four weights per bucket and the label table to rows of
// four inline entries (longer runs overflow), so most features cost one
// cache miss. Scoring first loads every feature's row in a loop of
// independent loads, so the misses overlap instead of queueing.
//
// Greedy decoding was chosen over a beam for speed: a beam of k costs k
// times as much per sentence.
//
// The built-in model (data/parser.gz, see Default) is trained by
// `dyad train` on UD English EWT, each tree once with tags predicted by
// jackknifed taggers (so that it expects the tagging mistakes it will meet)
// and once with gold tags.
//
// It does not tokenize, split sentences or tag: tokens must carry UPOS and
// XPOS (internal/tag provides them). Output trees are projective and have
// exactly one root.
package parse

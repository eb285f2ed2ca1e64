// Package store keeps coded documents and their events in one SQLite file
// (modernc.org/sqlite, pure Go) and merges event mentions that report the
// same event.
//
// # What it stores
//
// Each document is stored with its event mentions, each with its full
// evidence, and with what the pipeline found in it, kept in one row
// (doc_parts) because it is only read back whole: blocks, actor mentions,
// quotes, temporal expressions and places as JSON, sentences and their
// tokens in a compact binary form (blob.go). Documents stored before
// schema 2 keep those parts in one table per kind, and are read from
// there. Documents are indexed for full-text search (FTS5). The schema is
// in migrations/, numbered files applied in order; PRAGMA user_version
// records the last one applied. The file is in WAL mode, so readers never
// wait for the writer.
//
// # Idempotence and crashes
//
// A document's key is its URL (without #fragment), or, when it has none,
// the SHA-256 of its words. PutDocuments stores a batch of documents in one
// transaction and skips keys already stored, so ingesting the same input
// twice stores it once, and re-running an ingest that was killed resumes
// where the last committed batch ended: a killed process loses at most the
// batch in flight and leaves the database consistent. Documents whose
// reading failed are not stored, so a re-run retries them. The WAL is
// written with synchronous=NORMAL: a committed batch survives the process
// being killed (the kill -9 test checks it), but the last batches before
// a power loss or an operating-system crash may be lost, never half kept.
//
// # Copies of one story
//
// A document is a copy of an earlier one when its words are the same, or
// when the estimated Jaccard similarity of their sets of 4-word shingles
// is at least MergeRules.Similar (default 0.7). Similarity is estimated
// with a 64-value MinHash sketch; a locality-sensitive index over 16 bands
// of 4 values finds candidates without comparing against every document.
// A copy is stored in full (its URL and source are facts) with dup_of
// pointing at the first document of the story.
//
// # Merging event mentions into events
//
// An event mention joins an existing event when all of these hold:
//
//   - the same source actor code, target actor code and CAMEO root
//     (two-digit) code; the event keeps the full code of its first mention;
//   - compatible modality: asserted and reported mentions merge with each
//     other; negated, hypothetical, future and proposed mentions merge only
//     with mentions of the same modality, never with ones that happened;
//   - dates within the window: each date stands for the span its
//     precision allows (a day, an ISO week, a month, a year), and the two
//     spans, each widened by MergeRules.WindowDays (default 1), overlap.
//     So "2025-05-03" merges with "2025-05-04" and with "2025-05", but not
//     with "2025-05-06". A mention without a date takes its document's
//     publication day; if that is unknown too, it merges only with other
//     undated events;
//   - the same place when both know one (same gazetteer id, else same
//     country and name); an unknown place matches any.
//
// When several events qualify, the mention joins the one with the most
// precise date, then the nearest, then the oldest. A more precise
// mention narrows the event's date (a month becomes a day); the first
// known place fills an unknown one.
//
// Every mention is kept with its evidence. An event counts:
// NumMentions, its event mentions; NumArticles, the distinct documents
// they are in (two copies of a story are two articles, as in GDELT);
// NumSources, the distinct publishers (Document.Source; a document without
// one counts as its own); NumStories, the distinct stories once copies are
// counted once. FirstSeen and LastSeen are the earliest and latest
// publication times of those documents (ingest time when unknown).
//
// # What it does not do
//
// It does not code text (the pipeline does), fetch anything, or re-merge
// events when the rules change: merging happens once, as mentions arrive,
// so ingest order can decide which of two equally good events a mention
// joins.
package store

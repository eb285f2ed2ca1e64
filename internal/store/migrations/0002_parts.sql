-- 0002: what the pipeline found in a document (blocks, sentences and
-- tokens, actor mentions, quotes, times, places) in one row per document
-- instead of one row per part: they are only ever read back whole, and
-- writing some twenty rows and their index entries per document was most
-- of an ingest's cost. Documents stored before this migration keep their
-- parts in the tables of 0001, where readers still find them.
CREATE TABLE doc_parts (
	doc    INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
	parts  TEXT NOT NULL,  -- JSON: blocks (without text), mentions, quotes, times, places
	tokens BLOB NOT NULL   -- sentences and their tokens, compact binary (blob.go)
);

-- 0001: documents and what the pipeline found in them, event mentions, and
-- the merged events they report.

CREATE TABLE documents (
	id          INTEGER PRIMARY KEY,
	key         TEXT NOT NULL UNIQUE,  -- "url:" + URL, else "sha:" + hash of the text
	doc_id      TEXT NOT NULL,         -- Document.ID as the pipeline gave it
	url         TEXT NOT NULL DEFAULT '',
	title       TEXT NOT NULL DEFAULT '',
	source      TEXT NOT NULL DEFAULT '',
	byline      TEXT NOT NULL DEFAULT '',
	site_name   TEXT NOT NULL DEFAULT '',
	date        TEXT NOT NULL DEFAULT '',  -- RFC 3339, '' when unknown
	lang        TEXT NOT NULL DEFAULT '',
	format      TEXT NOT NULL DEFAULT '',
	origin      TEXT NOT NULL DEFAULT '',
	meta        TEXT NOT NULL DEFAULT '{}',
	errors      TEXT NOT NULL DEFAULT '[]',
	text        TEXT NOT NULL,
	text_hash   TEXT NOT NULL,             -- sha256 of the normalised text
	sketch      BLOB NOT NULL,             -- MinHash signature of word shingles (see dedup.go)
	dup_of      INTEGER REFERENCES documents(id), -- the earlier copy of a near-duplicate
	ingested_at TEXT NOT NULL
);
CREATE INDEX documents_text_hash ON documents(text_hash);
CREATE INDEX documents_doc_id ON documents(doc_id);

-- doc_bands is the LSH index of the sketches: documents sharing a band
-- are candidate copies of one story.
CREATE TABLE doc_bands (
	band INTEGER NOT NULL,
	doc  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	PRIMARY KEY (band, doc)
) WITHOUT ROWID;

CREATE VIRTUAL TABLE documents_fts USING fts5(
	title, text, content='documents', content_rowid='id'
);

CREATE TABLE blocks (
	doc    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	idx    INTEGER NOT NULL,
	kind   TEXT NOT NULL,
	start  INTEGER NOT NULL,
	end    INTEGER NOT NULL,
	place  TEXT NOT NULL DEFAULT '',
	source TEXT NOT NULL DEFAULT '',
	reason TEXT NOT NULL DEFAULT '',
	post   TEXT,                          -- JSON of dyad.Post, NULL when not a post
	PRIMARY KEY (doc, idx)
) WITHOUT ROWID;

CREATE TABLE sentences (
	doc    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	idx    INTEGER NOT NULL,
	block  INTEGER NOT NULL,
	start  INTEGER NOT NULL,
	end    INTEGER NOT NULL,
	tokens TEXT NOT NULL DEFAULT '',      -- compact token lines (tokens.go)
	PRIMARY KEY (doc, idx)
) WITHOUT ROWID;

CREATE TABLE mentions (
	doc        INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	idx        INTEGER NOT NULL,
	sentence   INTEGER NOT NULL,
	start      INTEGER NOT NULL,
	end        INTEGER NOT NULL,
	text       TEXT NOT NULL,
	kind       TEXT NOT NULL,
	head       INTEGER NOT NULL,
	tok_start  INTEGER NOT NULL,
	tok_end    INTEGER NOT NULL,
	ref        INTEGER NOT NULL,
	actor_code TEXT NOT NULL DEFAULT '',
	actor      TEXT,                      -- JSON of dyad.Actor, NULL when unresolved
	PRIMARY KEY (doc, idx)
) WITHOUT ROWID;
CREATE INDEX mentions_actor ON mentions(actor_code);

CREATE TABLE quotes (
	doc   INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	idx   INTEGER NOT NULL,
	start INTEGER NOT NULL,
	end   INTEGER NOT NULL,
	speaker_code TEXT NOT NULL DEFAULT '',
	quote TEXT NOT NULL,                  -- JSON of dyad.Quote
	PRIMARY KEY (doc, idx)
) WITHOUT ROWID;

CREATE TABLE times (
	doc       INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	idx       INTEGER NOT NULL,
	text      TEXT NOT NULL,
	start     INTEGER NOT NULL,
	end       INTEGER NOT NULL,
	value     TEXT NOT NULL,
	type      TEXT NOT NULL,
	precision TEXT NOT NULL DEFAULT '',
	anchor    TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (doc, idx)
) WITHOUT ROWID;

CREATE TABLE places (
	doc       INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	idx       INTEGER NOT NULL,
	name      TEXT NOT NULL,
	text      TEXT NOT NULL DEFAULT '',
	start     INTEGER NOT NULL,
	end       INTEGER NOT NULL,
	kind      TEXT NOT NULL DEFAULT '',
	country   TEXT NOT NULL DEFAULT '',
	admin1    TEXT NOT NULL DEFAULT '',
	lat       REAL NOT NULL DEFAULT 0,
	lon       REAL NOT NULL DEFAULT 0,
	gaz_id    TEXT NOT NULL DEFAULT '',
	certainty REAL NOT NULL DEFAULT 0,
	PRIMARY KEY (doc, idx)
) WITHOUT ROWID;

-- events are what several event mentions report once. Dates are day
-- numbers (days since 1970-01-01) so windows are integer arithmetic;
-- day_lo..day_hi is the span the event's date allows at its precision.
CREATE TABLE events (
	id             INTEGER PRIMARY KEY,
	source_code    TEXT NOT NULL,
	target_code    TEXT NOT NULL,
	source_name    TEXT NOT NULL DEFAULT '',
	source_country TEXT NOT NULL DEFAULT '',
	target_name    TEXT NOT NULL DEFAULT '',
	target_country TEXT NOT NULL DEFAULT '',
	root           TEXT NOT NULL,
	cameo          TEXT NOT NULL,
	quad_class     INTEGER NOT NULL,
	goldstein      REAL NOT NULL,
	plover_type    TEXT NOT NULL DEFAULT '',
	plover_mode    TEXT NOT NULL DEFAULT '',
	modality       TEXT NOT NULL,
	factual        INTEGER NOT NULL,      -- 1 for asserted/reported, the modalities that merge
	date           TEXT NOT NULL DEFAULT '',
	date_precision TEXT NOT NULL DEFAULT '',
	day            INTEGER,               -- first day the date allows; NULL when undated
	day_lo         INTEGER,
	day_hi         INTEGER,
	place_key      TEXT NOT NULL DEFAULT '',
	place          TEXT,                  -- JSON of dyad.Place
	num_mentions   INTEGER NOT NULL DEFAULT 0,
	num_sources    INTEGER NOT NULL DEFAULT 0,
	num_articles   INTEGER NOT NULL DEFAULT 0,
	num_stories    INTEGER NOT NULL DEFAULT 0,
	first_seen     TEXT NOT NULL DEFAULT '',
	last_seen      TEXT NOT NULL DEFAULT '',
	url            TEXT NOT NULL DEFAULT '',  -- URL of the document that first reported it
	text           TEXT NOT NULL DEFAULT '',  -- the sentence that first reported it
	-- src3 and tgt3 are the country part of the actor codes: most filters
	-- name a country, and equality on them lets one index serve a dyad
	-- in date order.
	src3           TEXT GENERATED ALWAYS AS (substr(source_code, 1, 3)) VIRTUAL,
	tgt3           TEXT GENERATED ALWAYS AS (substr(target_code, 1, 3)) VIRTUAL
);
CREATE INDEX events_merge ON events(source_code, target_code, root, day_lo);
CREATE INDEX events_day ON events(day, id);
CREATE INDEX events_dyad ON events(src3, tgt3, day);
CREATE INDEX events_tgt ON events(tgt3, day);
CREATE INDEX events_root ON events(root, day);
CREATE INDEX events_quad ON events(quad_class, day);

CREATE TABLE event_mentions (
	id             INTEGER PRIMARY KEY,
	event          INTEGER NOT NULL REFERENCES events(id),
	doc            INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	idx            INTEGER NOT NULL,      -- position in Document.Events
	event_id       TEXT NOT NULL DEFAULT '',
	sentence       INTEGER NOT NULL,
	date           TEXT NOT NULL DEFAULT '',
	date_precision TEXT NOT NULL DEFAULT '',
	date_text      TEXT NOT NULL DEFAULT '',
	source_code    TEXT NOT NULL,
	target_code    TEXT NOT NULL,
	cameo          TEXT NOT NULL,
	modality       TEXT NOT NULL,
	quote          INTEGER NOT NULL,
	text           TEXT NOT NULL,
	body           TEXT NOT NULL,         -- JSON of the whole dyad.Event, evidence included
	UNIQUE (doc, idx)
);
CREATE INDEX event_mentions_event ON event_mentions(event);

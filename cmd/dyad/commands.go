package main

// commands lists every subcommand, in the order `dyad help` shows them:
// coding, the event database, scale-out, knowledge, then evaluation.
func (m *Main) commands() []command {
	return []command{
		{"code", "read news and write coded documents or events (JSON lines)", cmdCode},
		{"explain", "show how a text is parsed and coded, and why each event was or was not produced", cmdExplain},
		{"parse", "tokenize, tag and parse text or CoNLL-U, writing CoNLL-U", cmdParse},
		{"ingest", "code documents and store them and their events in an SQLite database", cmdIngest},
		{"export", "write the database's merged events as csv, tsv, jsonl, gdelt, plover or parquet", cmdExport},
		{"series", "count a dyad's events per week or month from the database, as CSV", cmdSeries},
		{"serve", "serve an event database as a JSON API and a browser UI", cmdServe},
		{"demo", "code the bundled examples into a temporary database and serve the UI", cmdDemo},
		{"queue", "run or use the NATS JetStream work queue: submit, status, dead, server", cmdQueue},
		{"worker", "code documents from the work queue and publish the results", cmdWorker},
		{"sink", "store coded documents from the results stream", cmdSink},
		{"watch", "poll RSS/Atom feeds and submit new items to the work queue", cmdWatch},
		{"lexicon", "look up actors, lint and count the actor lexicon", cmdLexicon},
		{"validate", "run the PETRARCH or TABARI validation suite with its dictionaries", cmdValidate},
		{"eval", "score dyad against reference data (../shared)", cmdEval},
		{"train", "rebuild the tagger and parser models from a UD treebank", cmdTrain},
		{"version", "print the version", cmdVersion},
	}
}

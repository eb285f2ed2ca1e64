package main

// commands lists every subcommand, in the order `dyad help` shows them.
func (m *Main) commands() []command {
	return []command{
		{"code", "read news and write coded documents or events (JSON lines)", cmdCode},
		{"lexicon", "look up actors, lint and count the actor lexicon", cmdLexicon},
		{"eval", "score dyad against reference data (../shared)", cmdEval},
		{"version", "print the version", cmdVersion},
	}
}

package main

// commands lists every subcommand, in the order `dyad help` shows them.
func (m *Main) commands() []command {
	return []command{
		{"code", "read news and write coded documents or events (JSON lines)", cmdCode},
		{"version", "print the version", cmdVersion},
	}
}

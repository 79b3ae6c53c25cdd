"""What is shown to people: one model of a campaign's results, rendered by the CLI and reports."""

"""Discovery and vetting of influencers: `influscope discover …`."""

import typer

# Commands merged into `influscope`.
commands = typer.Typer()

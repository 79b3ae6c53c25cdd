"""Reports handed to a client: `influscope report …`."""

import typer

# Commands merged into `influscope`.
commands = typer.Typer()

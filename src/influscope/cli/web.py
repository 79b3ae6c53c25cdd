"""The web app: `influscope serve`."""

import typer

# Commands merged into `influscope`.
commands = typer.Typer()

"""Social platforms: `influscope import instagram|youtube|tiktok|…` and `influscope sync`."""

import typer

# Commands merged into `influscope`.
commands = typer.Typer()
# Commands merged into `influscope import`.
imports = typer.Typer()

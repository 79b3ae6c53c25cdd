"""Tracking links, the redirector, promo codes and attribution: `influscope track …`."""

import typer

# Commands merged into `influscope`.
commands = typer.Typer()

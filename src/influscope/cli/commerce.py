"""Imports of Google Analytics 4 sessions and shop orders: `influscope import ga4-…|shopify|…`."""

import typer

# Commands merged into `influscope`.
commands = typer.Typer()
# Commands merged into `influscope import`.
imports = typer.Typer()

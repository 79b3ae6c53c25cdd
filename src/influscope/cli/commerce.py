"""Imports of Google Analytics 4 sessions and shop orders: `influscope import ga4-…|shopify|…`,
and `influscope webhooks serve` for the shop's order webhooks."""

from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from influscope.cli.common import DbOption, console, open_store, user_errors
from influscope.store.writes import SaveSummary

# Commands merged into `influscope`.
commands = typer.Typer()
# Commands merged into `influscope import`.
imports = typer.Typer()
webhooks = typer.Typer(help="Receive the shop's order webhooks.")
commands.add_typer(webhooks, name="webhooks")

WorkspaceName = Annotated[str, typer.Option("--workspace", "-w", help="Workspace (brand).")]
TimeZone = Annotated[
    str,
    typer.Option("--time-zone", help="The GA4 property's time zone, e.g. Europe/Paris."),
]
FileArgument = Annotated[Path, typer.Argument(help="The file to import.", exists=False)]


def _print_summary(summary: SaveSummary, title: str, notes: list[str] | None = None) -> None:
    table = Table("table", "inserted", "updated", "unchanged", title=title)
    for name, counts in summary.counts.items():
        table.add_row(name, *(str(counts[key]) for key in ("inserted", "updated", "unchanged")))
    console.print(table)
    for note in notes or []:
        console.print(note)


def _progress() -> Progress:
    return Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.completed} rows"),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    )


@imports.command("ga4-bigquery")
def import_ga4_bigquery_command(
    source: Annotated[
        Path, typer.Argument(help="An export file (.json/.ndjson/.parquet) or a folder of them.")
    ],
    workspace: WorkspaceName = "Default",
    time_zone: TimeZone = "UTC",
    key_event: Annotated[
        list[str] | None,
        typer.Option("--key-event", help="An event counted as a key event (repeat it)."),
    ] = None,
    db: DbOption = None,
) -> None:
    """Import GA4's BigQuery export (events_YYYYMMDD as JSON or Parquet): one row per session."""
    from influscope.ingest.ga4_bigquery import DEFAULT_KEY_EVENTS
    from influscope.ingest.ga4_import import import_ga4_bigquery

    with user_errors():
        engine = open_store(db)
        with _progress() as progress:
            task = progress.add_task(f"Reading {source}", total=None)
            summary = import_ga4_bigquery(
                engine,
                source,
                workspace=workspace,
                time_zone=time_zone,
                key_events=key_event or DEFAULT_KEY_EVENTS,
                on_batch=lambda n: progress.advance(task, n),
            )
    _print_summary(summary, f"Imported GA4 sessions from {source}")

"""Imports of Google Analytics 4 sessions and shop orders: `influscope import ga4-…|shopify|…`,
and `influscope webhooks serve` for the shop's order webhooks."""

from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from influscope.cli.common import DbOption, console, errors, open_store, user_errors
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


@imports.command("ga4-report")
def import_ga4_report_command(
    source: Annotated[Path, typer.Argument(help="A saved Data API runReport response (.json).")],
    workspace: WorkspaceName = "Default",
    db: DbOption = None,
) -> None:
    """Import a GA4 Data API runReport response: one row per date and traffic source."""
    from influscope.ingest.ga4_import import import_ga4_report

    with user_errors():
        summary = import_ga4_report(open_store(db), source, workspace=workspace)
    _print_summary(summary, f"Imported GA4 report rows from {source}")


@imports.command("ga4-api")
def import_ga4_api_command(
    property_id: Annotated[str, typer.Option("--property", help="The GA4 property id (digits).")],
    start: Annotated[str, typer.Option("--start", help="First day, YYYY-MM-DD.")],
    end: Annotated[str, typer.Option("--end", help="Last day, YYYY-MM-DD.")],
    credentials: Annotated[
        Path | None,
        typer.Option(help="Service-account key file (else GOOGLE_APPLICATION_CREDENTIALS)."),
    ] = None,
    save: Annotated[
        Path | None, typer.Option(help="Also keep the responses in this JSON file.")
    ] = None,
    workspace: WorkspaceName = "Default",
    db: DbOption = None,
) -> None:
    """Fetch sessions by day, source, medium, campaign, content, term and landing page from the
    GA4 Data API, and import them."""
    import datetime as dt
    import json

    from influscope.ingest.ga4_data_api import fetch_report_pages, make_client
    from influscope.ingest.ga4_import import import_web_traffic_rows
    from influscope.ingest.ga4_report import rows_from_pages

    with user_errors():
        engine = open_store(db)
        with console.status(f"Fetching GA4 property {property_id}…"):
            pages = fetch_report_pages(
                make_client(credentials),
                property_id=property_id,
                start=dt.date.fromisoformat(start),
                end=dt.date.fromisoformat(end),
            )
        if save:
            save.write_text(json.dumps(pages, indent=1))
        rows = rows_from_pages(pages, where=f"GA4 property {property_id}")
        summary = import_web_traffic_rows(engine, rows, workspace=workspace)
    _print_summary(summary, f"Imported GA4 property {property_id}, {start} to {end}")


@imports.command("ga4-csv")
def import_ga4_csv_command(
    source: Annotated[Path, typer.Argument(help="A report downloaded from GA4 as CSV.")],
    currency: Annotated[
        str | None, typer.Option(help="The property's currency, for purchase revenue.")
    ] = None,
    workspace: WorkspaceName = "Default",
    db: DbOption = None,
) -> None:
    """Import a report downloaded from GA4's interface (with the Date dimension)."""
    from influscope.ingest.ga4_import import import_ga4_csv

    with user_errors():
        summary = import_ga4_csv(open_store(db), source, workspace=workspace, currency=currency)
    _print_summary(summary, f"Imported GA4 report rows from {source}")


@imports.command("shopify")
def import_shopify_command(
    source: Annotated[Path, typer.Argument(help="Shopify's orders export (orders_export.csv).")],
    workspace: WorkspaceName = "Default",
    db: DbOption = None,
) -> None:
    """Import Shopify's "Export orders" CSV: one order per row, whatever its line items."""
    from influscope.ingest.orders_import import import_shopify_csv

    with user_errors():
        engine = open_store(db)
        with console.status(f"Importing {source}…"):
            summary = import_shopify_csv(engine, source, workspace=workspace)
    _print_summary(summary, f"Imported Shopify orders from {source}")


@imports.command("shopify-json")
def import_shopify_json_command(
    source: Annotated[
        Path, typer.Argument(help="A saved orders/create webhook body or orders.json response.")
    ],
    workspace: WorkspaceName = "Default",
    db: DbOption = None,
) -> None:
    """Import Shopify order JSON saved from a webhook or the Admin REST API."""
    from influscope.ingest.orders_import import import_shopify_json

    with user_errors():
        summary = import_shopify_json(open_store(db), source, workspace=workspace)
    _print_summary(summary, f"Imported Shopify orders from {source}")


@imports.command("woocommerce")
def import_woocommerce_command(
    source: Annotated[Path, typer.Argument(help="A saved GET /wp-json/wc/v3/orders response.")],
    workspace: WorkspaceName = "Default",
    time_zone: Annotated[
        str, typer.Option("--time-zone", help="The site's time zone, for orders without _gmt.")
    ] = "UTC",
    db: DbOption = None,
) -> None:
    """Import WooCommerce REST orders, with their coupons and order attribution."""
    from influscope.ingest.orders_import import import_woocommerce_json

    with user_errors():
        summary = import_woocommerce_json(
            open_store(db), source, workspace=workspace, time_zone=time_zone
        )
    _print_summary(summary, f"Imported WooCommerce orders from {source}")


@webhooks.command("serve")
def serve_webhooks_command(
    workspace: WorkspaceName = "Default",
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8765,
    woocommerce_time_zone: Annotated[
        str, typer.Option("--woocommerce-time-zone", help="The WooCommerce site's time zone.")
    ] = "UTC",
    db: DbOption = None,
) -> None:
    """Receive Shopify (orders/create, orders/updated) and WooCommerce order webhooks.

    POST /webhooks/shopify/orders and /webhooks/woocommerce/orders. The shared secrets are read
    from INFLUSCOPE_SHOPIFY_WEBHOOK_SECRET and INFLUSCOPE_WOOCOMMERCE_WEBHOOK_SECRET, never from
    the command line; a delivery with a wrong signature is refused with 401.
    """
    import logging
    import os

    import uvicorn

    from influscope.ingest.webhooks import (
        SHOPIFY_SECRET_VARIABLE,
        WOOCOMMERCE_SECRET_VARIABLE,
        WebhookSettings,
        create_app,
    )

    settings = WebhookSettings(
        workspace=workspace,
        shopify_secret=os.environ.get(SHOPIFY_SECRET_VARIABLE) or None,
        woocommerce_secret=os.environ.get(WOOCOMMERCE_SECRET_VARIABLE) or None,
        woocommerce_time_zone=woocommerce_time_zone,
    )
    if not (settings.shopify_secret or settings.woocommerce_secret):
        errors.print(
            f"[red]Error:[/red] set {SHOPIFY_SECRET_VARIABLE} or {WOOCOMMERCE_SECRET_VARIABLE}:"
            " without a secret no delivery can be trusted."
        )
        raise typer.Exit(1)
    with user_errors():
        engine = open_store(db)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    uvicorn.run(create_app(engine, settings), host=host, port=port)

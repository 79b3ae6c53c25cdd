"""Promo codes and the attribution of orders: `influscope codes …`, `influscope attribution …`."""

import dataclasses
import datetime as dt
import json
import sys
from decimal import Decimal
from pathlib import Path
from typing import Annotated

import sqlalchemy as sa
import typer
from rich.table import Table

from influscope.cli import render
from influscope.cli.common import (
    DbOption,
    FormatOption,
    WorkspaceOption,
    console,
    open_store,
    user_errors,
)
from influscope.cli.render import OutputFormat
from influscope.store import queries, schema

# Commands merged into `influscope`.
commands = typer.Typer()
codes_app = typer.Typer(help="Promo codes per influencer and campaign.", no_args_is_help=True)
attribution_app = typer.Typer(
    help="Attribute shop orders to influencers by promo code and by link.", no_args_is_help=True
)
commands.add_typer(codes_app, name="codes")
commands.add_typer(attribution_app, name="attribution")

CampaignArgument = Annotated[str, typer.Argument(help="Campaign name.")]
CampaignOption = Annotated[str, typer.Option("--campaign", "-c", help="Campaign name.")]


def _campaign(conn: sa.Connection, name: str, workspace: str | None) -> queries.CampaignSummary:
    return queries.get_campaign_or_raise(conn, name=name, workspace=workspace)


def _plain(value: object) -> object:
    """JSON and CSV keep money exact: a Decimal is written as its digits."""
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def _print_rows(rows: list[dict], output: OutputFormat, title: str) -> None:
    plain = [{key: _plain(value) for key, value in row.items()} for row in rows]
    if output is OutputFormat.JSON:
        print(json.dumps(plain, indent=2, ensure_ascii=False))
    elif output is OutputFormat.CSV:
        sys.stdout.write(render.listing_csv(plain))
    else:
        table = Table(*(plain[0] if plain else ["(none)"]), title=title, title_justify="left")
        for row in plain:
            table.add_row(*("" if value is None else str(value) for value in row.values()))
        console.print(table)


@codes_app.command("generate")
def generate_command(
    campaign: CampaignArgument,
    influencers: Annotated[
        list[str] | None,
        typer.Option("--influencer", "-i", help="Only these influencers; repeatable."),
    ] = None,
    percent: Annotated[
        Decimal | None, typer.Option("--percent", help="Discount the shop grants, in %.")
    ] = None,
    amount: Annotated[
        Decimal | None, typer.Option("--amount", help="Discount the shop grants, an amount.")
    ] = None,
    workspace: WorkspaceOption = None,
    output: FormatOption = OutputFormat.TABLE,
    db: DbOption = None,
) -> None:
    """Give each creator of the campaign a code (HANDLE + 2 digits); existing codes are kept."""
    from influscope.track.codes import generate_codes

    with user_errors():
        if percent is not None and amount is not None:
            raise ValueError("Give either --percent or --amount, not both.")
        kind = None
        if percent is not None or amount is not None:
            kind = "percentage" if percent is not None else "fixed_amount"
        engine = open_store(db)
        with engine.begin() as conn:
            found = _campaign(conn, campaign, workspace)
            ids = None
            if influencers:
                ids = [_influencer_id(conn, name, found) for name in influencers]
            codes = generate_codes(
                conn,
                campaign_id=found.id,
                influencer_ids=ids,
                discount_type=kind,
                discount_value=percent if percent is not None else amount,
            )
    rows = [
        {
            "code": code.code,
            "influencer": code.influencer,
            "new": code.created,
            "discount": _discount(code.discount_type, code.discount_value, found.currency),
        }
        for code in codes
    ]
    _print_rows(rows, output, f"{found.name}: promo codes")


def _influencer_id(conn: sa.Connection, name: str, campaign: queries.CampaignSummary) -> int:
    i, w = schema.influencer, schema.workspace
    found = conn.execute(
        sa.select(i.c.id).join(w).where(i.c.name == name, w.c.name == campaign.workspace)
    ).scalar_one_or_none()
    if found is None:
        raise queries.NotFound(f"No influencer {name!r} in {campaign.workspace!r}.")
    return found


def _discount(kind: str | None, value: Decimal | None, currency: str) -> str:
    if value is None:
        return ""
    return f"{value} %" if kind == "percentage" else f"{value} {currency}"


@codes_app.command("import")
def import_command(
    path: Annotated[Path, typer.Argument(help="A CSV or XLSX list of codes.")],
    campaign: Annotated[
        str | None,
        typer.Option("--campaign", "-c", help="Campaign of every code (else a campaign column)."),
    ] = None,
    workspace: WorkspaceOption = None,
    db: DbOption = None,
) -> None:
    """Import the shop's existing codes; nothing is stored unless every row is clean."""
    from influscope.track.codes import save_codes
    from influscope.track.codes_files import load_code_file

    with user_errors():
        engine = open_store(db)
        with engine.begin() as conn:
            if campaign is not None:
                found = _campaign(conn, campaign, workspace)
                workspace_id, campaign_id = _workspace_id(conn, found.workspace), found.id
            else:
                workspace_id, campaign_id = _workspace_id(conn, workspace), None
            codes = load_code_file(conn, path, workspace_id=workspace_id, campaign_id=campaign_id)
            summary = save_codes(conn, workspace_id=workspace_id, codes=codes)
    counts = summary.counts.get("promo_code", {})
    console.print(
        f"{path.name}: {counts.get('inserted', 0)} new, {counts.get('updated', 0)} updated, "
        f"{counts.get('unchanged', 0)} unchanged."
    )


def _workspace_id(conn: sa.Connection, name: str | None) -> int:
    """The named workspace, or the only one there is."""
    w = schema.workspace
    rows = conn.execute(sa.select(w.c.id, w.c.name).order_by(w.c.name)).all()
    found = [row.id for row in rows if name is None or row.name == name]
    if len(found) == 1:
        return found[0]
    known = ", ".join(repr(row.name) for row in rows) or "none yet"
    if name is None:
        raise queries.NotFound(f"Name the workspace with --workspace: {known}.")
    raise queries.NotFound(f"No workspace {name!r}. Workspaces: {known}.")


@codes_app.command("export")
def export_command(
    campaign: CampaignArgument,
    to: Annotated[
        Path | None, typer.Option("--output", "-o", help="CSV file to write (default: stdout).")
    ] = None,
    workspace: WorkspaceOption = None,
    db: DbOption = None,
) -> None:
    """The campaign's codes as a CSV for the shop (Shopify price-rule fields)."""
    from influscope.track.codes import list_codes
    from influscope.track.codes_files import render_shop_csv

    with user_errors():
        engine = open_store(db)
        with engine.connect() as conn:
            found = _campaign(conn, campaign, workspace)
            codes = list_codes(conn, campaign_id=found.id)
    text = render_shop_csv(codes, start_date=found.start_date, end_date=found.end_date)
    if to is None:
        sys.stdout.write(text)
    else:
        to.write_text(text, encoding="utf-8")
        console.print(f"{len(codes)} code(s) written to {to}.")


@codes_app.command("list")
def list_command(
    campaign: CampaignArgument,
    workspace: WorkspaceOption = None,
    output: FormatOption = OutputFormat.TABLE,
    db: DbOption = None,
) -> None:
    """Each code of the campaign with its uses, attributed orders and revenue."""
    from influscope.track.attribution_report import code_usage

    with user_errors():
        engine = open_store(db)
        with engine.connect() as conn:
            found = _campaign(conn, campaign, workspace)
            usage = code_usage(conn, campaign_id=found.id)
    rows = [dataclasses.asdict(item) for item in usage]
    _print_rows(rows, output, f"{found.name}: promo codes (revenue in {found.currency})")


@attribution_app.command("run")
def run_command(
    campaign: CampaignOption,
    window: Annotated[
        int,
        typer.Option("--window", help="Days after a click, and after the campaign, that count."),
    ] = 30,
    precedence: Annotated[
        str, typer.Option("--precedence", help="Who wins when code and link disagree: code|link.")
    ] = "code",
    workspace: WorkspaceOption = None,
    output: FormatOption = OutputFormat.TABLE,
    db: DbOption = None,
) -> None:
    """Attribute the orders of the campaign's period, replacing its previous attribution."""
    from influscope.track.attribution import Precedence, Settings
    from influscope.track.attribution_report import attribution_report
    from influscope.track.attribution_run import run_attribution

    with user_errors():
        if precedence not in {p.value for p in Precedence}:
            raise ValueError(f"--precedence {precedence!r}: use code or link.")
        settings = Settings(window_days=window, precedence=Precedence(precedence))
        engine = open_store(db)
        with engine.begin() as conn:
            found = _campaign(conn, campaign, workspace)
            run_attribution(conn, campaign_id=found.id, settings=settings)
        with engine.connect() as conn:
            report = attribution_report(conn, campaign=found.name, workspace=found.workspace)
    print_report(report, output)


@attribution_app.command("report")
def report_command(
    campaign: CampaignOption,
    workspace: WorkspaceOption = None,
    output: FormatOption = OutputFormat.TABLE,
    db: DbOption = None,
) -> None:
    """What the last attribution run of the campaign found."""
    from influscope.track.attribution_report import attribution_report

    with user_errors():
        engine = open_store(db)
        with engine.connect() as conn:
            report = attribution_report(conn, campaign=campaign, workspace=workspace)
    print_report(report, output)


@attribution_app.command("match-sessions")
def match_command(workspace: WorkspaceOption = None, db: DbOption = None) -> None:
    """Give web sessions their campaign and influencer from their UTMs (run by `run` too)."""
    from influscope.track.matching import match_web_traffic

    with user_errors():
        engine = open_store(db)
        with engine.begin() as conn:
            summary = match_web_traffic(conn, workspace_id=_workspace_id(conn, workspace))
    console.print(
        f"{summary.rows} session row(s) with UTMs: {summary.with_campaign} with a campaign, "
        f"{summary.with_influencer} with an influencer, {summary.changed} changed."
    )


def report_document(report) -> dict:
    """The JSON of `influscope attribution report`: money as exact decimal strings."""

    def plain(value: object) -> object:
        if isinstance(value, tuple | list):
            return [plain(item) for item in value]
        if isinstance(value, dict):
            return {key: plain(item) for key, item in value.items()}
        return _plain(value)

    return plain(dataclasses.asdict(report))


def print_report(report, output: OutputFormat) -> None:
    if output is OutputFormat.JSON:
        print(json.dumps(report_document(report), indent=2, ensure_ascii=False))
        return
    rows = [dataclasses.asdict(sales) for sales in report.influencers]
    if output is OutputFormat.CSV:
        rows.append(
            {
                "influencer": "(unattributed)",
                "orders": report.unattributed,
                "revenue": report.unattributed_revenue,
            }
        )
        sys.stdout.write(render.listing_csv([_csv_row(row, rows[0]) for row in rows]))
        return
    currency = report.currency
    summary = Table("", "orders", f"revenue ({currency})", title=_title(report))
    summary.add_row("attributed", str(report.attributed), str(report.attributed_revenue))
    summary.add_row("  by code only", str(report.by_code), "")
    summary.add_row("  by link only", str(report.by_link), "")
    summary.add_row("  by both (counted once)", str(report.by_both), "")
    summary.add_row("overlap (both methods found it)", str(report.overlap), "")
    summary.add_row(f"  conflicts, won by the {report.precedence}", str(report.conflicts), "")
    summary.add_row("reversed (cancelled or refunded)", str(report.reversed), "")
    summary.add_row("won by another campaign", str(report.other_campaigns), "")
    summary.add_row("unattributed", str(report.unattributed), str(report.unattributed_revenue))
    summary.add_row("orders considered", str(report.orders_considered), "")
    if report.missing_rates:
        summary.add_row(
            "[yellow]orders with no exchange rate[/yellow]", str(report.missing_rates), ""
        )
    console.print(summary)
    _print_rows(rows, OutputFormat.TABLE, "Per influencer")
    _print_rows([dataclasses.asdict(code) for code in report.codes], OutputFormat.TABLE, "Codes")
    if report.leaks:
        leaks = Table(
            "code", "influencer", "signal", "day", "detail", title="Possibly leaked codes"
        )
        for leak in report.leaks:
            leaks.add_row(leak.code, leak.influencer, leak.signal, str(leak.day or ""), leak.detail)
        console.print(leaks)


def _csv_row(row: dict, template: dict) -> dict:
    return {key: _plain(row.get(key)) for key in template}


def _title(report) -> str:
    return (
        f"{report.campaign}: attribution run {report.run_id} at {report.ran_at:%Y-%m-%d %H:%M} UTC "
        f"(window {report.window_days} days, conflicts to the {report.precedence})"
    )

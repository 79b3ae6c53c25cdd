"""Tracking links, QR codes, the redirector and its clicks: `influscope track …`."""

import dataclasses
import datetime as dt
import sys
from pathlib import Path
from typing import Annotated

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
from influscope.ingest.problems import ImportFailed, Problem
from influscope.store import queries

# Commands merged into `influscope`.
commands = typer.Typer()
track_app = typer.Typer(
    help="Tracking links, their QR codes, the redirector and the clicks it records.",
    no_args_is_help=True,
)
commands.add_typer(track_app, name="track")
links_app = typer.Typer(help="Make, list and export tracking links.", no_args_is_help=True)
track_app.add_typer(links_app, name="links")

BaseUrlOption = Annotated[
    str,
    typer.Option(
        "--base-url",
        envvar="INFLUSCOPE_TRACK_BASE_URL",
        help="Where the redirector is reached: short links are BASE_URL/CODE.",
    ),
]
DEFAULT_BASE_URL = "http://localhost:8088"
LogDirOption = Annotated[
    Path,
    typer.Option(
        "--log-dir",
        envvar="INFLUSCOPE_CLICK_LOG",
        help="Folder of the click log (and of the visitor-key secret).",
    ),
]
DEFAULT_LOG_DIR = Path("influscope-clicks")
WindowOption = Annotated[
    int,
    typer.Option("--unique-window", help="Minutes within which a visitor's clicks count once."),
]
RulesOption = Annotated[
    Path | None,
    typer.Option("--rules", help="A bot-rules YAML file (default: the built-in rules)."),
]
CampaignOption = Annotated[str | None, typer.Option("--campaign", "-c", help="Campaign name.")]


def _campaign_and_workspace(conn, campaign: str | None, workspace: str | None):
    from influscope.track.link_files import resolve_workspace_id

    if campaign is not None:
        found = queries.get_campaign_or_raise(conn, name=campaign, workspace=workspace)
        return found.id, resolve_workspace_id(conn, found.workspace)
    return None, resolve_workspace_id(conn, workspace) if workspace else None


def _print_rows(rows: list[dict], output: OutputFormat, title: str) -> None:
    if output is OutputFormat.JSON:
        print(render.listing_json(rows))
    elif output is OutputFormat.CSV:
        sys.stdout.write(render.listing_csv(rows))
    else:
        table = Table(*(rows[0] if rows else ["(none)"]), title=title)
        for row in rows:
            table.add_row(*("" if value is None else str(value) for value in row.values()))
        console.print(table)


def _link_rows(links, base_url: str) -> list[dict]:
    return [
        {
            "code": link.code,
            "short_link": link.short_url(base_url),
            "campaign": link.campaign,
            "influencer": link.influencer,
            "platform": link.platform,
            "post": link.post_key,
            "tracked_url": link.tracked_url,
        }
        for link in links
    ]


@links_app.command("list")
def list_links_command(
    campaign: CampaignOption = None,
    workspace: WorkspaceOption = None,
    base_url: BaseUrlOption = DEFAULT_BASE_URL,
    output: FormatOption = OutputFormat.TABLE,
    db: DbOption = None,
) -> None:
    """List tracking links, with their short link and full URL."""
    from influscope.track.links import list_links

    with user_errors(), open_store(db).connect() as conn:
        campaign_id, workspace_id = _campaign_and_workspace(conn, campaign, workspace)
        links = list_links(conn, campaign_id=campaign_id, workspace_id=workspace_id)
    _print_rows(_link_rows(links, base_url), output, f"{len(links)} tracking link(s)")


@links_app.command("create")
def create_link_command(
    campaign: Annotated[str, typer.Option("--campaign", "-c", help="Campaign name.")],
    influencer: Annotated[str, typer.Option("--influencer", "-i", help="Name or handle.")],
    platform: Annotated[str, typer.Option("--platform", "-p", help="Where the link is shared.")],
    destination: Annotated[str, typer.Option("--destination", "-d", help="http(s) address.")],
    post: Annotated[str | None, typer.Option("--post", help="A post's key or URL.")] = None,
    workspace: WorkspaceOption = None,
    base_url: BaseUrlOption = DEFAULT_BASE_URL,
    db: DbOption = None,
) -> None:
    """Make one tracking link (or show the existing one: the same link is never made twice)."""
    from influscope.track.link_files import Directory
    from influscope.track.links import create_links

    with user_errors():
        engine = open_store(db)
        with engine.begin() as conn:
            _, workspace_id = _campaign_and_workspace(conn, campaign, workspace)
            problems: list[Problem] = []

            def problem(field: str, reason: str, value: object) -> None:
                shown = None if value is None else str(value)
                problems.append(
                    Problem(file="command line", column=f"--{field}", value=shown, reason=reason)
                )

            values = {
                "campaign": campaign,
                "influencer": influencer,
                "platform": platform,
                "destination": destination,
                "post": post,
            }
            request = Directory(conn, workspace_id).request(values, problem)
            if problems:
                raise ImportFailed(problems)
            (link,) = create_links(conn, [request])
    state = "Made" if link.created else "Already there:"
    console.print(f"{state} {link.short_url(base_url)} → {link.tracked_url}", soft_wrap=True)


@links_app.command("import")
def import_links_command(
    source: Annotated[Path, typer.Argument(help="A CSV or XLSX file: campaign, influencer, …")],
    workspace: WorkspaceOption = None,
    base_url: BaseUrlOption = DEFAULT_BASE_URL,
    db: DbOption = None,
) -> None:
    """Make many links from a file (columns campaign, influencer, platform, destination and
    optionally post); nothing is made unless every row is right, and rows already made are kept."""
    from influscope.track.link_files import load_link_file, resolve_workspace_id
    from influscope.track.links import create_links

    with user_errors():
        engine = open_store(db)
        with engine.begin() as conn:
            workspace_id = resolve_workspace_id(conn, workspace)
            requests = load_link_file(conn, source, workspace_id=workspace_id)
            links = create_links(conn, requests)
    made = sum(link.created for link in links)
    console.print(f"{source}: {made} link(s) made, {len(links) - made} already there.")
    _print_rows(_link_rows(links, base_url), OutputFormat.TABLE, "Links of the file")


@links_app.command("export")
def export_links_command(
    output_path: Annotated[Path, typer.Argument(help="The CSV file to write.")],
    campaign: CampaignOption = None,
    workspace: WorkspaceOption = None,
    base_url: BaseUrlOption = DEFAULT_BASE_URL,
    db: DbOption = None,
) -> None:
    """Write the links as CSV, one row per influencer and platform, to send to the influencers."""
    from influscope.track.link_files import render_links_csv
    from influscope.track.links import list_links

    with user_errors(), open_store(db).connect() as conn:
        campaign_id, workspace_id = _campaign_and_workspace(conn, campaign, workspace)
        links = list_links(conn, campaign_id=campaign_id, workspace_id=workspace_id)
    output_path.write_text(render_links_csv(links, base_url=base_url), encoding="utf-8")
    console.print(f"{len(links)} link(s) written to {output_path}.")


@track_app.command("qr")
def qr_command(
    code: Annotated[str, typer.Argument(help="The link's short code.")],
    qr_format: Annotated[str, typer.Option("--format", "-f", help="svg or png.")] = "svg",
    output_path: Annotated[
        Path | None, typer.Option("--output", "-o", help="File to write (default: CODE.FORMAT).")
    ] = None,
    base_url: BaseUrlOption = DEFAULT_BASE_URL,
    db: DbOption = None,
) -> None:
    """Write the QR code of a short link, for stories and print."""
    from influscope.track.links import get_link_or_raise
    from influscope.track.qr import QrFormat, render_qr

    with user_errors():
        try:
            kind = QrFormat(qr_format.lower())
        except ValueError:
            raise ValueError(f"QR format {qr_format!r}: use svg or png.") from None
        with open_store(db).connect() as conn:
            link = get_link_or_raise(conn, code=code.strip().lower())
        path = output_path or Path(f"{link.code}.{kind.value}")
        path.write_bytes(render_qr(link.short_url(base_url), kind))
    console.print(f"QR code of {link.short_url(base_url)} written to {path}.")


def _rules(path: Path | None):
    from influscope.track.bot_rules import built_in_rules, load_rules

    return load_rules(path) if path else built_in_rules()


def _window(minutes: int) -> dt.timedelta:
    if minutes <= 0:
        raise ValueError(f"The unique-click window is {minutes} minutes: give 1 or more.")
    return dt.timedelta(minutes=minutes)


@track_app.command("serve")
def serve_command(
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8088,
    log_dir: LogDirOption = DEFAULT_LOG_DIR,
    secret_file: Annotated[
        Path | None,
        typer.Option("--secret-file", help="Visitor-key secret (default: LOG_DIR/.secret)."),
    ] = None,
    country_header: Annotated[
        list[str] | None,
        typer.Option("--country-header", help="Header with the visitor's country; repeatable."),
    ] = None,
    forwarded_header: Annotated[
        str | None,
        typer.Option(
            "--forwarded-header",
            help="Header in which a trusted proxy passes the visitor's address (X-Forwarded-For).",
        ),
    ] = None,
    trusted_proxy: Annotated[
        list[str] | None,
        typer.Option("--trusted-proxy", help="A proxy's address or network; repeatable."),
    ] = None,
    workers: Annotated[
        int, typer.Option("--workers", help="Serving processes (one per core is plenty).")
    ] = 1,
    unique_window: WindowOption = 60,
    rules: RulesOption = None,
    db: DbOption = None,
) -> None:
    """Run the redirector: GET /CODE answers 302 to the link's URL and records the click."""
    from influscope.track.click_log import LogFolderBusy
    from influscope.track.redirector import Settings
    from influscope.track.serve import serve
    from influscope.track.visitor import load_or_create_secret

    with user_errors():
        engine = open_store(db)
        settings = Settings(
            log_dir=log_dir,
            secret=load_or_create_secret(secret_file or log_dir / ".secret"),
            country_headers=tuple(h.lower() for h in country_header or ())
            or Settings.country_headers,
            forwarded_header=forwarded_header,
            trusted_proxies=tuple(trusted_proxy or ()) or Settings.trusted_proxies,
        )
        rule_set, window = _rules(rules), _window(unique_window)
    console.print(f"Redirector on http://{host}:{port}/CODE (clicks logged in {log_dir}).")
    with user_errors():
        try:
            serve(
                engine,
                settings,
                rules=rule_set,
                window=window,
                host=host,
                port=port,
                workers=workers,
            )
        except (LogFolderBusy, OSError) as error:
            raise ValueError(str(error)) from None


@track_app.command("drain")
def drain_command(
    log_dir: LogDirOption = DEFAULT_LOG_DIR,
    unique_window: WindowOption = 60,
    rules: RulesOption = None,
    db: DbOption = None,
) -> None:
    """Store the clicks a stopped redirector left in its log (the redirector does it itself
    when it runs)."""
    from influscope.track.click_log import LogFolderBusy
    from influscope.track.serve import drain_folder

    with user_errors():
        if not log_dir.is_dir():
            raise ValueError(f"No click log folder {log_dir}.")
        try:
            result = drain_folder(
                open_store(db), log_dir, rules=_rules(rules), window=_window(unique_window)
            )
        except (LogFolderBusy, OSError) as error:
            raise ValueError(str(error)) from None
    console.print(f"{result.stored} click(s) stored, {result.files_done} log file(s) done.")


@track_app.command("clicks")
def clicks_command(
    campaign: CampaignOption = None,
    workspace: WorkspaceOption = None,
    output: FormatOption = OutputFormat.TABLE,
    db: DbOption = None,
) -> None:
    """Per link: hits (every recorded GET), clicks (hits of people), unique clicks (one per
    visitor per window) and bot clicks (see `reapply-rules`)."""
    from influscope.track.clicks import clicks_per_link

    with user_errors(), open_store(db).connect() as conn:
        campaign_id, workspace_id = _campaign_and_workspace(conn, campaign, workspace)
        found = clicks_per_link(conn, campaign_id=campaign_id, workspace_id=workspace_id)
    rows = [dataclasses.asdict(row) for row in found]
    _print_rows(rows, output, "Clicks per link")


@track_app.command("reapply-rules")
def reapply_rules_command(
    reason: Annotated[str, typer.Option("--reason", help="Why: recorded with the run.")],
    unique_window: WindowOption = 60,
    rules: RulesOption = None,
    db: DbOption = None,
) -> None:
    """Judge every stored click again with the current (or given) bot rules; the changes and
    the reason are recorded."""
    from influscope.track.clicks import reapply_rules

    with user_errors():
        rule_set, window = _rules(rules), _window(unique_window)
        with open_store(db).begin() as conn:
            run = reapply_rules(conn, rules=rule_set, reason=reason, window=window)
    console.print(
        f"Rules version {run.rules_version} applied to {run.clicks_checked} click(s): "
        f"{run.became_bot} became bot, {run.became_human} became human, "
        f"{run.reason_changed} changed reason, {run.unique_changed} changed unique."
    )

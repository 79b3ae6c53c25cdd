"""Social platforms: `influscope import instagram|facebook|youtube|tiktok|x FILE`,
`influscope unmatched-posts`, and `influscope sync`."""

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
    errors,
    open_store,
    user_errors,
)
from influscope.cli.render import OutputFormat
from influscope.vocabulary import Platform

# Commands merged into `influscope`.
commands = typer.Typer()
# Commands merged into `influscope import`.
imports = typer.Typer()

_SAVED = {
    Platform.INSTAGRAM: "Instagram Graph API responses (user, media, media and account insights)",
    Platform.FACEBOOK: "Facebook Page responses (page, posts, post insights)",
    Platform.YOUTUBE: "YouTube Data API v3 (channels, videos) and YouTube Analytics reports",
    Platform.TIKTOK: "TikTok Display, Research or Business API responses",
    Platform.X: "X API v2 posts with their metrics and authors",
}


def _register(platform: Platform) -> None:
    @imports.command(
        str(platform),
        help=f"Import saved {_SAVED[platform]}: one JSON response, "
        "a list of them, or a bundle saved by `influscope sync --save`.",
    )
    def import_saved(
        file: Annotated[Path, typer.Argument(help="The saved JSON file.")],
        workspace: Annotated[str, typer.Option("--workspace", "-w")] = "Default",
        campaign: Annotated[
            str | None,
            typer.Option(help="Match the posts to this campaign only (by its dates and hashtags)."),
        ] = None,
        handle: Annotated[
            str | None, typer.Option(help="The account, when the responses do not name it.")
        ] = None,
        captured_at: Annotated[
            dt.datetime | None,
            typer.Option(help="When the responses were fetched (UTC); default: the file's time."),
        ] = None,
        api_version: Annotated[
            str | None, typer.Option(help="The API version the file was fetched with (v21.0).")
        ] = None,
        db: DbOption = None,
    ) -> None:
        from influscope.ingest.platforms import import_platform_file

        with user_errors():
            engine = open_store(db)
            with console.status(f"Importing {file}…"):
                result = import_platform_file(
                    engine,
                    platform,
                    file,
                    workspace=workspace,
                    campaign=campaign,
                    handle=handle,
                    captured_at=captured_at,
                    api_version=api_version,
                )
        table = Table(
            "table", "inserted", "updated", "unchanged", title=f"{file} ({result.source})"
        )
        for name, counts in result.summary.counts.items():
            table.add_row(name, *(str(counts[k]) for k in ("inserted", "updated", "unchanged")))
        console.print(table)
        _print_unmatched(
            result.unmatched, title=f"{len(result.unmatched)} post(s) match no campaign"
        )


for _platform in Platform:
    _register(_platform)


def _print_unmatched(rows, *, title: str) -> None:
    if not rows:
        return
    table = Table("platform", "account", "post", "published (UTC)", "why", title=title)
    for row in rows:
        table.add_row(
            row.platform, row.handle, row.url or row.post_key, str(row.published_at), row.reason
        )
    console.print(table)


@commands.command("unmatched-posts")
def unmatched_posts(
    workspace: Annotated[str, typer.Option("--workspace", "-w")] = "Default",
    platform: Annotated[Platform | None, typer.Option(help="Only this platform.")] = None,
    output: FormatOption = OutputFormat.TABLE,
    db: DbOption = None,
) -> None:
    """List the creators' posts that belong to no campaign (kept, never dropped)."""
    import dataclasses

    from influscope.ingest.platforms import list_unmatched_posts

    with user_errors():
        engine = open_store(db)
        with engine.connect() as conn:
            rows = list_unmatched_posts(
                conn, workspace=workspace, platform=str(platform) if platform else None
            )
    if output is OutputFormat.JSON:
        print(render.listing_json([dataclasses.asdict(r) for r in rows]))
    elif output is OutputFormat.CSV:
        sys.stdout.write(render.listing_csv([dataclasses.asdict(r) for r in rows]))
    else:
        _print_unmatched(rows, title=f"{len(rows)} post(s) in no campaign")


@commands.command()
def sync(
    config: Annotated[
        Path | None,
        typer.Option(
            "--config",
            envvar="INFLUSCOPE_SOURCES",
            help="Sources file (default: influscope-sources.toml here).",
        ),
    ] = None,
    source: Annotated[
        list[str] | None, typer.Option("--source", help="Only these sources; repeatable.")
    ] = None,
    save: Annotated[
        Path | None, typer.Option(help="Also save each source's responses in this folder.")
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Print only failures (cron).")
    ] = False,
    workspace: WorkspaceOption = None,
    db: DbOption = None,
) -> None:
    """Fetch every configured source for the active campaigns; every run is recorded."""
    from rich import progress

    from influscope.sources.config import load_sources
    from influscope.sources.runner import SyncLocked, run_sync

    with user_errors():
        sources = load_sources(config, only=source, workspace=workspace)
        engine = open_store(db)
        bar = progress.Progress(
            progress.TextColumn("{task.description}"),
            progress.BarColumn(),
            progress.MofNCompleteColumn(),
            console=console,
            disable=quiet,
        )
        try:
            with bar:
                task = bar.add_task("Syncing…", total=len(sources))
                runs = run_sync(
                    engine,
                    sources,
                    save_to=save,
                    on_done=lambda run: bar.update(task, advance=1, description=run.source),
                )
        except SyncLocked as locked:
            errors.print(f"[red]Error:[/red] {locked}", highlight=False)
            raise typer.Exit(3) from None
    failed = [run for run in runs if run.status == "failed"]
    if not quiet:
        table = Table("source", "status", "added", "updated", "rejected", "api", title="Sync")
        for run in runs:
            table.add_row(
                run.source,
                run.status,
                str(run.rows_added),
                str(run.rows_updated),
                str(run.rows_rejected),
                run.api_version or "",
            )
        console.print(table)
    for run in failed:
        errors.print(f"[red]{run.source} failed:[/red] {run.error}", highlight=False)
    if failed:
        raise typer.Exit(1)

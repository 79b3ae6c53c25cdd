"""`influscope`: set up a store, import a workbook, read KPIs, try the demo."""

import dataclasses
import datetime as dt
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich import progress
from rich.table import Table

from influscope.catalogue.load import built_in_catalogue
from influscope.catalogue.rate_cards import (
    DEFAULT_BENCHMARKS,
    DEFAULT_RATE_CARD,
    load_rates,
)
from influscope.cli import attribution, commerce, discover, render, report, sources, track, web
from influscope.cli.common import (
    DbOption,
    FormatOption,
    LangOption,
    WorkspaceOption,
    console,
    open_store,
    user_errors,
)
from influscope.cli.render import OutputFormat
from influscope.compile import Grain
from influscope.report.campaign_kpis import CampaignKpis, campaign_kpis
from influscope.store import migrate, queries

app = typer.Typer(
    help="Influscope: auditable KPIs for influencer-marketing campaigns.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
import_app = typer.Typer(help="Import data into the store.", no_args_is_help=True)
app.add_typer(import_app, name="import")
export_app = typer.Typer(help="Export the store for other engines.", no_args_is_help=True)
app.add_typer(export_app, name="export")
for capability in (attribution, commerce, discover, report, sources, track, web):
    app.add_typer(capability.commands)
for capability in (commerce, sources):
    import_app.add_typer(capability.imports)


@app.command()
def init(db: DbOption = None) -> None:
    """Create the store, or bring it to the newest schema. Safe to rerun."""
    with user_errors():
        engine = open_store(db)
        console.print(
            f"Store ready at {engine.url.render_as_string()} "
            f"(schema {migrate.current_revision(engine)})."
        )


@app.command()
def template(
    path: Annotated[Path, typer.Argument(help="Where to write the .xlsx template.")],
    lang: LangOption = "en",
) -> None:
    """Write the campaign workbook template, with instructions, in English or French."""
    from influscope.ingest.workbook import write_template

    with user_errors():
        write_template(path, lang=lang)
    console.print(f"Template written to {path}.")


@import_app.command("workbook")
def import_workbook_command(
    source: Annotated[Path, typer.Argument(help="An .xlsx workbook or a folder of CSV files.")],
    workspace: Annotated[str, typer.Option("--workspace", "-w")] = "Default",
    db: DbOption = None,
) -> None:
    """Import a campaign workbook; nothing is written unless every row is clean."""
    from influscope.ingest.workbook import import_workbook

    with user_errors():
        engine = open_store(db)
        with console.status(f"Importing {source}…"):
            summary = import_workbook(
                engine,
                source,
                workspace=workspace,
                kpi_ids=frozenset(built_in_catalogue().kpis),
                indicator_ids=frozenset(built_in_catalogue().indicators),
            )
    table = Table("table", "inserted", "updated", "unchanged", title=f"Imported {source}")
    for name, counts in summary.counts.items():
        table.add_row(name, *(str(counts[key]) for key in ("inserted", "updated", "unchanged")))
    console.print(table)


@app.command()
def campaigns(
    workspace: WorkspaceOption = None,
    output: FormatOption = OutputFormat.TABLE,
    db: DbOption = None,
) -> None:
    """List campaigns."""
    with user_errors():
        engine = open_store(db)
        with engine.connect() as conn:
            found = queries.list_campaigns(conn, workspace=workspace)
    rows = [dataclasses.asdict(campaign) for campaign in found]
    for row in rows:
        row["objectives"] = ",".join(row["objectives"])
    if output is OutputFormat.JSON:
        print(render.listing_json(rows))
    elif output is OutputFormat.CSV:
        sys.stdout.write(render.listing_csv(rows))
    else:
        table = Table(*(column for column in rows[0] if column != "id") if rows else ["campaign"])
        for row in rows:
            table.add_row(*(str(value) for key, value in row.items() if key != "id"))
        console.print(table)


@app.command()
def kpi(
    campaign: Annotated[str | None, typer.Argument(help="Campaign name.")] = None,
    by: Annotated[
        list[Grain] | None, typer.Option("--by", help="Group by; repeat to combine.")
    ] = None,
    kpis: Annotated[
        list[str] | None, typer.Option("--kpi", help="Only these KPI ids; repeatable.")
    ] = None,
    as_of: Annotated[
        dt.datetime | None,
        typer.Option(
            "--as-of", help="Use what was known at this time (UTC): snapshots, posts, events."
        ),
    ] = None,
    explain: Annotated[
        str | None, typer.Option("--explain", help="Print a KPI's definition and formula.")
    ] = None,
    show_all: Annotated[
        bool,
        typer.Option("--all", help="Table: every KPI, not only the headline ones."),
    ] = False,
    engine: Annotated[
        str | None,
        typer.Option(
            "--engine",
            help="Run the KPIs elsewhere: spark:///abs/lake (see `influscope export parquet`).",
        ),
    ] = None,
    rate_card: Annotated[
        str | None, typer.Option("--rate-card", help="EMV rate card, ID or ID@VERSION.")
    ] = None,
    benchmarks: Annotated[
        str | None, typer.Option("--benchmarks", help="Paid-media benchmarks, ID or ID@VERSION.")
    ] = None,
    rates_folder: Annotated[
        list[Path] | None,
        typer.Option("--rates-folder", help="A folder of your own rate cards; repeatable."),
    ] = None,
    workspace: WorkspaceOption = None,
    output: FormatOption = OutputFormat.TABLE,
    lang: LangOption = "en",
    db: DbOption = None,
) -> None:
    """Compute a campaign's KPIs, optionally grouped (influencer, platform, format, day…)."""
    with user_errors():
        if explain:
            print_explanation(explain, lang)
            return
        if campaign is None:
            raise ValueError("Name a campaign (see `influscope campaigns`), or use --explain KPI.")
        rates = load_rates(*(rates_folder or []))
        model = campaign_kpis(
            open_store(db),
            campaign=campaign,
            workspace=workspace,
            kpi_ids=kpis,
            by=by or [],
            as_of=as_of,
            engine_url=engine,
            card=rates.get_card_or_raise(*_id_and_version(rate_card or DEFAULT_RATE_CARD)),
            benchmarks=rates.get_benchmarks_or_raise(
                *_id_and_version(benchmarks or DEFAULT_BENCHMARKS)
            ),
        )
    if output is OutputFormat.JSON:
        print(render.kpi_json(model, as_of=as_of))
    elif output is OutputFormat.CSV:
        sys.stdout.write(render.kpi_csv(model.table))
    else:
        only = None if kpis or show_all else model.headline
        console.print(render.kpi_rich_table(model, title=_title(model), lang=lang, only=only))
        if model.indicators and not by:
            catalogue = built_in_catalogue()
            console.print(render.indicators_rich_table(model, catalogue=catalogue, lang=lang))


def _id_and_version(reference: str) -> tuple[str, int | None]:
    """`paid_social` or `paid_social@2`."""
    name, _, version = reference.partition("@")
    if version and not version.isdigit():
        raise ValueError(f"{reference!r}: the version after '@' is a whole number.")
    return name, int(version) if version else None


def _title(model: CampaignKpis) -> str:
    found = model.campaign
    return (
        f"{found.name} ({found.workspace}, {found.start_date} → {found.end_date}; "
        f"EMV: {model.table.rate_card}, paid benchmarks: {model.table.benchmarks})"
    )


@export_app.command("parquet")
def export_parquet_command(
    folder: Annotated[Path, typer.Argument(help="The lake folder to write (one folder a table).")],
    db: DbOption = None,
) -> None:
    """Export the canonical tables as Parquet, for `influscope kpi --engine spark:///FOLDER`."""
    from influscope.store.export import export_parquet

    with user_errors():
        engine = open_store(db)
        with console.status(f"Exporting to {folder}…"):
            counts = export_parquet(engine, folder)
    table = Table("table", "rows", title=f"Exported to {folder.resolve()}")
    for name, rows in counts.items():
        table.add_row(name, f"{rows:,}")
    console.print(table)
    console.print(f"Next: influscope kpi CAMPAIGN --engine spark://{folder.resolve()}")


@app.command()
def compliance(
    campaign: Annotated[str, typer.Argument(help="Campaign name.")],
    workspace: WorkspaceOption = None,
    output: FormatOption = OutputFormat.TABLE,
    db: DbOption = None,
) -> None:
    """List the sponsored posts that lack the advertising mention their creator's country asks."""
    from influscope.report.compliance import undisclosed_posts

    with user_errors():
        rows = undisclosed_posts(open_store(db), campaign=campaign, workspace=workspace)
    if output is OutputFormat.JSON:
        print(render.listing_json(rows))
    elif output is OutputFormat.CSV:
        sys.stdout.write(render.listing_csv(rows))
    else:
        columns = ("day", "influencer", "country", "platform", "format", "post", "caption")
        title = f"{campaign}: {len(rows)} sponsored post(s) without the advertising mention"
        table = Table(*columns, title=title)
        for row in rows:
            table.add_row(*(str(row[column] or "") for column in columns))
        console.print(table)


def print_explanation(kpi_id: str, lang: str) -> None:
    catalogue = built_in_catalogue()
    kpi = catalogue.get_or_raise(kpi_id)
    console.print(f"[bold]{kpi.label.get(lang)}[/bold] ({kpi.id})")
    console.print(kpi.definition.get(lang))
    console.print(f"Formula: {kpi.formula}")
    console.print(
        f"Family: {kpi.family.value}; unit: {kpi.unit.value}; {kpi.direction.value} is better"
    )
    console.print(f"Objectives: {', '.join(o.value for o in kpi.objectives)}")
    for measure_id in kpi.measures:
        console.print(f"  {measure_id}: {catalogue.measures[measure_id].description}")
    console.print(f"Catalogue version {catalogue.version}")


@app.command()
def demo(
    db: DbOption = None,
    lang: LangOption = "en",
    reports: Annotated[
        Path, typer.Option(help="Folder for each campaign's client report (HTML, PDF, XLSX, PPTX).")
    ] = Path("reports"),
    serve: Annotated[
        bool, typer.Option("--serve", help="Then serve the dashboard on the demo store.")
    ] = False,
) -> None:
    """Load a realistic demo brand, print its campaigns' KPIs and write their client reports."""
    from influscope.demo import DEMO_WORKSPACE
    from influscope.report.campaign_report import build_campaign_report
    from influscope.report.write import write_report
    from influscope.web.demo import DEMO_EMAIL, DEMO_PASSWORD, load_demo

    with user_errors():
        engine = open_store(db)
        with console.status("Writing the demo brand…"):
            load_demo(engine)
        with engine.connect() as conn:
            found = queries.list_campaigns(conn, workspace=DEMO_WORKSPACE)
        console.print(f"Demo workspace {DEMO_WORKSPACE!r}: {len(found)} campaigns.")
        for campaign in progress.track(found, description="Computing KPIs…", console=console):
            model = campaign_kpis(engine, campaign=campaign.name, workspace=DEMO_WORKSPACE)
            console.print(
                render.kpi_rich_table(model, title=_title(model), lang=lang, only=model.headline)
            )
            if model.indicators:
                console.print(
                    render.indicators_rich_table(model, catalogue=built_in_catalogue(), lang=lang)
                )
        for campaign in progress.track(found, description="Writing reports…", console=console):
            report = build_campaign_report(
                engine, campaign=campaign.name, workspace=DEMO_WORKSPACE, lang=lang
            )
            written = write_report(report, reports)
            kinds = ", ".join(path.suffix for path in written)
            console.print(f"Wrote {written[0].with_suffix('')} ({kinds})")
    console.print(f"Store: {engine.url.render_as_string()}.")
    console.print(f'Next: influscope kpi "{found[0].name}" --all, or --by influencer')
    console.print(f"Dashboard sign-in: {DEMO_EMAIL} / {DEMO_PASSWORD}")
    if serve:
        engine.dispose()  # the server opens the store again (DuckDB: one process, one writer)
        web.serve(db=db)

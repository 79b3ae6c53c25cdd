"""Reports handed to a client: `influscope report …`.

`influscope report CAMPAIGN` writes a campaign's report, `influscope report --workspace W
--period 2026-Q3` a period's; `influscope report schedule add|list|run-due` keeps scheduled
period reports for cron.
"""

import datetime as dt
from pathlib import Path
from typing import Annotated

import click
import typer
from rich.table import Table
from typer.core import TyperGroup

from influscope.catalogue.rate_cards import DEFAULT_BENCHMARKS, DEFAULT_RATE_CARD, built_in_rates
from influscope.cli.common import DbOption, LangOption, console, open_store, user_errors
from influscope.report.write import ReportFormat

# Commands merged into `influscope`.
commands = typer.Typer()


class _CampaignByDefault(TyperGroup):
    """`influscope report CAMPAIGN …` and `influscope report --period …` run the hidden `make`
    command; `influscope report schedule …` reaches the schedules."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h"):
            args = ["make", *args]
        return super().parse_args(ctx, args)


report_app = typer.Typer(
    cls=_CampaignByDefault,
    help=(
        "Write client reports (HTML, PDF, XLSX, PPTX): `influscope report CAMPAIGN` or "
        "`influscope report --workspace W --period 2026-Q3`; options: "
        "`influscope report CAMPAIGN --help`."
    ),
    no_args_is_help=True,
)
schedule_app = typer.Typer(help="Scheduled period reports, for cron.", no_args_is_help=True)
report_app.add_typer(schedule_app, name="schedule")
commands.add_typer(report_app, name="report")

FormatsOption = Annotated[
    list[ReportFormat] | None,
    typer.Option("--format", "-f", help="html, pdf, xlsx, pptx or all; repeatable."),
]
OutOption = Annotated[Path, typer.Option("--out", "-o", help="Folder to write the files to.")]


@report_app.command("make", hidden=True)
def make(
    campaign: Annotated[str | None, typer.Argument(help="Campaign name.")] = None,
    workspace: Annotated[
        str | None, typer.Option("--workspace", "-w", help="Workspace (brand or client).")
    ] = None,
    period: Annotated[
        str | None,
        typer.Option("--period", help="2026-Q3, 2026-10 or 2026-09..2026-10 (needs --workspace)."),
    ] = None,
    formats: FormatsOption = None,
    lang: LangOption = "en",
    out: OutOption = Path("reports"),
    as_of: Annotated[
        dt.datetime | None,
        typer.Option(
            "--as-of", help="Read what was known at this time (UTC): snapshots, posts, events."
        ),
    ] = None,
    today: Annotated[
        dt.datetime | None,
        typer.Option("--today", help="Judge targets as on this day (default: --as-of, or now)."),
    ] = None,
    rate_card: Annotated[
        str, typer.Option("--rate-card", help="EMV rate card, ID or ID@VERSION.")
    ] = DEFAULT_RATE_CARD,
    benchmarks: Annotated[
        str, typer.Option("--benchmarks", help="Paid-media benchmarks, ID or ID@VERSION.")
    ] = DEFAULT_BENCHMARKS,
    db: DbOption = None,
) -> None:
    """Write a campaign's report, or with --period a workspace's report for that period."""
    from influscope.report.write import write_report

    with user_errors():
        if lang not in ("en", "fr"):
            raise ValueError(f"--lang {lang!r}: reports are written in en or fr.")
        if (campaign is None) == (period is None):
            raise ValueError("Name a campaign, or give --workspace and --period (not both).")
        rates = built_in_rates()
        card = rates.get_card_or_raise(*_id_and_version(rate_card))
        paid = rates.get_benchmarks_or_raise(*_id_and_version(benchmarks))
        store = open_store(db)
        with console.status("Computing the report…"):
            if period is not None:
                from influscope.report.period_report import build_period_report
                from influscope.report.periods import parse_period

                if workspace is None:
                    raise ValueError("A period report needs --workspace.")
                chosen = parse_period(period)
                report = build_period_report(
                    store,
                    workspace=workspace,
                    period=chosen,
                    lang=lang,
                    as_of=as_of,
                    card=card,
                    benchmarks=paid,
                )
                name = chosen.label
            else:
                from influscope.report.campaign_report import build_campaign_report

                report = build_campaign_report(
                    store,
                    campaign=campaign,
                    workspace=workspace,
                    lang=lang,
                    as_of=as_of,
                    today=today.date() if today else None,
                    card=card,
                    benchmarks=paid,
                )
                name = None
        with console.status("Writing the files…"):
            written = write_report(report, out, formats or [ReportFormat.ALL], name=name)
    for path in written:
        console.print(f"Wrote {path}")


def _id_and_version(reference: str) -> tuple[str, int | None]:
    name, _, version = reference.partition("@")
    if version and not version.isdigit():
        raise ValueError(f"{reference!r}: the version after '@' is a whole number.")
    return name, int(version) if version else None


@schedule_app.command("add")
def schedule_add(
    name: Annotated[str, typer.Argument(help="A name for the schedule (its sub-folder).")],
    workspace: Annotated[str, typer.Option("--workspace", "-w", help="Workspace to report on.")],
    every: Annotated[str, typer.Option("--every", help="monthly, bimonthly or quarterly.")],
    out: OutOption = Path("reports"),
    formats: FormatsOption = None,
    lang: LangOption = "en",
) -> None:
    """Schedule a period report; `run-due` writes it once each period has ended."""
    from influscope.report.schedules import Every, Schedule, add_schedule

    with user_errors():
        try:
            chosen = Every(every)
        except ValueError:
            raise ValueError(f"--every {every!r}: monthly, bimonthly or quarterly.") from None
        kept = [f.value for f in (formats or [ReportFormat.PDF, ReportFormat.XLSX])]
        path = add_schedule(out, Schedule(name, workspace, chosen, tuple(kept), lang))
    console.print(f"Schedule {name!r} saved in {path}.")


@schedule_app.command("list")
def schedule_list(out: OutOption = Path("reports")) -> None:
    """The schedules of a report folder, with the last period each has written."""
    from influscope.report.schedules import load_schedules

    table = Table("name", "workspace", "every", "formats", "lang", "last period")
    for s in load_schedules(out):
        table.add_row(
            s.name, s.workspace, s.every.value, ",".join(s.formats), s.lang, s.last_period or "–"
        )
    console.print(table)


@schedule_app.command("run-due")
def schedule_run_due(
    out: OutOption = Path("reports"),
    today: Annotated[
        dt.datetime | None, typer.Option("--today", help="Run as on this day (default: today).")
    ] = None,
    db: DbOption = None,
) -> None:
    """Write every scheduled report whose period has ended and is not written yet (for cron)."""
    from influscope.report.period_report import build_period_report
    from influscope.report.schedules import run_due
    from influscope.report.write import write_report

    with user_errors():
        store = open_store(db)

        def write(schedule, period, folder: Path) -> list[Path]:
            report = build_period_report(
                store, workspace=schedule.workspace, period=period, lang=schedule.lang
            )
            formats = [ReportFormat(f) for f in schedule.formats]
            return write_report(report, folder, formats, name=period.label)

        written = run_due(out, today=(today or dt.datetime.now()).date(), write=write)
    for path in written:
        console.print(f"Wrote {path}")
    if not written:
        console.print("Nothing due.")

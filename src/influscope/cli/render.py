"""Rendering KPI tables and listings as a terminal table, JSON or CSV."""

import csv
import datetime as dt
import io
import json
from decimal import Decimal
from enum import StrEnum

from rich.table import Table

from influscope.catalogue.models import Kpi, Unit
from influscope.engines.evaluate import KpiTable


class OutputFormat(StrEnum):
    TABLE = "table"
    JSON = "json"
    CSV = "csv"


def format_value(value: float | int | None, kpi: Kpi, currency: str, lang: str = "en") -> str:
    if value is None:
        return "–"
    match kpi.unit:
        case Unit.COUNT:
            text = f"{value:,.0f}"
        case Unit.PERCENT:
            text = f"{value:,.2f} %"
        case Unit.CURRENCY:
            text = f"{value:,.2f} {currency}"
    if lang == "fr":
        text = text.replace(",", "\u202f").replace(".", ",")
    return text


def _plain(value: object) -> object:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def kpi_document(table: KpiTable, *, campaign: dict, as_of: dt.datetime | None) -> dict:
    """The documented JSON shape of `influscope kpi` (docs/cli.md): stable, KPI ids as keys."""

    def kpi_value(kpi: Kpi, value) -> dict:
        entry = {"value": value, "unit": kpi.unit.value}
        if kpi.unit is Unit.CURRENCY:
            entry["currency"] = campaign["currency"]
        return entry

    return {
        "catalogue_version": table.catalogue_version,
        "campaign": {key: _plain(value) for key, value in campaign.items()},
        "as_of": as_of.isoformat() if as_of else None,
        "by": [grain.value for grain in table.by],
        "rows": [
            {
                "group": {column: _plain(row[column]) for column in table.group_columns},
                "kpis": {kpi.id: kpi_value(kpi, row[kpi.id]) for kpi in table.kpis},
            }
            for row in table.rows
        ],
    }


def kpi_json(table: KpiTable, *, campaign: dict, as_of: dt.datetime | None) -> str:
    return json.dumps(
        kpi_document(table, campaign=campaign, as_of=as_of), indent=2, ensure_ascii=False
    )


def kpi_csv(table: KpiTable) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([*table.group_columns, *(kpi.id for kpi in table.kpis)])
    for row in table.rows:
        writer.writerow(
            [_plain(row[column]) for column in (*table.group_columns, *(k.id for k in table.kpis))]
        )
    return out.getvalue()


def kpi_rich_table(table: KpiTable, *, title: str, currency: str, lang: str) -> Table:
    """One row per KPI when ungrouped (readable in a terminal), else one row per group."""
    if not table.by:
        rich_table = Table(title=title, title_justify="left")
        rich_table.add_column("KPI")
        rich_table.add_column("id", style="dim")
        rich_table.add_column("value", justify="right")
        (row,) = table.rows or ({kpi.id: None for kpi in table.kpis},)
        for kpi in table.kpis:
            rich_table.add_row(
                kpi.label.get(lang), kpi.id, format_value(row[kpi.id], kpi, currency, lang)
            )
        return rich_table
    rich_table = Table(title=title, title_justify="left")
    shown = [column for column in table.group_columns if not column.endswith("_id")]
    for column in shown:
        rich_table.add_column(column)
    for kpi in table.kpis:
        rich_table.add_column(kpi.id, justify="right")
    for row in table.rows:
        rich_table.add_row(
            *(
                str(_plain(row[column])) if row[column] is not None else "(none)"
                for column in shown
            ),
            *(format_value(row[kpi.id], kpi, currency, lang) for kpi in table.kpis),
        )
    return rich_table


def listing_csv(rows: list[dict]) -> str:
    out = io.StringIO()
    if rows:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows({key: _plain(value) for key, value in row.items()} for row in rows)
    return out.getvalue()


def listing_json(rows: list[dict]) -> str:
    plain = [{key: _plain(value) for key, value in row.items()} for row in rows]
    return json.dumps(plain, indent=2, ensure_ascii=False)

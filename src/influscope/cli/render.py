"""Rendering KPI tables and listings as a terminal table, JSON or CSV."""

import csv
import dataclasses
import datetime as dt
import io
import json
from collections.abc import Sequence
from decimal import Decimal
from enum import StrEnum

from rich.table import Table

from influscope.catalogue.load import Catalogue
from influscope.catalogue.models import Kpi, Unit
from influscope.catalogue.targets import Status, TargetResult
from influscope.engines.evaluate import KpiTable
from influscope.report.campaign_kpis import CampaignKpis


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
        case Unit.RATIO:
            text = f"{value:,.2f}"
        case Unit.SECONDS:
            text = f"{value:,.1f} s"
    if lang == "fr":
        text = text.replace(",", "\u202f").replace(".", ",")
    return text


def _plain(value: object) -> object:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def _priced_by(kpi: Kpi, table: KpiTable) -> dict:
    """The price list behind a value KPI, so every EMV and paid figure names its source."""
    if {"emv", "emv_authentic"} & set(kpi.measures):
        return {"rate_card": table.rate_card}
    if any(measure.startswith("paid_") for measure in kpi.measures):
        return {"benchmarks": table.benchmarks}
    return {}


def _target(result: TargetResult) -> dict:
    return {
        "value": result.target,
        "effectiveness": result.effectiveness,
        "expected_by_now": result.expected_by_now,
        "status": result.status.value,
    }


def kpi_document(model: CampaignKpis, *, as_of: dt.datetime | None) -> dict:
    """The documented JSON shape of `influscope kpi` (docs/cli.md): stable, KPI ids as keys."""
    table, campaign = model.table, model.campaign

    def entry(kpi: Kpi, row: dict, provenance: dict) -> dict:
        value = {"value": row[kpi.id], "unit": kpi.unit.value}
        if kpi.unit is Unit.CURRENCY:
            value["currency"] = campaign.currency
        value["provenance"] = provenance[kpi.id]
        value |= _priced_by(kpi, table)
        if not table.by and kpi.id in model.targets:
            value["target"] = _target(model.targets[kpi.id])
        return value

    return {
        "catalogue_version": table.catalogue_version,
        "campaign": {k: _plain(v) for k, v in dataclasses.asdict(campaign).items()},
        "as_of": as_of.isoformat() if as_of else None,
        "by": [grain.value for grain in table.by],
        "rate_card": table.rate_card,
        "benchmarks": table.benchmarks,
        "headline": list(model.headline),
        "indicators": [
            {k: _plain(v) for k, v in dataclasses.asdict(value).items()}
            for value in model.indicators
        ],
        "rows": [
            {
                "group": {column: _plain(row[column]) for column in table.group_columns},
                "kpis": {kpi.id: entry(kpi, row, provenance) for kpi in table.kpis},
            }
            for row, provenance in zip(table.rows, table.provenance, strict=True)
        ],
    }


def kpi_json(model: CampaignKpis, *, as_of: dt.datetime | None) -> str:
    return json.dumps(kpi_document(model, as_of=as_of), indent=2, ensure_ascii=False)


def kpi_csv(table: KpiTable) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([*table.group_columns, *(kpi.id for kpi in table.kpis)])
    for row in table.rows:
        writer.writerow(
            [_plain(row[column]) for column in (*table.group_columns, *(k.id for k in table.kpis))]
        )
    return out.getvalue()


_STATUS_STYLE = {
    Status.MET: "green",
    Status.ON_TRACK: "green",
    Status.BEHIND: "yellow",
    Status.MISSED: "red",
}


def indicators_rich_table(model: CampaignKpis, *, catalogue: Catalogue, lang: str) -> Table:
    """The indicators measured elsewhere, each with its date and source."""
    table = Table("indicator", "value", "measured on", "source", title="Measured elsewhere")
    for value in model.indicators:
        indicator = catalogue.indicators.get(value.indicator)
        label = indicator.label.get(lang) if indicator else value.indicator
        unit = f" {indicator.unit}" if indicator else ""
        table.add_row(label, f"{value.value:+g}{unit}", str(value.measured_on), value.source)
    return table


def kpi_rich_table(
    model: CampaignKpis, *, title: str, lang: str, only: Sequence[str] | None = None
) -> Table:
    """One row per KPI when ungrouped (readable in a terminal), with its provenance and its
    target; else one row per group. `only` limits and orders the KPIs shown."""
    table, currency = model.table, model.campaign.currency
    kpis = [k for k in table.kpis if only is None or k.id in only]
    if only is not None:
        kpis.sort(key=lambda k: list(only).index(k.id))
    rich_table = Table(title=title, title_justify="left")
    if not table.by:
        for column in ("KPI", "value", "provenance", "target", "status"):
            rich_table.add_column(
                column, justify="right" if column in ("value", "target") else "left"
            )
        (row,), (provenance,) = table.rows, table.provenance
        for kpi in kpis:
            result = model.targets.get(kpi.id)
            status = ""
            if result is not None:
                style = _STATUS_STYLE.get(result.status, "dim")
                status = f"[{style}]{result.status.value.replace('_', ' ')}[/{style}]"
            rich_table.add_row(
                kpi.label.get(lang),
                format_value(row[kpi.id], kpi, currency, lang),
                (provenance[kpi.id] or "").replace("_", "-"),
                format_value(result.target, kpi, currency, lang) if result else "",
                status,
            )
        return rich_table
    shown = [column for column in table.group_columns if not column.endswith("_id")]
    for column in shown:
        rich_table.add_column(column)
    for kpi in kpis:
        rich_table.add_column(kpi.id, justify="right")
    for row in table.rows:
        rich_table.add_row(
            *(
                str(_plain(row[column])) if row[column] is not None else "(none)"
                for column in shown
            ),
            *(format_value(row[kpi.id], kpi, currency, lang) for kpi in kpis),
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

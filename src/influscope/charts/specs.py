"""The charts of a report, each a Vega-Lite spec built from one of its tables.

Specs carry their data inline (the table's own, unrounded numbers) so that a spec is a complete,
portable document: the report renderers and the web dashboard draw exactly the same thing.
"""

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from influscope.report.model import Column, DataTable, Kind, Report

SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json"
FONT = "DejaVu Sans"
WIDTH = 520
# Vega's number and time locale for French: comma decimals, narrow no-break space thousands.
_FRENCH = {
    "number": {"decimal": ",", "thousands": "\u202f", "grouping": [3], "currency": ["", " €"]},
}
_FORMATS = {
    Kind.COUNT: ",.0f",
    Kind.PERCENT: ",.1f",
    Kind.CURRENCY: ",.0f",
    Kind.RATIO: ",.2f",
}


@dataclass(frozen=True)
class ChartDef:
    section: str
    table: str
    draw: Callable[[DataTable, str], dict]


def _values(table: DataTable, *keys: str) -> list[dict]:
    rows = []
    for row in table.rows:
        record = dict(zip((c.key for c in table.columns), row, strict=True))
        picked = {key: _plain(record[key]) for key in keys}
        if all(value is not None for value in picked.values()):
            rows.append(picked)
    return rows


def _plain(value: object) -> object:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int | float | str) or value is None:
        return value
    return float(value)


def _column(table: DataTable, key: str) -> Column:
    return next(column for column in table.columns if column.key == key)


def _axis_title(column: Column, currency: str) -> str:
    return f"{column.label} ({currency})" if column.kind is Kind.CURRENCY else column.label


def _quantitative(table: DataTable, key: str, **extra) -> dict:
    column = _column(table, key)
    return {
        "field": key,
        "type": "quantitative",
        "title": _axis_title(column, table.currency),
        "axis": {"format": _FORMATS.get(column.kind, ",")},
        **extra,
    }


def _base(table: DataTable, lang: str, values: list[dict], height: int) -> dict:
    config = {
        "font": FONT,
        "view": {"stroke": None},
        "axis": {"labelFontSize": 10, "titleFontSize": 11, "labelLimit": 180},
        "title": {"fontSize": 13, "anchor": "start"},
    }
    if lang == "fr":
        config["locale"] = _FRENCH
    return {
        "$schema": SCHEMA,
        "title": table.title,
        "width": WIDTH,
        "height": height,
        "data": {"values": values},
        "config": config,
        "background": "white",
    }


def horizontal_bars(category: str, value: str, color: str | None = None) -> Callable:
    """One bar per row, longest first: costs, engagements or clicks per influencer."""

    def draw(table: DataTable, lang: str) -> dict:
        keys = [category, value, *([color] if color else [])]
        values = _values(table, *keys)
        spec = _base(table, lang, values, height=max(60, 16 * len(values)))
        encoding = {
            "y": {
                "field": category,
                "type": "nominal",
                "sort": "-x",
                "title": _column(table, category).label,
            },
            "x": _quantitative(table, value),
            "tooltip": [{"field": key, "title": _column(table, key).label} for key in keys],
        }
        if color:
            encoding["color"] = {
                "field": color,
                "type": "nominal",
                "title": _column(table, color).label,
            }
        spec |= {"mark": {"type": "bar", "color": "#3b6ea5"}, "encoding": encoding}
        return spec

    return draw


def effectiveness_bars(table: DataTable, lang: str) -> dict:
    """Each target's effectiveness, with the 100 % line a target is met at."""
    values = _values(table, "kpi", "effectiveness", "status")
    spec = _base(table, lang, values, height=max(60, 20 * len(values)))
    bars = {
        "mark": {"type": "bar"},
        "encoding": {
            "y": {"field": "kpi", "type": "nominal", "sort": None, "title": None},
            "x": _quantitative(table, "effectiveness"),
            # Met (or on pace) at 100 % and above, whichever way the KPI is better.
            "color": {
                "condition": {"test": "datum.effectiveness >= 100", "value": "#2e7d32"},
                "value": "#c62828",
            },
            "tooltip": [
                {"field": key, "title": _column(table, key).label}
                for key in ("kpi", "effectiveness", "status")
            ],
        },
    }
    rule = {"mark": {"type": "rule", "strokeDash": [4, 3]}, "encoding": {"x": {"datum": 100}}}
    spec["layer"] = [bars, rule]
    return spec


def lines_over_time(day: str, value: str, series: str) -> Callable:
    """A value over time, one line per series: followers of each brand account."""

    def draw(table: DataTable, lang: str) -> dict:
        values = _values(table, day, value, series)
        spec = _base(table, lang, values, height=220)
        spec |= {
            "mark": {"type": "line", "point": True},
            "encoding": {
                "x": {"field": day, "type": "temporal", "title": _column(table, day).label},
                "y": _quantitative(table, value, scale={"zero": False}),
                "color": {
                    "field": series,
                    "type": "nominal",
                    "title": _column(table, series).label,
                },
            },
        }
        return spec

    return draw


def cost_against_result(label: str, cost: str, result: str) -> Callable:
    """Cost efficiency: each influencer's cost against what it bought."""

    def draw(table: DataTable, lang: str) -> dict:
        values = _values(table, label, cost, result)
        spec = _base(table, lang, values, height=260)
        spec |= {
            "mark": {"type": "circle", "size": 70, "color": "#3b6ea5"},
            "encoding": {
                "x": _quantitative(table, cost),
                "y": _quantitative(table, result),
                "tooltip": [{"field": key, "title": _column(table, key).label} for key in values[0]]
                if values
                else [],
            },
        }
        return spec

    return draw


CHARTS: dict[str, ChartDef] = {
    "summary.targets": ChartDef("summary", "targets", effectiveness_bars),
    "spend.cost_by_influencer": ChartDef(
        "spend", "cost_by_influencer", horizontal_bars("influencer", "cost")
    ),
    "influencers.cost_efficiency": ChartDef(
        "influencers", "ranking", cost_against_result("influencer", "cost", "engagements")
    ),
    "content.formats": ChartDef(
        "content", "formats", horizontal_bars("format", "engagements", color="platform")
    ),
    "audience.brand_followers": ChartDef(
        "audience", "brand_followers", lines_over_time("day", "followers", "account")
    ),
    "traffic.clicks": ChartDef("traffic", "links", horizontal_bars("influencer", "clicks_total")),
    "campaigns.cost": ChartDef("campaigns", "by_campaign", horizontal_bars("campaign", "cost")),
    "campaigns.engagements": ChartDef(
        "campaigns", "by_month", horizontal_bars("month", "engagements")
    ),
}


def campaign_charts(model: Report) -> dict[str, dict]:
    """Every chart the report has data for, by key, in the order of its sections."""
    specs = {}
    sections = {section.key: section for section in model.sections}
    for key, chart in CHARTS.items():
        section = sections.get(chart.section)
        table = section.table(chart.table) if section else None
        if table is None or not table.rows:
            continue
        spec = chart.draw(table, model.lang)
        if spec["data"]["values"]:
            specs[key] = spec
    return specs


def charts_of(specs: dict[str, dict], section: str) -> dict[str, dict]:
    return {key: spec for key, spec in specs.items() if key.split(".")[0] == section}

"""Compiling a set of KPIs, a grouping and filters into one Ibis expression."""

import datetime as dt
from collections.abc import Sequence
from enum import StrEnum

import ibis.expr.types as ir

from influscope.catalogue.load import Catalogue
from influscope.catalogue.models import Aggregation, Kpi
from influscope.compile.facts import TableSource, kpi_facts


class Grain(StrEnum):
    CAMPAIGN = "campaign"
    INFLUENCER = "influencer"
    PLATFORM = "platform"
    FORMAT = "format"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"


def group_columns(grain: Grain) -> tuple[str, ...]:
    """The result columns a grain adds: ids travel with names so equal names never merge."""
    match grain:
        case Grain.CAMPAIGN:
            return ("campaign_id", "campaign")
        case Grain.INFLUENCER:
            return ("influencer_id", "influencer")
        case Grain.PLATFORM | Grain.FORMAT | Grain.DAY | Grain.WEEK | Grain.MONTH:
            return (grain.value,)


def _with_periods(facts: ir.Table, grains: Sequence[Grain]) -> ir.Table:
    periods = {}
    if Grain.WEEK in grains:
        periods["week"] = facts.day.truncate("W")
    if Grain.MONTH in grains:
        periods["month"] = facts.day.truncate("M")
    return facts.mutate(**periods) if periods else facts


def _aggregate(facts: ir.Table, catalogue: Catalogue, measure_id: str, where=None) -> ir.Value:
    measure = catalogue.measures[measure_id]
    column = facts[measure.column]
    match measure.aggregation:
        case Aggregation.SUM:
            return column.sum(where=where)
        case Aggregation.COUNT_DISTINCT:
            return column.nunique(where=where)


def _aggregations(facts: ir.Table, catalogue: Catalogue, kpis: Sequence[Kpi]) -> dict:
    """Every aggregate the KPIs need, once. A paired ratio gets its own filtered sums."""
    wanted: dict[str, ir.Value] = {}
    for kpi in kpis:
        if kpi.ratio is not None and kpi.ratio.paired:
            numerator = catalogue.measures[kpi.ratio.numerator].column
            denominator = catalogue.measures[kpi.ratio.denominator].column
            both = facts[numerator].notnull() & facts[denominator].notnull()
            wanted[f"{kpi.id}__numerator"] = _aggregate(facts, catalogue, kpi.ratio.numerator, both)
            wanted[f"{kpi.id}__denominator"] = _aggregate(
                facts, catalogue, kpi.ratio.denominator, both
            )
        else:
            for measure_id in kpi.measures:
                wanted.setdefault(measure_id, _aggregate(facts, catalogue, measure_id))
    return wanted


def _kpi_value(table: ir.Table, kpi: Kpi) -> ir.Value:
    if kpi.ratio is None:
        return table[kpi.measure]
    if kpi.ratio.paired:
        numerator = table[f"{kpi.id}__numerator"]
        denominator = table[f"{kpi.id}__denominator"]
    else:
        numerator, denominator = table[kpi.ratio.numerator], table[kpi.ratio.denominator]
    # Ratios divide once, as doubles, and are null (not an error) when the denominator is zero.
    ratio = numerator.cast("float64") / denominator.cast("float64").nullif(0)
    return ratio * kpi.ratio.per if kpi.ratio.per != 1 else ratio


def compile_kpis(
    con: TableSource,
    catalogue: Catalogue,
    *,
    kpi_ids: Sequence[str],
    by: Sequence[Grain] = (),
    campaign_ids: Sequence[int] | None = None,
    as_of: dt.datetime | None = None,
) -> ir.Table:
    """One row per group, one column per KPI (named by its id), ordered by the group columns."""
    kpis = [catalogue.get_or_raise(kpi_id) for kpi_id in kpi_ids]
    facts = kpi_facts(con, as_of=as_of)
    if campaign_ids is not None:
        facts = facts.filter(facts.campaign_id.isin(list(campaign_ids)))
    facts = _with_periods(facts, by)
    keys = [column for grain in by for column in group_columns(grain)]
    aggregations = _aggregations(facts, catalogue, kpis)
    grouped = (
        facts.group_by(keys).aggregate(**aggregations) if keys else facts.aggregate(**aggregations)
    )
    result = grouped.select(*keys, **{kpi.id: _kpi_value(grouped, kpi) for kpi in kpis})
    return result.order_by(keys) if keys else result

"""Compiling a set of KPIs, a grouping and filters into one Ibis expression."""

import datetime as dt
from collections.abc import Sequence
from enum import StrEnum
from functools import reduce
from operator import or_

import ibis
import ibis.expr.types as ir

from influscope.catalogue.load import Catalogue
from influscope.catalogue.models import Aggregation, Kpi, Measure
from influscope.catalogue.rate_cards import (
    DEFAULT_BENCHMARKS,
    DEFAULT_RATE_CARD,
    PaidBenchmarks,
    RateCard,
    built_in_rates,
)
from influscope.compile.facts import UNIQUE_COLUMNS, kpi_facts
from influscope.compile.posts import prov
from influscope.compile.sources import PROVENANCE_RANK, TableSource, ratio, weakest
from influscope.vocabulary import Provenance


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


# The ids that travel with a name: the name's column, and the table it is read from.
_NAMES = {"campaign_id": "campaign", "influencer_id": "influencer"}


def _with_names(con: TableSource, grouped: ir.Table, keys: Sequence[str]) -> ir.Table:
    """`grouped` (grouped by `keys`, ids without their names) with the name beside each id.
    Grouping by an integer costs less than by an integer and a string, and every kind of fact
    row takes its names from these same tables by id, so the groups are the same."""
    for key in (key for key in keys if key in _NAMES):
        table = con.table(_NAMES[key])
        names = table.select(
            **{key: table.id.cast("int64"), _NAMES[key]: table.name.cast("string")}
        )
        grouped = grouped.left_join(names, key).select(*grouped.columns, _NAMES[key])
    return grouped


def provenance_column(kpi_id: str) -> str:
    """The result column holding the provenance rank of a KPI's value."""
    return prov(kpi_id)


def _with_periods(facts: ir.Table, grains: Sequence[Grain]) -> ir.Table:
    periods = {}
    if Grain.WEEK in grains:
        periods["week"] = facts.day.truncate("W")
    if Grain.MONTH in grains:
        periods["month"] = facts.day.truncate("M")
    return facts.mutate(**periods) if periods else facts


# A greatest provenance rank, as the rank column and the rows it is taken over.
_RankOver = tuple[ir.IntegerValue, ir.BooleanValue]
# Ranks are 0, 1 and 2, and 1 and 2 are distinct bits (measured, 0, sets none): the greatest
# rank of a group is read from the bitwise or of its rows' ranks, two bits per rank column,
# 31 columns to a 64-bit word.
_RANK_BITS = 2
_RANKS_PER_WORD = 31


def _grouped(
    table: ir.Table,
    keys: Sequence[str],
    aggregates: dict[str, ir.Scalar],
    ranks: dict[str, _RankOver],
) -> ir.Table:
    """`table` aggregated per `keys` (in total when none), with each of `ranks` as its greatest
    rank over the rows where its condition holds (0 where none: measured and unknown read the
    same once a KPI is labelled). One bitwise-or aggregate per word instead of one filtered max
    per rank: DuckDB's grouped aggregate pays for every filter apart."""
    words: dict[str, list[ir.IntegerValue]] = {}
    slots: dict[str, tuple[str, int]] = {}
    for i, (name, (rank, where)) in enumerate(ranks.items()):
        word, shift = f"ranks__{i // _RANKS_PER_WORD}", i % _RANKS_PER_WORD * _RANK_BITS
        slots[name] = (word, shift)
        bits = ibis.ifelse(where, rank.fill_null(0), 0).cast("int64") << shift
        words.setdefault(word, []).append(bits)
    metrics = aggregates | {word: reduce(or_, bits).bit_or() for word, bits in words.items()}
    table = table.group_by(keys).aggregate(**metrics) if keys else table.aggregate(**metrics)
    estimated = PROVENANCE_RANK[Provenance.ESTIMATED]
    greatest = {}
    for name, (word, shift) in slots.items():
        bits = (table[word] >> shift) & ((1 << _RANK_BITS) - 1)
        # Both bits set (self-reported and estimated rows): the greater rank.
        greatest[name] = ibis.ifelse(bits >= estimated, estimated, bits)
    return table.select(*(c for c in table.columns if c not in words), **greatest)


def _aggregate(
    column: ir.Column, aggregation: Aggregation, where=None, *, exact_median: bool = True
) -> ir.Scalar:
    match aggregation:
        case Aggregation.SUM:
            return column.sum(where=where)
        case Aggregation.COUNT_DISTINCT if column.get_name() in UNIQUE_COLUMNS:
            # Without a distinct: an engine keeps a set of every value to count distinct ones.
            return column.count(where=where)
        case Aggregation.COUNT_DISTINCT:
            return column.nunique(where=where)
        case Aggregation.MEAN:
            return column.mean(where=where)
        case Aggregation.MEDIAN if exact_median:
            return column.median(where=where)
        case Aggregation.MEDIAN:
            return column.approx_median(where=where)


class _Plan:
    """The aggregates a set of KPIs needs, each computed once, with the provenance of each."""

    def __init__(self, facts: ir.Table, catalogue: Catalogue, *, exact_median: bool):
        self.facts, self.catalogue, self.exact_median = facts, catalogue, exact_median
        self.aggregates: dict[str, ir.Scalar] = {}
        # Greatest provenance ranks, aggregated apart (`_grouped`).
        self.greatest_ranks: dict[str, _RankOver] = {}
        self.per_account: dict[str, Measure] = {}
        # Per aggregate (or per-account measure), the result column holding its provenance
        # rank; measures of one column (a mean and a median) share one.
        self.ranks: dict[str, str] = {}
        self._column_ranks: dict[str, str] = {}

    def add(self, name: str, measure: Measure, where=None) -> None:
        """The aggregate of `measure` as `name`, with its provenance; over the rows `where`
        holds, when given, and then the caller ranks it (a pair's sides share one rank)."""
        if measure.per_account is not None:
            self.per_account[measure.id] = measure
            self.ranks[measure.id] = prov(measure.id)
            return
        if name in self.aggregates:
            return
        column = self.facts[measure.column]
        self.aggregates[name] = _aggregate(
            column, measure.aggregation, where, exact_median=self.exact_median
        )
        if where is not None or prov(measure.column) not in self.facts.columns:
            return
        if measure.column in self._column_ranks:
            self.ranks[name] = self._column_ranks[measure.column]
            return
        self.greatest_ranks[prov(name)] = (self.facts[prov(measure.column)], column.notnull())
        self.ranks[name] = prov(name)
        self._column_ranks[measure.column] = prov(name)

    def add_kpi(self, kpi: Kpi) -> None:
        pair = kpi.ratio if kpi.ratio is not None and kpi.ratio.paired else None
        if pair is None and kpi.difference is None:
            for measure_id in kpi.measures:
                self.add(measure_id, self.catalogue.measures[measure_id])
            return
        first, second = (self.catalogue.measures[m] for m in kpi.measures)
        both = self.facts[first.column].notnull() & self.facts[second.column].notnull()
        names = (f"{kpi.id}__first", f"{kpi.id}__second")
        for name, measure in zip(names, (first, second), strict=True):
            self.add(name, measure, both)
        # One provenance aggregate for the pair: the weakest of both sides' ranks over the
        # rows, the same as the weakest of each side's greatest rank.
        sides = [
            self.facts[prov(measure.column)]
            for measure in (first, second)
            if prov(measure.column) in self.facts.columns
        ]
        if sides:
            rank = prov(f"{kpi.id}__pair")
            self.greatest_ranks[rank] = (weakest(*sides), both)
            self.ranks.update(dict.fromkeys(names, rank))


def _columns_read(kpis: Sequence[Kpi], catalogue: Catalogue) -> set[str]:
    """The fact columns the KPIs read. Rows with none of them are left out, so that a grouping
    shows no empty groups made of rows of another kind (growth, casting…)."""
    columns = set()
    for kpi in kpis:
        for measure in (catalogue.measures[measure_id] for measure_id in kpi.measures):
            if measure.per_account is None:
                columns.add(measure.column)
            else:
                columns |= {measure.per_account.numerator, measure.per_account.denominator}
    return columns


def _per_account_rates(
    facts: ir.Table, keys: list[str], measures: dict[str, Measure], *, exact_median: bool
):
    """Per group, the mean or median over accounts of each account's own rate."""
    accounts = facts.filter(facts.account_id.notnull())

    def pair(measure: Measure) -> str:
        # The mean and the median of one rate read the same sums, kept once.
        return f"{measure.per_account.numerator}__per__{measure.per_account.denominator}"

    sums, ranks = {}, {}
    for measure in measures.values():
        spec = measure.per_account
        numerator, denominator = accounts[spec.numerator], accounts[spec.denominator]
        both = numerator.notnull() & denominator.notnull()
        sums[f"{pair(measure)}__n"] = numerator.sum(where=both)
        sums[f"{pair(measure)}__d"] = denominator.sum(where=both)
        # The weakest of the two sides' ranks over the rows: one aggregate, the same as the
        # weakest of each side's greatest rank.
        sides = (
            accounts[prov(name)]
            for name in (spec.numerator, spec.denominator)
            if prov(name) in accounts.columns
        )
        ranks[f"{pair(measure)}__r"] = (weakest(*sides), both)
    per_account = _grouped(accounts, [*keys, "account_id"], sums, ranks)
    rates = {
        measure.id: ratio(
            per_account[f"{pair(measure)}__n"],
            per_account[f"{pair(measure)}__d"],
            measure.per_account.per,
        )
        for measure in measures.values()
    }
    per_account = per_account.mutate(**rates)
    summary, summary_ranks = {}, {}
    for measure in measures.values():
        rate = per_account[measure.id]
        summary[measure.id] = _aggregate(rate, measure.aggregation, exact_median=exact_median)
        summary_ranks[prov(measure.id)] = (per_account[f"{pair(measure)}__r"], rate.notnull())
    return _grouped(per_account, keys, summary, summary_ranks)


def _kpi_value(table: ir.Table, kpi: Kpi) -> ir.Value:
    if kpi.ratio is not None:
        if kpi.ratio.paired:
            return ratio(table[f"{kpi.id}__first"], table[f"{kpi.id}__second"], kpi.ratio.per)
        numerator = table[kpi.ratio.numerator]
        if kpi.ratio.less is not None:
            numerator = numerator - table[kpi.ratio.less]
        return ratio(numerator, table[kpi.ratio.denominator], kpi.ratio.per)
    if kpi.difference is not None:
        return table[f"{kpi.id}__first"] - table[f"{kpi.id}__second"]
    return table[kpi.measure]


def _kpi_provenance(
    table: ir.Table, kpi: Kpi, value: ir.Value, rank_columns: dict[str, str]
) -> ir.Value:
    """The weakest provenance among the KPI's inputs; counts the brand keeps itself (costs,
    posts, the casting) are measured. Null when the value is."""
    if (kpi.ratio is not None and kpi.ratio.paired) or kpi.difference is not None:
        names = [f"{kpi.id}__first", f"{kpi.id}__second"]
    else:
        names = list(kpi.measures)
    # Both sides of a pair share one rank column.
    columns = dict.fromkeys(rank_columns[name] for name in names if name in rank_columns)
    ranks = [table[column] for column in columns]
    rank = weakest(*ranks) if ranks else ibis.literal(PROVENANCE_RANK[Provenance.MEASURED])
    measured = ibis.literal(PROVENANCE_RANK[Provenance.MEASURED])
    return ibis.ifelse(value.notnull(), rank.fill_null(measured), ibis.null("int64"))


def compile_kpis(
    con: TableSource,
    catalogue: Catalogue,
    *,
    kpi_ids: Sequence[str],
    by: Sequence[Grain] = (),
    campaign_ids: Sequence[int] | None = None,
    as_of: dt.datetime | None = None,
    card: RateCard | None = None,
    benchmarks: PaidBenchmarks | None = None,
    exact_median: bool = True,
) -> ir.Table:
    """One row per group; per KPI a column named by its id and one with its provenance rank
    (`provenance_column`), ordered by the group columns. Value KPIs are priced with `card` and
    `benchmarks`, the built-in defaults when not given. Engines without an exact median as an
    aggregate (BigQuery) pass `exact_median=False` and get an approximate one."""
    kpis = [catalogue.get_or_raise(kpi_id) for kpi_id in kpi_ids]
    rates = built_in_rates()
    card = card or rates.get_card_or_raise(DEFAULT_RATE_CARD)
    benchmarks = benchmarks or rates.get_benchmarks_or_raise(DEFAULT_BENCHMARKS)
    read = _columns_read(kpis, catalogue)
    keys = [column for grain in by for column in group_columns(grain)]
    ids = [key for key in keys if key not in _NAMES.values()]
    dimensions = {"campaign_id", *ids} - {"week", "month"}
    if Grain.WEEK in by or Grain.MONTH in by:
        dimensions.add("day")
    if any(catalogue.measures[m].per_account for kpi in kpis for m in kpi.measures):
        dimensions.add("account_id")
    facts = kpi_facts(
        con,
        columns=read,
        as_of=as_of,
        disclosure=catalogue.disclosure,
        card=card,
        benchmarks=benchmarks,
        campaign_ids=campaign_ids,
        dimensions=dimensions,
    )
    if campaign_ids is not None:
        facts = facts.filter(facts.campaign_id.isin(list(campaign_ids)))
    facts = _with_periods(facts, by)
    facts = facts.filter(reduce(or_, (facts[column].notnull() for column in sorted(read))))
    # Named: the measures and the per-account rates both read it, and every engine computes it
    # once (DuckDB and PostgreSQL materialise a CTE read twice) instead of once per reader.
    facts = facts.alias("kpi_facts")
    plan = _Plan(facts, catalogue, exact_median=exact_median)
    for kpi in kpis:
        plan.add_kpi(kpi)
    aggregates = plan.aggregates or {"rows": facts.count()}
    grouped = _grouped(facts, ids, aggregates, plan.greatest_ranks)
    if plan.per_account:
        rates = _per_account_rates(facts, ids, plan.per_account, exact_median=exact_median)
        if ids:
            same_group = [grouped[key].identical_to(rates[key]) for key in ids]
            grouped = grouped.left_join(rates, same_group).select(
                *grouped.columns, *(c for c in rates.columns if c not in ids)
            )
        else:
            grouped = grouped.cross_join(rates)
    grouped = _with_names(con, grouped, ids)
    values = {kpi.id: _kpi_value(grouped, kpi) for kpi in kpis}
    provenance = {
        prov(kpi.id): _kpi_provenance(grouped, kpi, values[kpi.id], plan.ranks) for kpi in kpis
    }
    result = grouped.select(*keys, **values, **provenance)
    return result.order_by(keys) if keys else result

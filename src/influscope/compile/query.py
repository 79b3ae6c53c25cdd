"""Compiling a set of KPIs, a grouping and filters into one Ibis expression."""

import datetime as dt
from collections.abc import Collection, Sequence
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
from influscope.compile.facts import UNIQUE_COLUMNS, conform, kpi_facts
from influscope.compile.posts import prov
from influscope.compile.sources import PROVENANCE_RANK, TableSource, ratio, weakest
from influscope.compile.traffic import CLICK_COLUMNS, ORDER_COLUMNS, SESSION_COLUMNS
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


def _with_periods(facts: ir.Table, grains: Sequence[Grain]) -> ir.Table:
    periods = {}
    if Grain.WEEK in grains:
        periods["week"] = facts.day.truncate("W")
    if Grain.MONTH in grains:
        periods["month"] = facts.day.truncate("M")
    return facts.mutate(**periods) if periods else facts


# A greatest provenance rank, as the rank column and the rows it is taken over.
_RankOver = tuple[ir.IntegerValue, ir.BooleanValue]
# Where a rank sits: its word and the shift of its bits in it.
_Slot = tuple[str, int]
# Ranks are 0, 1 and 2, and 1 and 2 are distinct bits (measured, 0, sets none): the greatest
# rank of a group is read from the bitwise or of its rows' ranks, two bits per rank column,
# 31 columns to a 64-bit word.
_RANK_BITS = 2
_RANKS_PER_WORD = 31
# In the result's words, which are never or-ed together, both bits set mean the KPI has no value.
NO_VALUE = 3


def provenance_slot(position: int) -> tuple[str, int]:
    """The result column and bit shift holding the provenance rank of the KPI at `position` in
    the request (`NO_VALUE` where it has none). Two bits per KPI rather than a column each: 60
    rank columns were half the result, and most of the time Python took to read it."""
    return f"provenance__{position // _RANKS_PER_WORD}", position % _RANKS_PER_WORD * _RANK_BITS


def rank_in(word: int, shift: int) -> int:
    """The rank held at `shift` of a result word (`provenance_slot`)."""
    return word >> shift & (1 << _RANK_BITS) - 1


def _packed(ranks: dict[str, _RankOver]) -> tuple[dict[str, ir.IntegerValue], dict[str, _Slot]]:
    """The words holding each row's `ranks` (0 where its condition does not hold), and the slot
    of each. Ranks equal in column and rows share a slot."""
    words: dict[str, list[ir.IntegerValue]] = {}
    slots: dict[str, _Slot] = {}
    placed: dict[tuple, _Slot] = {}
    for name, (rank, where) in ranks.items():
        key = (rank.op(), where.op())
        if key not in placed:
            i = len(placed)
            word, shift = f"ranks__{i // _RANKS_PER_WORD}", i % _RANKS_PER_WORD * _RANK_BITS
            placed[key] = (word, shift)
            bits = ibis.ifelse(where, rank.fill_null(0), 0).cast("int64") << shift
            words.setdefault(word, []).append(bits)
        slots[name] = placed[key]
    return {word: reduce(or_, bits) for word, bits in words.items()}, slots


def _grouped(
    table: ir.Table,
    keys: Sequence[str],
    aggregates: dict[str, ir.Scalar],
    slots: dict[str, _Slot],
) -> ir.Table:
    """`table` aggregated per `keys` (in total when none), with the rank in each of `slots` of
    its words (`_packed`) as the greatest over the group's rows (0 where none: measured and
    unknown read the same once a KPI is labelled). One bitwise-or aggregate per word instead of
    one filtered max per rank: DuckDB's grouped aggregate pays for every filter apart."""
    words = sorted({word for word, _ in slots.values()})
    metrics = aggregates | {word: table[word].bit_or() for word in words}
    table = table.group_by(keys).aggregate(**metrics) if keys else table.aggregate(**metrics)
    estimated = PROVENANCE_RANK[Provenance.ESTIMATED]
    greatest = {}
    for name, (word, shift) in slots.items():
        bits = (table[word] >> shift) & ((1 << _RANK_BITS) - 1)
        # Both bits set (self-reported and estimated rows): the greater rank.
        greatest[name] = ibis.ifelse(bits >= estimated, estimated, bits)
    return table.select(*(c for c in table.columns if c not in words), **greatest)


def _grouped_ranks(
    table: ir.Table,
    keys: Sequence[str],
    aggregates: dict[str, ir.Scalar],
    ranks: dict[str, _RankOver],
) -> ir.Table:
    """`_grouped`, packing `ranks` on the rows of `table` first."""
    words, slots = _packed(ranks)
    return _grouped(table.mutate(**words) if words else table, keys, aggregates, slots)


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

    def __init__(
        self,
        facts: ir.Table | None,
        events: ir.Table | None,
        catalogue: Catalogue,
        *,
        exact_median: bool,
    ):
        self.facts, self.events = facts, events
        self.catalogue, self.exact_median = catalogue, exact_median
        self.aggregates: dict[str, ir.Scalar] = {}
        # Sums of the clicks, sessions and orders read apart (`_summed_apart`); measured.
        self.event_sums: dict[str, ir.Scalar] = {}
        # The aggregates that count, 0 over no rows where the others are missing.
        self.counts: set[str] = set()
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
        if name in self.aggregates or name in self.event_sums:
            return
        if self.events is not None and measure.column in self.events.columns:
            self.event_sums[name] = self.events[measure.column].sum()
            return
        column = self.facts[measure.column]
        self.aggregates[name] = _aggregate(
            column, measure.aggregation, where, exact_median=self.exact_median
        )
        if measure.aggregation == Aggregation.COUNT_DISTINCT:
            self.counts.add(name)
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


# Counted from the clicks, sessions and orders: rows of their own, few and narrow.
_EVENT_COLUMNS = frozenset({*CLICK_COLUMNS, *SESSION_COLUMNS, *ORDER_COLUMNS})


def _summed_apart(kpis: Sequence[Kpi], catalogue: Catalogue) -> set[str]:
    """The event columns the KPIs only sum, each on its own: those are summed per group from
    their own rows and set beside the other aggregates, as a hand-written query would. In the
    named facts, whose every column each row pays for once per reader, every post row would
    carry them all as nulls."""
    apart = set(_EVENT_COLUMNS)
    for kpi in kpis:
        paired = (kpi.ratio is not None and kpi.ratio.paired) or kpi.difference is not None
        for measure in (catalogue.measures[measure_id] for measure_id in kpi.measures):
            if measure.per_account is not None:
                apart -= {measure.per_account.numerator, measure.per_account.denominator}
            elif paired or measure.aggregation != Aggregation.SUM:
                apart.discard(measure.column)
    return apart & _columns_read(kpis, catalogue)


def _side_by_side(
    keys: Sequence[str], first: ir.Table, second: ir.Table, counts: Collection[str]
) -> ir.Table:
    """One row per group of either: the two results share no column but the keys, so each
    group's value of a column is that of the one row that has it, and `counts` are 0 in a group
    the other has alone. Stacked and grouped again rather than joined: a full join on keys that
    may be null (no influencer) is not one every engine runs (PostgreSQL refuses IS NOT
    DISTINCT FROM in a FULL JOIN)."""
    if not keys:
        return first.cross_join(second)
    schema = {**first.schema(), **second.schema()}
    stacked = conform(first, schema).union(conform(second, schema))
    values = {name: stacked[name].max() for name in schema if name not in keys}
    zeros = {name: values[name].fill_null(0) for name in counts}
    return stacked.group_by(keys).aggregate(**(values | zeros))


def _read_from(
    values: dict[str, ir.Scalar], table: ir.Table, named: ir.Table
) -> dict[str, ir.Scalar]:
    """`values` over `table` read instead from `named`, a named relation that keeps the columns
    they read. An engine sees a name as one relation, which a relation derived from `table`
    would not be."""
    return {
        name: value.op().replace({table.op(): named.op()}).to_expr()
        for name, value in values.items()
    }


def _rate_sums(measure: Measure) -> str:
    """The name of the sums a per-account rate reads: its mean and its median read the same."""
    return f"{measure.per_account.numerator}__per__{measure.per_account.denominator}"


def _per_account_ranks(facts: ir.Table, measures: dict[str, Measure]) -> dict[str, _RankOver]:
    """Per per-account rate, the rank of each account's rate over the facts: the weakest of the
    two sides' ranks over the rows where both are known, one aggregate, the same as the weakest
    of each side's greatest rank."""
    ranks = {}
    for measure in measures.values():
        spec = measure.per_account
        both = facts[spec.numerator].notnull() & facts[spec.denominator].notnull()
        sides = (
            facts[prov(name)]
            for name in (spec.numerator, spec.denominator)
            if prov(name) in facts.columns
        )
        ranks[f"{_rate_sums(measure)}__r"] = (weakest(*sides), both)
    return ranks


def _per_account_rates(
    facts: ir.Table,
    keys: list[str],
    measures: dict[str, Measure],
    slots: dict[str, _Slot],
    *,
    exact_median: bool,
):
    """Per group, the mean or median over accounts of each account's own rate; the ranks of
    `_per_account_ranks` are read from their `slots` in the facts' words."""
    accounts = facts.filter(facts.account_id.notnull())
    sums = {}
    for measure in measures.values():
        spec = measure.per_account
        numerator, denominator = accounts[spec.numerator], accounts[spec.denominator]
        both = numerator.notnull() & denominator.notnull()
        sums[f"{_rate_sums(measure)}__n"] = numerator.sum(where=both)
        sums[f"{_rate_sums(measure)}__d"] = denominator.sum(where=both)
    per_account = _grouped(accounts, [*keys, "account_id"], sums, slots)
    rates = {
        measure.id: ratio(
            per_account[f"{_rate_sums(measure)}__n"],
            per_account[f"{_rate_sums(measure)}__d"],
            measure.per_account.per,
        )
        for measure in measures.values()
    }
    per_account = per_account.mutate(**rates)
    summary, summary_ranks = {}, {}
    for measure in measures.values():
        rate = per_account[measure.id]
        summary[measure.id] = _aggregate(rate, measure.aggregation, exact_median=exact_median)
        summary_ranks[prov(measure.id)] = (per_account[f"{_rate_sums(measure)}__r"], rate.notnull())
    return _grouped_ranks(per_account, keys, summary, summary_ranks)


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
    posts, the casting) are measured. `NO_VALUE` when the value is null."""
    if (kpi.ratio is not None and kpi.ratio.paired) or kpi.difference is not None:
        names = [f"{kpi.id}__first", f"{kpi.id}__second"]
    else:
        names = list(kpi.measures)
    # Both sides of a pair share one rank column.
    columns = dict.fromkeys(rank_columns[name] for name in names if name in rank_columns)
    ranks = [table[column] for column in columns]
    rank = weakest(*ranks) if ranks else ibis.literal(PROVENANCE_RANK[Provenance.MEASURED])
    measured = ibis.literal(PROVENANCE_RANK[Provenance.MEASURED])
    return ibis.ifelse(value.notnull(), rank.fill_null(measured), NO_VALUE)


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
    """One row per group; per KPI a column named by its id, and its provenance rank in two bits
    of a word (`provenance_slot`), ordered by the group columns. Value KPIs are priced with
    `card` and `benchmarks`, the built-in defaults when not given. Engines without an exact
    median as an aggregate (BigQuery) pass `exact_median=False` and get an approximate one."""
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

    def facts_of(columns: set[str]) -> ir.Table:
        facts = kpi_facts(
            con,
            columns=columns,
            as_of=as_of,
            disclosure=catalogue.disclosure,
            card=card,
            benchmarks=benchmarks,
            campaign_ids=campaign_ids,
            dimensions=dimensions,
            across_campaigns=Grain.CAMPAIGN not in by,
        )
        if campaign_ids is not None:
            facts = facts.filter(facts.campaign_id.isin(list(campaign_ids)))
        facts = _with_periods(facts, by)
        return facts.filter(reduce(or_, (facts[column].notnull() for column in sorted(columns))))

    apart = _summed_apart(kpis, catalogue)
    events = facts_of(apart) if apart else None
    facts = facts_of(read - apart) if read - apart or not apart else None
    plan = _Plan(facts, events, catalogue, exact_median=exact_median)
    for kpi in kpis:
        plan.add_kpi(kpi)
    if facts is None:
        grouped = _grouped(events, ids, plan.event_sums, {})
    else:
        # Each fact row's ranks packed once, for every reader, into words that replace the
        # provenance columns. Named: the measures and the per-account rates both read it, and
        # every engine computes it once (DuckDB and PostgreSQL materialise a CTE read twice);
        # the fewer its columns, the less that costs.
        account_ranks = _per_account_ranks(facts, plan.per_account)
        words, slots = _packed(plan.greatest_ranks | account_ranks)
        kept = [column for column in facts.columns if not column.endswith(prov(""))]
        named = facts.select(*kept, **words).alias("kpi_facts")
        aggregates = _read_from(plan.aggregates, facts, named) or {"rows": named.count()}
        grouped = _grouped(named, ids, aggregates, {n: slots[n] for n in plan.greatest_ranks})
        if events is not None:
            sums = _grouped(events, ids, plan.event_sums, {})
            grouped = _side_by_side(ids, grouped, sums, plan.counts)
        if plan.per_account:
            rates = _per_account_rates(
                named,
                ids,
                plan.per_account,
                {name: slots[name] for name in account_ranks},
                exact_median=exact_median,
            )
            if ids:
                same_group = [grouped[key].identical_to(rates[key]) for key in ids]
                grouped = grouped.left_join(rates, same_group).select(
                    *grouped.columns, *(c for c in rates.columns if c not in ids)
                )
            else:
                grouped = grouped.cross_join(rates)
    grouped = _with_names(con, grouped, ids)
    values = {kpi.id: _kpi_value(grouped, kpi) for kpi in kpis}
    words: dict[str, list[ir.IntegerValue]] = {}
    for position, kpi in enumerate(kpis):
        word, shift = provenance_slot(position)
        rank = _kpi_provenance(grouped, kpi, values[kpi.id], plan.ranks)
        words.setdefault(word, []).append(rank.cast("int64") << shift)
    result = grouped.select(*keys, **values, **{w: reduce(or_, r) for w, r in words.items()})
    # A name follows from its id: the ids alone order the groups.
    return result.order_by(ids) if ids else result

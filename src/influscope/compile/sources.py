"""Where the canonical tables come from, and the small shared helpers over them."""

from datetime import date, datetime, timedelta
from typing import Protocol

import ibis
import ibis.expr.datatypes as dt
import ibis.expr.types as ir

from influscope.vocabulary import Provenance

# When inputs of different provenance meet, the weakest wins: a figure computed from one
# self-reported count is self-reported.
PROVENANCE_RANK = {Provenance.MEASURED: 0, Provenance.SELF_REPORTED: 1, Provenance.ESTIMATED: 2}


class TableSource(Protocol):
    """Any Ibis backend, or schemas alone when only the SQL is wanted (BigQuery in the tests)."""

    def table(self, name: str) -> ir.Table: ...


def provenance_rank(column: ir.StringValue) -> ir.IntegerValue:
    return column.cases(
        *((value.value, rank) for value, rank in PROVENANCE_RANK.items()),
        else_=PROVENANCE_RANK[Provenance.ESTIMATED],
    )


def last_day_begun(as_of: datetime) -> date:
    """The last day begun by `as_of`: a day counts once it has begun, so that a period's
    reports, read as of the midnight after its last day, hold every event of that day."""
    return (as_of - timedelta(microseconds=1)).date()


def known_by(rows: ir.Table, moment: str, as_of: datetime | None) -> ir.Table:
    """The `rows` whose `moment` (a time, or a day) came by `as_of` (all when None): snapshots
    captured, posts published, clicks, sessions, orders, costs and mentions. A report of a past
    period then reads what was known by its date, however much later it is written again.
    Posts and orders are read by their day in the campaign's time zone, as periods are."""
    if as_of is None:
        return rows
    column = rows[moment]
    if column.type().is_date():
        return rows.filter(column <= last_day_begun(as_of))
    return rows.filter(column <= as_of)


def weakest(*ranks: ir.IntegerValue) -> ir.IntegerValue:
    """The weakest provenance among the inputs that are known (null when none is)."""
    if len(ranks) == 1:
        return ranks[0]
    # GREATEST skips nulls on DuckDB, PostgreSQL and Spark but not on BigQuery: say it plainly.
    return ibis.greatest(*(rank.fill_null(-1) for rank in ranks)).nullif(-1)


def flag(condition: ir.BooleanValue) -> ir.FloatingValue:
    """1 or 0 as a double (0 where the condition is null). Cast from the boolean, which DuckDB
    does in a third of the time of a CASE: 0.05 s of CPU over a campaign's 7M clicks."""
    return condition.fill_null(False).cast("int32").cast("float64")


def one() -> ir.FloatingValue:
    return ibis.literal(1).cast("float64")


def seconds(moment: ir.Value) -> ir.IntegerValue:
    """Seconds since the epoch of a date or naive timestamp, for ordering and spans. Read as UTC:
    BigQuery's UNIX_SECONDS takes only zoned timestamps, and every use here compares or
    subtracts two such values, so the zone the engine assumes cancels out."""
    return moment.cast(dt.Timestamp(timezone="UTC")).epoch_seconds()


def ratio(
    numerator: ir.NumericValue, denominator: ir.NumericValue, per: int = 1
) -> ir.FloatingValue:
    """numerator / denominator as doubles; null, never an error, when the denominator is 0."""
    value = numerator.cast("float64") / denominator.cast("float64").nullif(0)
    return value * per if per != 1 else value

"""The KPI facts: every kind of row a KPI reads, stacked into one relation of one schema.

Post rows carry the latest counters; cost rows the share of a cost each post carries; growth
rows the followers of each participating account; casting and campaign rows what the brand did.
Every measure of the catalogue is a column here, null on the rows it does not concern, so a KPI
query is a single GROUP BY over one relation, whatever the engine.
"""

import datetime as dt

import ibis
import ibis.expr.types as ir

from influscope.compile.casting import campaign_rows, roster_rows
from influscope.compile.costs import cost_rows
from influscope.compile.growth import growth_rows
from influscope.compile.posts import post_rows
from influscope.compile.sources import TableSource

DIMENSIONS = {
    "campaign_id": "int64",
    "campaign": "string",
    "influencer_id": "int64",
    "influencer": "string",
    "account_id": "int64",
    "platform": "string",
    "format": "string",
    "post_id": "int64",
    "day": "date",
}

# Read by the post rows' own measures, not measures themselves.
_POST_DETAILS = {"country", "caption", "sponsored"}


def conform(part: ir.Table, schema: dict[str, str]) -> ir.Table:
    """`part` with exactly the columns of `schema`, in order: missing ones are typed nulls."""
    return part.select(
        **{
            name: part[name].cast(dtype) if name in part.columns else ibis.null(dtype)
            for name, dtype in schema.items()
        }
    )


def kpi_facts(
    con: TableSource,
    *,
    as_of: dt.datetime | None = None,
    disclosure: dict[str, tuple[str, ...]] | None = None,
) -> ir.Table:
    parts = [
        post_rows(con, as_of=as_of, disclosure=disclosure or {}),
        *cost_rows(con),
        growth_rows(con),
        roster_rows(con),
        campaign_rows(con),
    ]
    measures: dict[str, str] = {}
    for part in parts:
        for name, dtype in part.schema().items():
            if name in DIMENSIONS or name in _POST_DETAILS:
                continue
            if dtype.is_string():
                measures.setdefault(name, "string")
            else:
                measures.setdefault(name, "int64" if name.endswith("__provenance") else "float64")
    schema = DIMENSIONS | measures
    stacked = conform(parts[0], schema)
    for part in parts[1:]:
        stacked = stacked.union(conform(part, schema))
    return stacked

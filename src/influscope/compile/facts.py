"""The KPI facts: every kind of row a KPI reads, stacked into one relation of one schema.

Post rows carry the latest counters, the post's share of its creator's costs and whether it
carries a key message; costs no post carries have rows of their own; growth rows hold the
followers of each participating account; mention rows the brand's and competitors' mentions;
UGC rows the posts of outsiders with a campaign hashtag; casting and campaign rows what the
brand did; click, session and order rows what the posts brought.
Every measure of the catalogue is a column here, null on the rows it does not concern, so a KPI
query is a single GROUP BY over one relation, whatever the engine.
"""

import datetime as dt
from collections.abc import Collection, Sequence

import ibis
import ibis.expr.types as ir

from influscope.catalogue.rate_cards import PaidBenchmarks, RateCard
from influscope.compile.casting import ROSTER_COLUMNS, campaign_rows, roster_rows
from influscope.compile.costs import cost_per_post, unspread_cost_rows
from influscope.compile.growth import GROWTH_COLUMNS, growth_rows
from influscope.compile.money import rate_to_campaign_currency
from influscope.compile.notoriety import (
    MENTION_COLUMNS,
    key_message_flags,
    mention_rows,
    ugc_rows,
)
from influscope.compile.posts import POST_COLUMNS, post_rows, prov
from influscope.compile.sources import PROVENANCE_RANK, TableSource, weakest
from influscope.compile.traffic import (
    CLICK_COLUMNS,
    ORDER_COLUMNS,
    SESSION_COLUMNS,
    click_rows,
    order_rows,
    session_rows,
)
from influscope.compile.value import PAID_COLUMNS, emv_column, paid_columns
from influscope.vocabulary import Provenance

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

# Columns no two fact rows share a value of: a post has one row (its campaign's, and only post
# rows carry `post_id`), so counting its distinct values is counting them.
UNIQUE_COLUMNS = frozenset({"post_id"})

_ESTIMATED = ibis.literal(PROVENANCE_RANK[Provenance.ESTIMATED], type="int64")

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
    columns: set[str] | None = None,
    as_of: dt.datetime | None = None,
    disclosure: dict[str, tuple[str, ...]] | None = None,
    card: RateCard | None = None,
    benchmarks: PaidBenchmarks | None = None,
    campaign_ids: Sequence[int] | None = None,
    dimensions: Collection[str] | None = None,
    across_campaigns: bool = False,
) -> ir.Table:
    """The facts, with only the kinds of rows that carry one of `columns` (all when None):
    a query for engagement never pays for the growth or mention rows. Rows are those of
    `campaign_ids` only (when given; the caller filters the UGC rows), so that the snapshots
    and clicks of other campaigns are never read.

    `dimensions` are the columns of `DIMENSIONS` the caller reads besides `columns` (its group
    columns, `day` for weeks and months, `account_id` for per-account rates): when given, the
    facts hold only those, `columns` and their provenance, and clicks, sessions and orders come
    summed to them (one row per campaign, say, rather than one per link and day). When None,
    every column is kept and those rows are summed per day.

    `across_campaigns` is for totals that do not tell campaigns apart: a mention, or an
    account's followers on a given day, then count once, however many campaigns ran that day."""

    def wanted(*names: str) -> bool:
        return columns is None or any(name in columns for name in names)

    with_emv = card is not None and wanted("emv")
    with_authentic = card is not None and wanted("emv_authentic")
    with_paid = benchmarks is not None and wanted(*PAID_COLUMNS)
    with_cost = wanted("cost") or with_paid
    parts = []
    with_value = with_emv or with_authentic or with_paid
    if wanted(*POST_COLUMNS, "key_message_posts", "ugc_post", "cost") or with_value:
        # Named, so that the facts, the key-message flags and the UGC rows read one relation.
        posts = post_rows(
            con, as_of=as_of, disclosure=disclosure or {}, campaign_ids=campaign_ids
        ).alias("post_rows")
        rows = posts
        if with_cost:
            per_post = cost_per_post(con, campaign_ids, as_of=as_of)
            rows = rows.left_join(per_post, "post_id").select(*rows.columns, "cost")
            rows = rows.view()
        if wanted("key_message_posts"):
            flags = key_message_flags(con, posts)
            rows = rows.left_join(flags, "post_id").select(*rows.columns, "key_message_posts")
        parts.append(rows)
        if wanted("ugc_post"):
            parts.append(ugc_rows(con, posts, as_of=as_of))
    if with_cost:
        parts.append(unspread_cost_rows(con, campaign_ids, as_of=as_of))
    if wanted(*MENTION_COLUMNS):
        parts.append(
            mention_rows(con, campaign_ids, as_of=as_of, across_campaigns=across_campaigns)
        )
    if wanted(*GROWTH_COLUMNS):
        parts.append(growth_rows(con, campaign_ids, as_of=as_of, across_campaigns=across_campaigns))
    if wanted(*ROSTER_COLUMNS):
        parts.append(roster_rows(con, campaign_ids))
    kept = None if dimensions is None or columns is None else {*dimensions, *columns}
    events = {"dimensions": kept, "campaign_ids": campaign_ids, "as_of": as_of}
    if wanted(*CLICK_COLUMNS):
        parts.append(click_rows(con, **events))
    if wanted(*SESSION_COLUMNS):
        parts.append(session_rows(con, **events))
    if wanted(*ORDER_COLUMNS):
        parts.append(order_rows(con, **events))
    if wanted("key_messages") or not parts:
        parts.append(campaign_rows(con, campaign_ids))
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
    if kept is not None and not with_value:
        # Value columns are worked out from counters and costs after the stacking.
        schema = {
            name: t for name, t in schema.items() if name in kept or _provenance_of(name, kept)
        }
    stacked = conform(parts[0], schema)
    for part in parts[1:]:
        stacked = stacked.union(conform(part, schema))
    if with_emv or with_authentic:
        stacked = _with_value(con, stacked.view(), "emv", card.currency)
        if with_authentic:
            stacked = _with_inauthentic_share(con, stacked)
        exposure = weakest(
            *(stacked[prov(name)] for name in ("impressions", "views", "engagements"))
        )
        values = {}
        if with_emv:
            values["emv"] = emv_column(stacked, card, rate_to_campaign_currency=stacked.emv_rate)
            values[prov("emv")] = exposure
        if with_authentic:
            share = stacked.inauthentic_share
            values["emv_authentic"] = emv_column(
                stacked, card, haircut=share, rate_to_campaign_currency=stacked.emv_rate
            )
            # A discount applied is the audit's estimate, whatever the counters' provenance.
            discounted = ibis.ifelse(share > 0, _ESTIMATED, ibis.null("int64"))
            values[prov("emv_authentic")] = weakest(exposure, discounted)
        stacked = stacked.mutate(**values)
    if with_paid:
        stacked = _with_value(con, stacked.view(), "paid", benchmarks.currency)
        stacked = stacked.mutate(
            **paid_columns(stacked, benchmarks, rate_to_campaign_currency=stacked.paid_rate)
        )
    if kept is not None and with_value:
        stacked = stacked.select(
            *(name for name in stacked.columns if name in kept or _provenance_of(name, kept))
        )
    return stacked


def _provenance_of(name: str, columns: Collection[str]) -> bool:
    """Whether `name` holds the provenance of one of `columns`."""
    return name.endswith("__provenance") and name.removesuffix("__provenance") in columns


def _with_inauthentic_share(con: TableSource, facts: ir.Table) -> ir.Table:
    """`facts` with `inauthentic_share`: the share of each row's account's latest saved audit,
    null for accounts never audited (one row per account in `account_audit`, so no fan-out)."""
    audits = con.table("account_audit").select("account_id", "inauthentic_share")
    joined = facts.left_join(audits, "account_id")
    return joined.select(*facts.columns, "inauthentic_share").view()


def _with_value(con: TableSource, facts: ir.Table, name: str, currency: str) -> ir.Table:
    """`facts` with `<name>_rate`: what one unit of `currency` is worth in each campaign's."""
    rates = rate_to_campaign_currency(con, currency).rename(**{f"{name}_rate": "rate"})
    return facts.left_join(rates, "campaign_id").select(*facts.columns, f"{name}_rate").view()

"""The KPI facts: one row per post with its latest counters, plus one row per share of a cost.

Every measure of the catalogue is a column here, so a KPI query is a single GROUP BY over one
relation, whatever the engine.
"""

import datetime as dt
from functools import reduce
from operator import or_
from typing import Protocol

import ibis
import ibis.expr.types as ir

from influscope.vocabulary import Metric, Provenance


class TableSource(Protocol):
    """Where the canonical tables come from: any Ibis backend, or schemas alone when only the
    SQL is wanted (BigQuery, where nothing runs in the tests)."""

    def table(self, name: str) -> ir.Table: ...


COUNTERS = tuple(metric.value for metric in Metric)
ENGAGEMENT_COUNTERS = ("likes", "comments", "shares", "saves")
DIMENSIONS = (
    "campaign_id",
    "campaign",
    "influencer_id",
    "influencer",
    "platform",
    "format",
    "post_id",
    "day",
)
MEASURE_COLUMNS = (*COUNTERS, "engagements", "followers", "cost")
# When two snapshots of one metric share a capture time, the measured one wins.
_PROVENANCE_RANK = {Provenance.MEASURED: 0, Provenance.SELF_REPORTED: 1, Provenance.ESTIMATED: 2}


def latest_counters(con: TableSource, *, as_of: dt.datetime | None) -> ir.Table:
    """Per post, the latest value of every counter captured up to `as_of` (null if never)."""
    snapshots = con.table("metric_snapshot")
    if as_of is not None:
        snapshots = snapshots.filter(snapshots.captured_at <= as_of)
    preference = snapshots.provenance.cases(
        *((value.value, rank) for value, rank in _PROVENANCE_RANK.items()), else_=9
    )
    newest_first = ibis.row_number().over(
        group_by=[snapshots.post_id, snapshots.metric],
        order_by=[snapshots.captured_at.desc(), preference],
    )
    latest = snapshots.mutate(rank=newest_first).filter(lambda t: t.rank == 0)
    return latest.group_by(post_id=latest.post_id.cast("int64")).aggregate(
        **{
            counter: latest.value.max(where=latest.metric == counter).cast("float64")
            for counter in COUNTERS
        }
    )


def followers_at_publication(con: TableSource) -> ir.Table:
    """Per post, the account's followers from the closest snapshot at or before publication,
    else the first one after it (accounts are often first measured once a campaign starts)."""
    post = con.table("post")
    snapshots = con.table("follower_snapshot")
    pairs = post.select(post_id=post.id, account_id=post.account_id, published_at=post.published_at)
    pairs = pairs.join(snapshots, pairs.account_id == snapshots.account_id)
    after = ibis.ifelse(pairs.captured_at <= pairs.published_at, 0, 1)
    distance = (pairs.published_at.epoch_seconds() - pairs.captured_at.epoch_seconds()).abs()
    closest = ibis.row_number().over(group_by=pairs.post_id, order_by=[after, distance])
    ranked = pairs.mutate(rank=closest)
    return ranked.filter(ranked.rank == 0).select(
        post_id=ranked.post_id.cast("int64"), followers=ranked.followers.cast("float64")
    )


def campaign_posts(con: TableSource) -> ir.Table:
    """Posts tied to a campaign, with who published them where."""
    post, account = con.table("post"), con.table("account")
    influencer, campaign = con.table("influencer"), con.table("campaign")
    joined = (
        post.filter(post.campaign_id.notnull())
        .join(account, post.account_id == account.id)
        .join(influencer, account.influencer_id == influencer.id)
        .join(campaign, post.campaign_id == campaign.id)
    )
    # `view()` closes the join chain: Ibis would otherwise try to extend it with later joins
    # and reject their predicates as belonging to another relation.
    return joined.select(
        campaign_id=post.campaign_id.cast("int64"),
        campaign=campaign.name.cast("string"),
        influencer_id=influencer.id.cast("int64"),
        influencer=influencer.name.cast("string"),
        platform=account.platform.cast("string"),
        format=post.format.cast("string"),
        post_id=post.id.cast("int64"),
        day=post.published_on,
    ).view()


def _engagements(table: ir.Table) -> ir.FloatingValue:
    counters = [table[name] for name in ENGAGEMENT_COUNTERS]
    reported = reduce(or_, [counter.notnull() for counter in counters])
    total = sum((counter.fill_null(0) for counter in counters), ibis.literal(0.0))
    return ibis.ifelse(reported, total, ibis.null("float64"))


def post_rows(con: TableSource, *, as_of: dt.datetime | None) -> ir.Table:
    posts = campaign_posts(con)
    counters = latest_counters(con, as_of=as_of)
    followers = followers_at_publication(con)
    rows = posts.left_join(counters, "post_id").select(*DIMENSIONS, *COUNTERS)
    rows = rows.left_join(followers, "post_id").select(*DIMENSIONS, *COUNTERS, "followers")
    return rows.mutate(engagements=_engagements(rows), cost=ibis.null("float64"))


def cost_rows(con: TableSource) -> ir.Table:
    """Costs as rows of the facts. An influencer's cost is split evenly over their campaign
    posts so that grouping by platform, format or day still adds up to the total; a cost with
    no post to carry it (campaign-wide, or a creator who has not published) keeps its own row."""
    cost, campaign, influencer = con.table("cost"), con.table("campaign"), con.table("influencer")
    posts = campaign_posts(con)
    creator = ibis.window(group_by=[posts.campaign_id, posts.influencer_id])
    posts = posts.mutate(n_posts=posts.post_id.count().over(creator)).view()
    costs = (
        cost.join(campaign, cost.campaign_id == campaign.id)
        .select(
            campaign_id=cost.campaign_id.cast("int64"),
            campaign=campaign.name.cast("string"),
            influencer_id=cost.influencer_id.cast("int64"),
            amount=cost.amount.cast("float64"),
            incurred_on=cost.incurred_on,
        )
        .view()
    )
    same_creator = [
        costs.campaign_id == posts.campaign_id,
        costs.influencer_id == posts.influencer_id,
    ]
    spread = costs.join(posts, same_creator).select(
        *(posts[name] for name in DIMENSIONS), cost=costs.amount / posts.n_posts
    )
    unspread = costs.anti_join(posts, same_creator)
    unspread = unspread.left_join(influencer, unspread.influencer_id == influencer.id).select(
        campaign_id=unspread.campaign_id,
        campaign=unspread.campaign,
        influencer_id=unspread.influencer_id,
        influencer=influencer.name.cast("string"),
        platform=ibis.null("string"),
        format=ibis.null("string"),
        post_id=ibis.null("int64"),
        day=unspread.incurred_on,
        cost=unspread.amount,
    )
    return spread.union(unspread)


def kpi_facts(con: TableSource, *, as_of: dt.datetime | None = None) -> ir.Table:
    posts = post_rows(con, as_of=as_of)
    costs = cost_rows(con)
    costs = costs.mutate(
        **{name: ibis.null("float64") for name in MEASURE_COLUMNS if name != "cost"}
    )
    columns = [*DIMENSIONS, *MEASURE_COLUMNS]
    return posts.select(*columns).union(costs.select(*columns))

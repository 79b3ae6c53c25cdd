"""Post rows of the KPI facts: who published what, where, and its latest counters."""

import datetime as dt
from collections.abc import Sequence
from functools import reduce
from operator import or_

import ibis
import ibis.expr.types as ir

from influscope.compile.disclosure import disclosed
from influscope.compile.sources import (
    PROVENANCE_RANK,
    TableSource,
    flag,
    known_by,
    one,
    provenance_rank,
    ratio,
    weakest,
)
from influscope.vocabulary import Metric, Provenance

COUNTERS = tuple(metric.value for metric in Metric)
ENGAGEMENT_COUNTERS = ("likes", "comments", "shares", "saves")
# Per-post engagement rates, × 100, named after their denominator.
POST_RATES = {
    "er_reach_post": "reach",
    "er_followers_post": "followers",
    "er_impressions_post": "impressions",
    "er_views_post": "views",
}
# The measure columns post rows carry (their provenance columns aside).
POST_COLUMNS = (
    "post_id",
    *COUNTERS,
    "engagements",
    "followers",
    "impressions_with_estimates",
    *POST_RATES,
    "post_platform",
    "publishing_influencer",
    "sponsored_posts",
    "disclosed_sponsored_posts",
)


def prov(column: str) -> str:
    """The name of the column holding the provenance rank of `column`."""
    return f"{column}__provenance"


# Seconds are counted from here with `delta`, which every engine computes on naive timestamps
# without the zone conversion `seconds()` needs for BigQuery (a third of the query on DuckDB).
_EPOCH = ibis.timestamp("1970-01-01 00:00:00")


def latest_counters(con: TableSource, posts: ir.Table, *, as_of: dt.datetime | None) -> ir.Table:
    """Per post of `posts` (rows of the post table), the latest value of every counter captured
    up to `as_of` (null if never), with the provenance of the snapshot it came from. Capture
    times count to the second; within one, measured wins."""
    # Joined rather than filtered with IN: post ids are unique, and DuckDB joins the snapshots
    # to them in half the time of the semi join.
    in_scope = posts.select(in_scope=posts.id)
    snapshots = con.table("metric_snapshot")
    snapshots = snapshots.join(in_scope, snapshots.post_id == in_scope.in_scope)
    snapshots = known_by(snapshots, "captured_at", as_of)
    # The latest value is an arg-max, where ranking with a window sorted every snapshot of the
    # store. Newest first, then most trusted: seconds since 1970 × 16, the low 4 bits ranking
    # the provenance. The value taken carries its provenance too, as value × 4 + rank: one
    # aggregate per counter gives both, where a second one per counter or a struct cost as
    # much again. Exact because counters are whole numbers (`MetricRecord`) far below 2^51;
    # rounded first, so a fraction stored before that rule cannot pass for a provenance.
    rank = provenance_rank(snapshots.provenance)
    freshness = snapshots.captured_at.delta(_EPOCH, unit="second") * 16 + (15 - rank)
    tagged = snapshots.value.round() * 4 + rank
    per_post = snapshots.group_by(post_id=snapshots.post_id.cast("int64")).aggregate(
        **{name: tagged.argmax(freshness, where=snapshots.metric == name) for name in COUNTERS}
    )
    # Read back with a shift and a mask: integer operations, where dividing by 4 went through
    # floating point and a floor.
    values = {name: (per_post[name] >> 2).cast("float64") for name in COUNTERS}
    ranks = {prov(name): per_post[name] & 3 for name in COUNTERS}
    return per_post.select(per_post.post_id, **values, **ranks)


def followers_at_publication(
    con: TableSource, post: ir.Table, *, as_of: dt.datetime | None
) -> ir.Table:
    """Per post of `post` (rows of the post table), the account's followers from the closest
    snapshot at or before publication, else the first one after it (accounts are often first
    measured once a campaign starts), among those captured up to `as_of`."""
    snapshots = con.table("follower_snapshot")
    snapshots = snapshots.filter(snapshots.account_id.isin(post.account_id))
    snapshots = known_by(snapshots, "captured_at", as_of)
    # Each snapshot holds from its capture until the account's next one: a post meets the one
    # span it was published in, or the first snapshot when it came before all of them. One
    # row per post from an equi-join, where picking the closest snapshot by aggregating every
    # (post, snapshot) pair of the account cost three times as much.
    account = ibis.window(group_by=snapshots.account_id, order_by=snapshots.captured_at)
    spans = snapshots.select(
        account_id=snapshots.account_id,
        followers=snapshots.followers.cast("float64"),
        rank=provenance_rank(snapshots.provenance),
        since=snapshots.captured_at,
        until=snapshots.captured_at.lead().over(account),
        first=ibis.row_number().over(account) == 0,
    ).view()
    posts = post.select(post_id=post.id, account_id=post.account_id, published_at=post.published_at)
    published = posts.published_at
    within = (spans.since <= published) & (spans.until.isnull() | (published < spans.until))
    before_all = spans.first & (published < spans.since)
    met = posts.join(spans, (posts.account_id == spans.account_id) & (within | before_all))
    return met.select(
        post_id=posts.post_id.cast("int64"),
        followers=spans.followers,
        **{prov("followers"): spans.rank},
    )


def posts_in(
    con: TableSource, campaign_ids: Sequence[int] | None, *, as_of: dt.datetime | None
) -> ir.Table:
    """Rows of the post table tied to a campaign (one of `campaign_ids`, when given), published
    by `as_of`."""
    post = known_by(con.table("post"), "published_on", as_of)
    post = post.filter(post.campaign_id.notnull())
    if campaign_ids is not None:
        post = post.filter(post.campaign_id.isin(list(campaign_ids)))
    return post


def campaign_posts(
    con: TableSource,
    campaign_ids: Sequence[int] | None = None,
    *,
    as_of: dt.datetime | None = None,
) -> ir.Table:
    """Influencer posts tied to a campaign (one of `campaign_ids`, when given), published by
    `as_of`; the brand's own posts are not influencer content.

    A named relation (a CTE in the SQL): post, cost and growth rows all read it, and every
    engine then computes it once. A query uses it for one `campaign_ids` and `as_of` only."""
    post, account = posts_in(con, campaign_ids, as_of=as_of), con.table("account")
    influencer, campaign = con.table("influencer"), con.table("campaign")
    influencer = influencer.filter(~influencer.is_brand)
    joined = (
        post.join(account, post.account_id == account.id)
        .join(influencer, account.influencer_id == influencer.id)
        .join(campaign, post.campaign_id == campaign.id)
    )
    # The alias also closes the join chain: Ibis would otherwise try to extend it with later
    # joins and reject their predicates as belonging to another relation.
    return joined.select(
        campaign_id=post.campaign_id.cast("int64"),
        campaign=campaign.name.cast("string"),
        influencer_id=influencer.id.cast("int64"),
        influencer=influencer.name.cast("string"),
        account_id=account.id.cast("int64"),
        platform=account.platform.cast("string"),
        format=post.format.cast("string"),
        post_id=post.id.cast("int64"),
        day=post.published_on,
        country=influencer.country.cast("string"),
        caption=post.caption.cast("string"),
        sponsored=post.sponsored,
    ).alias("campaign_posts" if campaign_ids is None else "campaign_posts_in")


def _engagements(rows: ir.Table) -> tuple[ir.FloatingValue, ir.IntegerValue]:
    counters = [rows[name] for name in ENGAGEMENT_COUNTERS]
    reported = reduce(or_, [counter.notnull() for counter in counters])
    total = sum((counter.fill_null(0) for counter in counters), ibis.literal(0).cast("float64"))
    rank = weakest(*(rows[prov(name)] for name in ENGAGEMENT_COUNTERS))
    return ibis.ifelse(reported, total, ibis.null("float64")), rank


def _impressions_with_estimates(rows: ir.Table) -> tuple[ir.FloatingValue, ir.IntegerValue]:
    """Impressions where the platform gives them. Else views: Instagram's `views` replaced
    `impressions` in Graph API v22 and counts every display, and a video play is a display on
    TikTok and YouTube. Else reach × the impressions per reach seen on the campaign's other posts
    of the same platform (1 when none has both). Anything but impressions is labelled estimated."""
    both = rows.impressions.notnull() & rows.reach.notnull()
    same_platform = ibis.window(group_by=[rows.campaign_id, rows.platform])
    per_reach = ratio(
        rows.impressions.sum(where=both).over(same_platform),
        rows.reach.sum(where=both).over(same_platform),
    )
    value = rows.impressions.fill_null(rows.views).fill_null(
        rows.reach * per_reach.fill_null(one())
    )
    estimated = PROVENANCE_RANK[Provenance.ESTIMATED]
    rank = ibis.ifelse(rows.impressions.notnull(), rows[prov("impressions")], estimated)
    return value, ibis.ifelse(value.notnull(), rank, ibis.null("int64"))


def post_rows(
    con: TableSource,
    *,
    as_of: dt.datetime | None,
    disclosure: dict[str, tuple[str, ...]],
    campaign_ids: Sequence[int] | None = None,
) -> ir.Table:
    posts = campaign_posts(con, campaign_ids, as_of=as_of)
    # Counters and followers of these posts only: other campaigns' snapshots stay unread.
    in_scope = posts_in(con, campaign_ids, as_of=as_of)
    counters = latest_counters(con, in_scope, as_of=as_of)
    followers = followers_at_publication(con, in_scope, as_of=as_of)
    rows = posts.left_join(counters, "post_id").select(
        *posts.columns, *COUNTERS, *(prov(c) for c in COUNTERS)
    )
    rows = rows.left_join(followers, "post_id").select(
        *rows.columns, "followers", prov("followers")
    )
    engagements, engagements_rank = _engagements(rows)
    rows = rows.mutate(engagements=engagements, **{prov("engagements"): engagements_rank})
    estimated, estimated_rank = _impressions_with_estimates(rows)
    rates = {
        name: ratio(rows.engagements, rows[denominator], 100)
        for name, denominator in POST_RATES.items()
    }
    rate_ranks = {
        prov(name): weakest(rows[prov("engagements")], rows[prov(denominator)])
        for name, denominator in POST_RATES.items()
    }
    is_disclosed = disclosed(rows.caption, rows.country, disclosure)
    return rows.mutate(
        impressions_with_estimates=estimated,
        **{prov("impressions_with_estimates"): estimated_rank},
        **rates,
        **rate_ranks,
        post_platform=rows.platform,
        publishing_influencer=rows.influencer_id,
        sponsored_posts=flag(rows.sponsored),
        disclosed_sponsored_posts=flag(rows.sponsored & is_disclosed),
    )

"""Post rows of the KPI facts: who published what, where, and its latest counters."""

import datetime as dt
from functools import reduce
from operator import or_

import ibis
import ibis.expr.types as ir

from influscope.compile.disclosure import disclosed
from influscope.compile.sources import (
    PROVENANCE_RANK,
    TableSource,
    flag,
    one,
    provenance_rank,
    ratio,
    seconds,
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


def latest_counters(con: TableSource, *, as_of: dt.datetime | None) -> ir.Table:
    """Per post, the latest value of every counter captured up to `as_of` (null if never),
    with the provenance of the snapshot it came from. At equal capture times, measured wins."""
    snapshots = con.table("metric_snapshot")
    if as_of is not None:
        snapshots = snapshots.filter(snapshots.captured_at <= as_of)
    snapshots = snapshots.mutate(rank=provenance_rank(snapshots.provenance))
    newest_first = ibis.row_number().over(
        group_by=[snapshots.post_id, snapshots.metric],
        order_by=[snapshots.captured_at.desc(), snapshots.rank],
    )
    latest = snapshots.mutate(order=newest_first).filter(lambda t: t.order == 0)
    values = {
        counter: latest.value.max(where=latest.metric == counter).cast("float64")
        for counter in COUNTERS
    }
    ranks = {prov(counter): latest.rank.max(where=latest.metric == counter) for counter in COUNTERS}
    return latest.group_by(post_id=latest.post_id.cast("int64")).aggregate(**values, **ranks)


def followers_at_publication(con: TableSource) -> ir.Table:
    """Per post, the account's followers from the closest snapshot at or before publication,
    else the first one after it (accounts are often first measured once a campaign starts)."""
    post = con.table("post")
    snapshots = con.table("follower_snapshot")
    pairs = post.select(post_id=post.id, account_id=post.account_id, published_at=post.published_at)
    pairs = pairs.join(snapshots, pairs.account_id == snapshots.account_id)
    after = ibis.ifelse(pairs.captured_at <= pairs.published_at, 0, 1)
    distance = (seconds(pairs.published_at) - seconds(pairs.captured_at)).abs()
    closest = ibis.row_number().over(group_by=pairs.post_id, order_by=[after, distance])
    ranked = pairs.mutate(order=closest)
    return ranked.filter(ranked.order == 0).select(
        post_id=ranked.post_id.cast("int64"),
        followers=ranked.followers.cast("float64"),
        **{prov("followers"): provenance_rank(ranked.provenance)},
    )


def campaign_posts(con: TableSource) -> ir.Table:
    """Influencer posts tied to a campaign (the brand's own posts are not influencer content)."""
    post, account = con.table("post"), con.table("account")
    influencer, campaign = con.table("influencer"), con.table("campaign")
    influencer = influencer.filter(~influencer.is_brand)
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
        account_id=account.id.cast("int64"),
        platform=account.platform.cast("string"),
        format=post.format.cast("string"),
        post_id=post.id.cast("int64"),
        day=post.published_on,
        country=influencer.country.cast("string"),
        caption=post.caption.cast("string"),
        sponsored=post.sponsored,
    ).view()


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
    con: TableSource, *, as_of: dt.datetime | None, disclosure: dict[str, tuple[str, ...]]
) -> ir.Table:
    posts = campaign_posts(con)
    counters = latest_counters(con, as_of=as_of)
    followers = followers_at_publication(con)
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

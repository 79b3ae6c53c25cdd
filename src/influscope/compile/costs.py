"""Costs in the KPI facts: on the posts that carry them, or on rows of their own."""

import datetime as dt
from collections.abc import Sequence

import ibis.expr.types as ir

from influscope.compile.money import rates_in_force
from influscope.compile.posts import campaign_posts
from influscope.compile.sources import TableSource, known_by, seconds


def _creators(
    con: TableSource, campaign_ids: Sequence[int] | None, as_of: dt.datetime | None
) -> ir.Table:
    """Per campaign, each creator who published for it and their number of posts."""
    posts = campaign_posts(con, campaign_ids, as_of=as_of)
    return posts.group_by(["campaign_id", "influencer_id"]).aggregate(n_posts=posts.post_id.count())


def _costs(
    con: TableSource, campaign_ids: Sequence[int] | None, as_of: dt.datetime | None
) -> ir.Table:
    """The costs incurred by `as_of`, in their campaign's currency at the rate in force the day
    each was incurred (a fee paid in dollars for a campaign in euros). The import refuses a cost
    no stored rate converts; should one get in another way, its amount is null rather than
    unconverted."""
    cost = known_by(con.table("cost"), "incurred_on", as_of)
    campaign = con.table("campaign")
    if campaign_ids is not None:
        cost = cost.filter(cost.campaign_id.isin(list(campaign_ids)))
    costs = cost.join(campaign, cost.campaign_id == campaign.id).select(
        key=cost.id.cast("int64"),
        base=cost.currency.cast("string"),
        quote=campaign.currency.cast("string"),
        on=seconds(cost.incurred_on),
        campaign_id=cost.campaign_id.cast("int64"),
        campaign=campaign.name.cast("string"),
        influencer_id=cost.influencer_id.cast("int64"),
        amount=cost.amount.cast("float64"),
        incurred_on=cost.incurred_on,
    )
    costs = costs.view()
    rates = rates_in_force(con, costs)
    converted = costs.left_join(rates, costs.key == rates.key)
    return converted.select(
        "campaign_id",
        "campaign",
        "influencer_id",
        "incurred_on",
        amount=costs.amount * rates.rate,
    ).view()


def _same_creator(costs: ir.Table, creators: ir.Table) -> list:
    return [
        costs.campaign_id == creators.campaign_id,
        costs.influencer_id == creators.influencer_id,
    ]


def cost_per_post(
    con: TableSource, campaign_ids: Sequence[int] | None, *, as_of: dt.datetime | None
) -> ir.Table:
    """Each post's share of its creator's campaign costs: their costs split evenly over their
    posts, so that grouping by platform, format or day still adds up to the total, and a post's
    cost sits on the same row as its counters. Each cost is split per creator first, then the
    creator's share meets their posts: one join of posts, not one per cost."""
    creators, costs = _creators(con, campaign_ids, as_of), _costs(con, campaign_ids, as_of)
    shares = costs.join(creators, _same_creator(costs, creators)).select(
        campaign_id=costs.campaign_id,
        influencer_id=costs.influencer_id,
        share=costs.amount / creators.n_posts,
    )
    per_creator = shares.group_by(["campaign_id", "influencer_id"]).aggregate(
        cost=shares.share.sum()
    )
    posts = campaign_posts(con, campaign_ids, as_of=as_of)
    return posts.join(per_creator, _same_creator(per_creator, posts)).select(
        post_id=posts.post_id, cost=per_creator.cost
    )


def unspread_cost_rows(
    con: TableSource, campaign_ids: Sequence[int] | None, *, as_of: dt.datetime | None
) -> ir.Table:
    """Costs no post carries (campaign-wide, or a creator who has not published), as rows of
    their own, dated when they were incurred."""
    creators, costs = _creators(con, campaign_ids, as_of), _costs(con, campaign_ids, as_of)
    influencer = con.table("influencer")
    unspread = costs.anti_join(creators, _same_creator(costs, creators))
    return unspread.left_join(influencer, unspread.influencer_id == influencer.id).select(
        campaign_id=unspread.campaign_id,
        campaign=unspread.campaign,
        influencer_id=unspread.influencer_id,
        influencer=influencer.name.cast("string"),
        day=unspread.incurred_on,
        cost=unspread.amount,
    )

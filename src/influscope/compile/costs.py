"""Costs in the KPI facts: on the posts that carry them, or on rows of their own."""

from collections.abc import Sequence

import ibis
import ibis.expr.types as ir

from influscope.compile.posts import campaign_posts
from influscope.compile.sources import TableSource


def _shares(con: TableSource, campaign_ids: Sequence[int] | None) -> tuple[ir.Table, ir.Table]:
    posts = campaign_posts(con, campaign_ids)
    creator = ibis.window(group_by=[posts.campaign_id, posts.influencer_id])
    posts = posts.mutate(n_posts=posts.post_id.count().over(creator)).view()
    cost, campaign = con.table("cost"), con.table("campaign")
    if campaign_ids is not None:
        cost = cost.filter(cost.campaign_id.isin(list(campaign_ids)))
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
    return posts, costs


def _same_creator(costs: ir.Table, posts: ir.Table) -> list:
    return [costs.campaign_id == posts.campaign_id, costs.influencer_id == posts.influencer_id]


def cost_per_post(con: TableSource, campaign_ids: Sequence[int] | None = None) -> ir.Table:
    """Each post's share of its creator's campaign costs: their costs split evenly over their
    posts, so that grouping by platform, format or day still adds up to the total, and a post's
    cost sits on the same row as its counters."""
    posts, costs = _shares(con, campaign_ids)
    shares = costs.join(posts, _same_creator(costs, posts)).select(
        post_id=posts.post_id, cost=costs.amount / posts.n_posts
    )
    return shares.group_by("post_id").aggregate(cost=shares.cost.sum())


def unspread_cost_rows(con: TableSource, campaign_ids: Sequence[int] | None = None) -> ir.Table:
    """Costs no post carries (campaign-wide, or a creator who has not published), as rows of
    their own, dated when they were incurred."""
    posts, costs = _shares(con, campaign_ids)
    influencer = con.table("influencer")
    unspread = costs.anti_join(posts, _same_creator(costs, posts))
    return unspread.left_join(influencer, unspread.influencer_id == influencer.id).select(
        campaign_id=unspread.campaign_id,
        campaign=unspread.campaign,
        influencer_id=unspread.influencer_id,
        influencer=influencer.name.cast("string"),
        day=unspread.incurred_on,
        cost=unspread.amount,
    )

"""Cost rows of the KPI facts."""

import ibis
import ibis.expr.types as ir

from influscope.compile.posts import campaign_posts
from influscope.compile.sources import TableSource

_POST_DIMENSIONS = (
    "campaign_id",
    "campaign",
    "influencer_id",
    "influencer",
    "account_id",
    "platform",
    "format",
    "post_id",
    "day",
)


def cost_rows(con: TableSource) -> list[ir.Table]:
    """Costs as rows of the facts. An influencer's cost is split evenly over their campaign
    posts so that grouping by platform, format or day still adds up to the total; a cost with
    no post to carry it (campaign-wide, or a creator who has not published) keeps its own row,
    dated when it was incurred. Two parts, which the facts conform and stack."""
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
        *(posts[name] for name in _POST_DIMENSIONS), cost=costs.amount / posts.n_posts
    )
    unspread = costs.anti_join(posts, same_creator)
    unspread = unspread.left_join(influencer, unspread.influencer_id == influencer.id).select(
        campaign_id=unspread.campaign_id,
        campaign=unspread.campaign,
        influencer_id=unspread.influencer_id,
        influencer=influencer.name.cast("string"),
        day=unspread.incurred_on,
        cost=unspread.amount,
    )
    return [spread, unspread]

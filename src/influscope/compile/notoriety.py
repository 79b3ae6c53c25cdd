"""Rows and flags for notoriety: share of voice from mentions, key messages in captions, and
content by people outside the casting that carries a campaign hashtag (UGC)."""

import datetime as dt
from collections.abc import Sequence

import ibis
import ibis.expr.types as ir

from influscope.compile.sources import TableSource, flag, known_by, one

MENTION_COLUMNS = (
    "mentions",
    "brand_mentions",
    "mention_engagements",
    "brand_mention_engagements",
)


def mention_rows(
    con: TableSource,
    campaign_ids: Sequence[int] | None,
    *,
    as_of: dt.datetime | None,
    across_campaigns: bool = False,
) -> ir.Table:
    """Each mention of the brand or a competitor made by `as_of`, on every campaign (of
    `campaign_ids`, when given) of the workspace it falls in; `across_campaigns`, once, under
    the lowest of their ids, for totals that do not tell campaigns apart: a mention made while
    two campaigns ran is one mention."""
    mention = known_by(con.table("mention"), "mentioned_on", as_of)
    campaign = con.table("campaign")
    if campaign_ids is not None:
        campaign = campaign.filter(campaign.id.isin(list(campaign_ids)))
    joined = mention.join(
        campaign,
        (mention.workspace_id == campaign.workspace_id)
        & (mention.mentioned_on >= campaign.start_date)
        & (mention.mentioned_on <= campaign.end_date),
    )
    own = mention.own
    engagements = mention.engagements.cast("float64")
    columns = {
        "platform": mention.platform.cast("string"),
        "day": mention.mentioned_on,
        "mentions": one(),
        "brand_mentions": flag(own),
        "mention_engagements": engagements,
        "brand_mention_engagements": flag(own) * engagements,
    }
    campaign_id = campaign.id.cast("int64")
    if not across_campaigns:
        return joined.select(
            campaign_id=campaign_id, campaign=campaign.name.cast("string"), **columns
        )
    rows = joined.select(campaign_id=campaign_id, mention_id=mention.id, **columns).view()
    once = rows.group_by(["mention_id", *columns]).aggregate(campaign_id=rows.campaign_id.min())
    return once.drop("mention_id")


def key_message_flags(con: TableSource, posts: ir.Table) -> ir.Table:
    """Per campaign post, 1.0 when its caption carries one of the campaign's key messages
    (case-insensitive), else 0.0; posts of campaigns without key messages are absent."""
    campaign = con.table("campaign")
    messages = campaign.select(
        campaign_id=campaign.id.cast("int64"),
        message=campaign.key_messages.split("\n").unnest(),
    )
    messages = messages.filter(messages.message.length() > 0).view()
    pairs = posts.select("campaign_id", "post_id", "caption").join(messages, "campaign_id")
    carried = pairs.caption.lower().contains(pairs.message.lower())
    return pairs.group_by("post_id").aggregate(key_message_posts=flag(carried).max())


def ugc_rows(con: TableSource, posts: ir.Table, *, as_of: dt.datetime | None) -> ir.Table:
    """Posts published during a campaign (and by `as_of`) with one of its hashtags by accounts
    that are not part of it: not assigned to the campaign, not of a creator who published for
    it or was cast for it, and not the brand's own."""
    post = known_by(con.table("post"), "published_on", as_of)
    account, influencer = con.table("account"), con.table("influencer")
    campaign, roster = con.table("campaign"), con.table("roster")
    tags = campaign.select(
        campaign_id=campaign.id.cast("int64"),
        campaign=campaign.name.cast("string"),
        workspace_id=campaign.workspace_id,
        start=campaign.start_date,
        end=campaign.end_date,
        tag=campaign.hashtags.split(",").unnest(),
    )
    tags = tags.filter(tags.tag.length() > 0).view()
    outside = (
        post.filter(post.campaign_id.isnull())
        .join(account, post.account_id == account.id)
        .join(influencer, account.influencer_id == influencer.id)
        .select(
            post_id=post.id.cast("int64"),
            influencer_id=influencer.id.cast("int64"),
            workspace_id=influencer.workspace_id,
            is_brand=influencer.is_brand,
            platform=account.platform.cast("string"),
            day=post.published_on,
            hashtags=post.hashtags,
        )
        .view()
    )
    wrapped = ibis.literal(",") + outside.hashtags + ibis.literal(",")
    matches = outside.join(
        tags,
        (outside.workspace_id == tags.workspace_id)
        & (outside.day >= tags.start)
        & (outside.day <= tags.end)
        & ~outside.is_brand
        & wrapped.contains(ibis.literal(",") + tags.tag + ibis.literal(",")),
    ).select("campaign_id", "campaign", "post_id", "influencer_id", "platform", "day")
    matches = matches.distinct().view()
    cast_ids = roster.select(
        campaign_id=roster.campaign_id.cast("int64"),
        influencer_id=roster.influencer_id.cast("int64"),
    )
    published = posts.select("campaign_id", "influencer_id")
    taking_part = cast_ids.union(published).distinct().view()
    ugc = matches.anti_join(
        taking_part,
        [
            matches.campaign_id == taking_part.campaign_id,
            matches.influencer_id == taking_part.influencer_id,
        ],
    )
    return ugc.select("campaign_id", "campaign", "platform", "day", ugc_post=ugc.post_id)

"""Rows for the référentiel's "actions deployed": the casting of each campaign, and the campaign
itself (its key messages)."""

from collections.abc import Sequence

import ibis
import ibis.expr.types as ir

from influscope.compile.sources import TableSource, flag, one
from influscope.vocabulary import RosterStatus

ROSTER_COLUMNS = (
    "influencers_contacted",
    "influencers_interested",
    "posts_contracted",
    "products_sent",
)
_SAID_YES = (RosterStatus.INTERESTED.value, RosterStatus.ACTIVATED.value)


def roster_rows(con: TableSource, campaign_ids: Sequence[int] | None = None) -> ir.Table:
    """The casting of each campaign (of `campaign_ids`, when given), one row per influencer."""
    roster, campaign, influencer = (
        con.table("roster"),
        con.table("campaign"),
        con.table("influencer"),
    )
    if campaign_ids is not None:
        roster = roster.filter(roster.campaign_id.isin(list(campaign_ids)))
    joined = roster.join(campaign, roster.campaign_id == campaign.id).join(
        influencer, roster.influencer_id == influencer.id
    )
    return joined.select(
        campaign_id=roster.campaign_id.cast("int64"),
        campaign=campaign.name.cast("string"),
        influencer_id=roster.influencer_id.cast("int64"),
        influencer=influencer.name.cast("string"),
        day=campaign.start_date,
        influencers_contacted=one(),
        influencers_interested=flag(roster.status.isin(_SAID_YES)),
        posts_contracted=roster.posts_contracted.cast("float64"),
        products_sent=roster.products_sent.cast("float64"),
    )


def campaign_rows(con: TableSource, campaign_ids: Sequence[int] | None = None) -> ir.Table:
    """One row per campaign (of `campaign_ids`, when given). Key messages are stored one per
    line, without blank lines."""
    campaign = con.table("campaign")
    if campaign_ids is not None:
        campaign = campaign.filter(campaign.id.isin(list(campaign_ids)))
    text = campaign.key_messages
    lines = text.length() - text.replace("\n", "").length() + 1
    return campaign.select(
        campaign_id=campaign.id.cast("int64"),
        campaign=campaign.name.cast("string"),
        day=campaign.start_date,
        key_messages=ibis.ifelse(text.length() > 0, lines, 0).cast("float64"),
    )

"""Which campaign a platform post belongs to: the creator takes part in the campaign (on its
casting, or already has posts in it), the post was published within the campaign's dates in
the campaign's time zone, and, when the campaign has hashtags or the brand has accounts, the
caption carries one of the hashtags or mentions the brand. A post that matches nothing is
kept with no campaign and listed, never dropped."""

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import sqlalchemy as sa

from influscope.store import schema
from influscope.store.records import PostRecord, normalise_handle, normalise_hashtag


@dataclass(frozen=True)
class CampaignWindow:
    id: int
    name: str
    start_date: dt.date
    end_date: dt.date
    time_zone: str
    hashtags: frozenset[str]
    influencer_ids: frozenset[int]

    def local_day(self, published_at: dt.datetime) -> dt.date:
        """`published_at` is UTC (naive), as the parsers give it."""
        return published_at.replace(tzinfo=dt.UTC).astimezone(ZoneInfo(self.time_zone)).date()

    def covers(self, published_at: dt.datetime) -> bool:
        return self.start_date <= self.local_day(published_at) <= self.end_date


@dataclass(frozen=True)
class Match:
    campaign: CampaignWindow | None
    reason: str


def load_campaign_windows(
    conn: sa.Connection, *, workspace_id: int, only: str | None = None
) -> list[CampaignWindow]:
    c, r, p, a = schema.campaign, schema.roster, schema.post, schema.account
    query = sa.select(c).where(c.c.workspace_id == workspace_id)
    if only is not None:
        query = query.where(c.c.name == only)
    campaigns = conn.execute(query).all()
    if only is not None and not campaigns:
        raise ValueError(
            f"No campaign named {only!r} in this workspace (see influscope campaigns)."
        )
    ids = [row.id for row in campaigns]
    taking_part: dict[int, set[int]] = {i: set() for i in ids}
    for row in conn.execute(
        sa.select(r.c.campaign_id, r.c.influencer_id).where(
            r.c.campaign_id.in_(ids), r.c.status != "declined"
        )
    ):
        taking_part[row.campaign_id].add(row.influencer_id)
    for row in conn.execute(
        sa.select(p.c.campaign_id, a.c.influencer_id)
        .select_from(p.join(a, a.c.id == p.c.account_id))
        .where(p.c.campaign_id.in_(ids))
        .distinct()
    ):
        taking_part[row.campaign_id].add(row.influencer_id)
    return [
        CampaignWindow(
            id=row.id,
            name=row.name,
            start_date=row.start_date,
            end_date=row.end_date,
            time_zone=row.time_zone,
            hashtags=frozenset(normalise_hashtag(t) for t in row.hashtags.split(",") if t),
            influencer_ids=frozenset(taking_part[row.id]),
        )
        for row in campaigns
    ]


def brand_handles(conn: sa.Connection, *, workspace_id: int) -> frozenset[str]:
    """The brand's own accounts: a mention of one in a caption ties the post to the brand."""
    i, a = schema.influencer, schema.account
    rows = conn.execute(
        sa.select(a.c.handle).join(i).where(i.c.workspace_id == workspace_id, i.c.is_brand)
    )
    return frozenset(normalise_handle(handle) for handle in rows.scalars())


def match_post(
    post: PostRecord,
    *,
    influencer_id: int | None,
    campaigns: list[CampaignWindow],
    brand: frozenset[str],
    vouched: bool = False,
) -> Match:
    """`vouched` when the user named the campaign on the command line: the creator need not be
    on its casting yet, but dates and hashtags still apply."""
    in_dates = [c for c in campaigns if c.covers(post.published_at)]
    if not in_dates:
        return Match(None, "published outside every campaign's dates")
    taking_part = [c for c in in_dates if vouched or influencer_id in c.influencer_ids]
    if not taking_part:
        return Match(None, "the creator is on no casting of a campaign running that day")
    tags = {normalise_hashtag(t) for t in post.hashtags}
    mentions = {normalise_handle(m) for m in post.mentions}
    names_brand = bool(mentions & brand)

    def carries(campaign: CampaignWindow) -> bool:
        return bool(tags & campaign.hashtags) or names_brand

    fitting = [c for c in taking_part if carries(c) or not (c.hashtags or brand)]
    if not fitting:
        return Match(None, "the caption has none of the campaign's hashtags and names no brand")
    if len(fitting) > 1:
        by_tag = [c for c in fitting if tags & c.hashtags]
        if len(by_tag) != 1:
            names = ", ".join(sorted(c.name for c in fitting))
            return Match(None, f"fits several campaigns ({names}); name one with --campaign")
        fitting = by_tag
    return Match(fitting[0], "matched")

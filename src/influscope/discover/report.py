"""The one-page audit of an influencer: profile, audience, engagement history, authenticity
signals, past results and cost, per account. A plain model, so the CLI prints it and the report
renderers can lay it out as a page of their own."""

import dataclasses
import statistics
from collections import defaultdict
from dataclasses import dataclass

import sqlalchemy as sa

from influscope.discover.audits import audit_profiles
from influscope.discover.authenticity import Signal
from influscope.discover.directory import PastCampaign, load_directory
from influscope.discover.settings import Settings
from influscope.discover.text import fold
from influscope.store.queries import NotFound


@dataclass(frozen=True)
class AccountPage:
    platform: str
    handle: str
    followers: int | None
    tier: str | None
    engagement_rate: float | None
    engagement_basis: str
    engagement_source: str | None
    band: tuple[float, float] | None
    monthly_engagement: list[tuple[str, float]]  # (YYYY-MM, median ER of the month's posts)
    follower_history: list[tuple[str, int]]  # (YYYY-MM-DD, followers) at month ends
    audience: dict[str, dict[str, float]]
    cost_per_post: float | None
    expected_cpm: float | None
    currency: str | None
    cost_source: str | None
    authenticity: float
    inauthentic_share: float
    signals: list[Signal]
    past_campaigns: list[PastCampaign]


@dataclass(frozen=True)
class InfluencerAudit:
    influencer: str
    country: str | None
    language: str | None
    language_detected: bool
    age: int | None
    age_range: str | None
    categories: tuple[str, ...]
    bio: str
    accounts: list[AccountPage]

    def as_dict(self) -> dict:
        return dataclasses.asdict(self)


def influencer_audit(
    conn: sa.Connection,
    *,
    workspace: str,
    influencer: str,
    settings: Settings,
    training: str | None = None,
) -> InfluencerAudit:
    """The page of the influencer named `influencer` (any case or accents), or of the owner of
    the handle."""
    profiles = load_directory(conn, workspace=workspace, settings=settings)
    wanted = fold(influencer).lstrip("@")
    mine = [p for p in profiles if fold(p.influencer) == wanted] or [
        p for p in profiles if p.handle == wanted
    ]
    if mine:
        mine = [p for p in profiles if p.influencer_id == mine[0].influencer_id]
    if not mine:
        known = ", ".join(sorted({p.influencer for p in profiles})[:20]) or "none"
        raise NotFound(f"No influencer or handle {influencer!r} in {workspace!r}. Known: {known}…")
    audits = audit_profiles(conn, profiles, settings, training=training)
    first = mine[0]
    pages = []
    for p in mine:
        audit = audits[p.account_id]
        by_month = defaultdict(list)
        for post in p.posts:
            rate = post.engagement_rate(p.engagement_basis)
            if rate is not None:
                by_month[f"{post.published_at:%Y-%m}"].append(rate)
        month_ends: dict[str, tuple[str, int]] = {}
        for at, count in p.follower_history:
            month_ends[f"{at:%Y-%m}"] = (f"{at:%Y-%m-%d}", count)
        pages.append(
            AccountPage(
                platform=p.platform,
                handle=p.handle,
                followers=p.followers,
                tier=p.tier,
                engagement_rate=p.engagement_rate,
                engagement_basis=p.engagement_basis,
                engagement_source=p.engagement_source,
                band=p.band,
                monthly_engagement=[
                    (month, statistics.median(rates)) for month, rates in sorted(by_month.items())
                ],
                follower_history=list(month_ends.values()),
                audience=p.audience,
                cost_per_post=p.cost_per_post,
                expected_cpm=p.expected_cpm,
                currency=p.currency,
                cost_source=p.cost_source,
                authenticity=audit.score,
                inauthentic_share=audit.inauthentic_share,
                signals=audit.signals,
                past_campaigns=p.past_campaigns,
            )
        )
    return InfluencerAudit(
        influencer=first.influencer,
        country=first.country,
        language=first.language,
        language_detected=first.language_detected,
        age=first.age,
        age_range=first.age_range,
        categories=first.categories,
        bio=next((p.bio for p in mine if p.bio), ""),
        accounts=pages,
    )

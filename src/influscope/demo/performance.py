"""How a post performs: final counters in line with published benchmarks, then the snapshots a
collector or a creator would have taken while they grew.

Magnitudes follow reference/kpi-methods.md: reach rates by tier (§1.4 "reach-rate
heuristics"), engagement rates by tier and platform (§1.4, Untapper bands), and the counters
each platform exposes (§1.2). Sponsored posts engage a little less than organic ones (§1.1).
"""

import datetime as dt
import math
import random
from dataclasses import dataclass

from influscope.demo.audience import API_SOURCES, WORKBOOK, as_typed
from influscope.demo.cast import Tier
from influscope.store.records import MetricRecord
from influscope.vocabulary import Format, Metric, Platform, Provenance

M = Metric


def _by_tier(*values):
    return dict(zip(Tier, values, strict=True))


# Ranges by tier, from nano to mega.
# Share of followers reached by a feed post (startmotionmedia mid-2024 ranges) and by a story.
_IG_REACH = _by_tier((0.20, 0.40), (0.15, 0.30), (0.10, 0.20), (0.08, 0.16), (0.05, 0.12))
_IG_STORY_REACH = _by_tier((0.08, 0.15), (0.06, 0.12), (0.05, 0.09), (0.04, 0.07), (0.03, 0.05))
# (likes + comments) / followers on Instagram; (likes + comments + shares) / views on TikTok.
_IG_ER = _by_tier((0.03, 0.05), (0.02, 0.035), (0.015, 0.025), (0.01, 0.018), (0.007, 0.012))
_TT_ER = _by_tier((0.06, 0.10), (0.04, 0.07), (0.03, 0.05), (0.02, 0.035), (0.01, 0.02))
_TT_VIEWS = _by_tier(0.6, 0.35, 0.18, 0.12, 0.08)  # median views / followers
# Views / subscribers and (likes + comments) / views for a YouTube video.
_YT_VIEWS = _by_tier((0.25, 0.5), (0.15, 0.35), (0.08, 0.2), (0.06, 0.15), (0.04, 0.1))
_YT_ER = _by_tier((0.04, 0.07), (0.035, 0.06), (0.03, 0.05), (0.025, 0.04), (0.016, 0.03))
_FB_REACH = _by_tier((0.06, 0.14), (0.05, 0.12), (0.03, 0.08), (0.02, 0.06), (0.02, 0.05))
_X_IMPRESSIONS = _by_tier((0.10, 0.30), (0.08, 0.25), (0.05, 0.20), (0.04, 0.15), (0.03, 0.12))

# How fast counters saturate: (days for most of the early burst, share that keeps growing
# linearly over the month). YouTube videos keep a long tail; tweets are over in hours.
_PACE = {
    (Platform.INSTAGRAM, Format.REEL): (2.0, 0.08),
    Platform.INSTAGRAM: (1.2, 0.04),
    Platform.TIKTOK: (2.5, 0.12),
    (Platform.YOUTUBE, Format.VIDEO): (4.0, 0.25),
    Platform.YOUTUBE: (2.5, 0.15),
    Platform.FACEBOOK: (1.0, 0.03),
    Platform.X: (0.4, 0.02),
}
MEASURED_DAYS = (1, 3, 7, 14, 30)
REPORTED_DAYS = (7, 30)
HORIZON = 30  # days after which counters are taken as final


@dataclass(frozen=True)
class Post:
    """What the counters depend on."""

    platform: Platform
    format: Format
    tier: Tier
    followers: int  # when the post was published
    sponsored: bool
    giveaway: bool = False
    link: bool = False  # a link sticker or a link in the post: clicks are counted


def final_counts(post: Post, rng: random.Random) -> dict[Metric, int]:
    """The counters of a post 30 days after publication."""
    u = rng.uniform
    f, tier = post.followers, post.tier
    quality = rng.lognormvariate(0, 0.3)
    engage = (0.7 if post.sponsored else 1.0) * quality
    video = post.format in (Format.REEL, Format.SHORT) or post.platform is Platform.TIKTOK
    viral = u(3, 8) if video and rng.random() < 0.05 else 1.0
    counts: dict[Metric, float] = {}
    match post.platform, post.format:
        case Platform.INSTAGRAM, Format.STORY:
            counts[M.REACH] = f * u(*_IG_STORY_REACH[tier]) * math.sqrt(quality)
            counts[M.VIEWS] = counts[M.REACH] * u(1.05, 1.25)
            counts[M.SHARES] = counts[M.REACH] * u(0.001, 0.004)
            if post.link:
                counts[M.CLICKS] = counts[M.REACH] * u(0.008, 0.025)
        case Platform.INSTAGRAM, _:
            boost = {Format.CAROUSEL: 1.1, Format.REEL: 1.2}.get(post.format, 1.0)
            reach = {Format.CAROUSEL: 1.1, Format.REEL: 1.8}.get(post.format, 1.0)
            counts[M.REACH] = f * u(*_IG_REACH[tier]) * reach * quality * viral
            counts[M.VIEWS] = counts[M.REACH] * u(1.25, 1.6)
            talk = u(0.3, 0.6) if post.giveaway else u(0.015, 0.05)
            both = f * u(*_IG_ER[tier]) * engage * boost * viral**0.7 * (2 if post.giveaway else 1)
            counts[M.LIKES], counts[M.COMMENTS] = both * (1 - talk), both * talk
            keep = u(0.08, 0.18) if post.format is Format.CAROUSEL else u(0.03, 0.10)
            counts[M.SAVES] = counts[M.LIKES] * (u(0.01, 0.03) if post.giveaway else keep)
            counts[M.SHARES] = counts[M.LIKES] * (
                u(0.03, 0.08) if post.format is Format.REEL else u(0.01, 0.05)
            )
        case Platform.TIKTOK, _:
            views = f * _TT_VIEWS[tier] * rng.lognormvariate(0, 0.6) * viral
            counts[M.VIEWS] = min(views, 4 * f)
            # Likes are about 85 % of the interactions the TikTok ER counts.
            counts[M.LIKES] = counts[M.VIEWS] * u(*_TT_ER[tier]) * 0.85 * engage
            counts[M.COMMENTS] = counts[M.LIKES] * (u(0.2, 0.5) if post.giveaway else u(0.01, 0.03))
            counts[M.SHARES] = counts[M.LIKES] * u(0.02, 0.06)
            counts[M.SAVES] = counts[M.LIKES] * u(0.05, 0.12)
        case Platform.YOUTUBE, Format.SHORT:
            counts[M.VIEWS] = f * u(0.2, 0.9) * quality * viral
            counts[M.LIKES] = counts[M.VIEWS] * u(0.03, 0.05) * engage
            counts[M.COMMENTS] = counts[M.LIKES] * u(0.01, 0.03)
        case Platform.YOUTUBE, _:
            counts[M.VIEWS] = f * u(*_YT_VIEWS[tier]) * quality
            counts[M.LIKES] = counts[M.VIEWS] * u(*_YT_ER[tier]) * engage
            counts[M.COMMENTS] = counts[M.LIKES] * (u(0.4, 0.9) if post.giveaway else u(0.04, 0.1))
        case Platform.FACEBOOK, _:
            counts[M.REACH] = (
                f * u(*_FB_REACH[tier]) * quality * (1.6 if post.format is Format.VIDEO else 1)
            )
            counts[M.IMPRESSIONS] = counts[M.REACH] * u(1.2, 1.5)
            counts[M.LIKES] = (
                counts[M.REACH] * u(0.015, 0.04) * engage * (2 if post.giveaway else 1)
            )
            counts[M.COMMENTS] = counts[M.LIKES] * (u(0.5, 1.0) if post.giveaway else u(0.08, 0.2))
            counts[M.SHARES] = counts[M.LIKES] * u(0.05, 0.2)
            counts[M.CLICKS] = counts[M.REACH] * u(0.005, 0.015)
        case Platform.X, _:
            counts[M.IMPRESSIONS] = f * u(*_X_IMPRESSIONS[tier]) * quality
            counts[M.LIKES] = counts[M.IMPRESSIONS] * u(0.005, 0.015) * engage
            counts[M.SHARES] = counts[M.LIKES] * u(0.1, 0.25)
            counts[M.COMMENTS] = counts[M.LIKES] * (u(0.5, 1.0) if post.giveaway else u(0.05, 0.15))
            counts[M.SAVES] = counts[M.LIKES] * u(0.05, 0.12)
            counts[M.CLICKS] = counts[M.IMPRESSIONS] * u(0.003, 0.01)
    return {metric: round(value) for metric, value in counts.items()}


def share_by(post: Post, days: float) -> float:
    """The share of its 30-day total a counter has reached `days` after publication."""
    burst, tail = _PACE.get((post.platform, post.format)) or _PACE[post.platform]
    days = min(max(days, 0.0), HORIZON)
    early = (1 - math.exp(-days / burst)) / (1 - math.exp(-HORIZON / burst))
    return (1 - tail) * early + tail * days / HORIZON


def snapshots(
    post: Post,
    post_key: str,
    published_at: dt.datetime,
    finals: dict[Metric, int],
    rng: random.Random,
    *,
    authorised: bool,
) -> list[MetricRecord]:
    """The snapshots a store would hold for the post, from whichever source had access.

    - The platform APIs (authorised creators; public counters on YouTube and X for everyone)
      are read by a nightly collector at 05:00 UTC, 1, 3, 7, 14 and 30 days after publication.
      Instagram stories are read once, when they expire after 24 h (`story_insights` webhook).
    - Creators without API access send screenshots; they land in the workbook at 7 and 30 days
      (next morning for a story). Some never send story numbers: those are estimated.
    - TikTok's Display API has no save count, and X gives link clicks only for posts younger
      than 30 days (developer.x.com, metrics): both come from elsewhere or stop.
    """
    published_utc = published_at.astimezone(dt.UTC)
    platform = post.platform
    records: list[MetricRecord] = []

    def series(metric: Metric, moments: list[dt.datetime], source: str, provenance: Provenance):
        previous = 0
        for moment in moments:
            days = (moment - published_utc).total_seconds() / 86400
            value = finals[metric] * share_by(post, days)
            if days < HORIZON:
                value *= rng.uniform(0.97, 1.0)
            value = max(previous, round(value))
            if provenance is Provenance.SELF_REPORTED:
                value = max(previous, as_typed(value))
            previous = value
            records.append(
                MetricRecord(platform, post_key, moment, metric, float(value), source, provenance)
            )

    nightly = [
        dt.datetime.combine(published_utc.date() + dt.timedelta(days=d), dt.time(5), dt.UTC)
        for d in MEASURED_DAYS
    ]
    reported = [
        dt.datetime.combine(published_utc.date() + dt.timedelta(days=d), dt.time(9), dt.UTC)
        for d in REPORTED_DAYS
    ]
    if post.format is Format.STORY:
        expired = published_utc + dt.timedelta(hours=24)
        next_morning = dt.datetime.combine(
            expired.date() + dt.timedelta(days=1), dt.time(9), dt.UTC
        )
        for metric in finals:
            if metric is M.CLICKS or not authorised:
                series(metric, [next_morning], WORKBOOK, Provenance.SELF_REPORTED)
            else:
                series(metric, [expired], API_SOURCES[platform], Provenance.MEASURED)
        return records
    public = platform in (Platform.YOUTUBE, Platform.X)
    for metric in finals:
        if platform is Platform.X and metric is M.CLICKS:
            if authorised:
                young = [m for m in nightly if m - published_utc < dt.timedelta(days=HORIZON)]
                series(metric, young, API_SOURCES[platform], Provenance.MEASURED)
        elif (authorised or public) and not (platform is Platform.TIKTOK and metric is M.SAVES):
            series(metric, nightly, API_SOURCES[platform], Provenance.MEASURED)
        elif metric is not M.CLICKS:
            series(metric, reported, WORKBOOK, Provenance.SELF_REPORTED)
    return records


def estimated_story(post_key: str, followers: int, when: dt.datetime) -> list[MetricRecord]:
    """A story nobody reported: views from the 3 %-of-followers rule (MightyScout, §1.4)."""
    views = round(followers * 0.03)
    return [
        MetricRecord(Platform.INSTAGRAM, post_key, when, metric, float(value), "estimate",
                     Provenance.ESTIMATED)
        for metric, value in ((M.VIEWS, views), (M.REACH, round(views * 0.9)))
    ]  # fmt: skip

"""Follower counts over 2026: slow organic growth, faster while a creator runs a campaign."""

import datetime as dt
import random
from dataclasses import dataclass

from influscope.demo.cast import Channel, Creator, Tier, tier_of
from influscope.store.records import FollowerRecord
from influscope.vocabulary import Platform, Provenance

FIRST_MONDAY = dt.date(2026, 1, 5)
WEEKS = 52

# Where a platform's API is the source of a number; "workbook" is what people type in.
API_SOURCES = {
    Platform.INSTAGRAM: "instagram_graph_api",
    Platform.TIKTOK: "tiktok_display_api",
    Platform.YOUTUBE: "youtube_data_api",
    Platform.FACEBOOK: "facebook_graph_api",
    Platform.X: "x_api_v2",
}
WORKBOOK = "workbook"

# Weekly organic growth by tier: small accounts grow faster in relative terms.
_WEEKLY_GROWTH = {
    Tier.NANO: 0.0030,
    Tier.MICRO: 0.0022,
    Tier.MID: 0.0016,
    Tier.MACRO: 0.0010,
    Tier.MEGA: 0.0007,
}
_PLATFORM_PACE = {
    Platform.INSTAGRAM: 1.0,
    Platform.TIKTOK: 1.3,
    Platform.YOUTUBE: 0.9,
    Platform.FACEBOOK: 0.4,
    Platform.X: 0.5,
}


@dataclass(frozen=True)
class Audience:
    """One account's follower count, week by week from the first Monday of 2026."""

    weekly: tuple[int, ...]

    def on(self, day: dt.date) -> int:
        week = (day - FIRST_MONDAY).days // 7
        return self.weekly[min(max(week, 0), len(self.weekly) - 1)]


def grow(channel: Channel, busy: list[tuple[dt.date, dt.date]], rng: random.Random) -> Audience:
    """Weekly counts; `busy` are the windows of the campaigns the creator takes part in."""
    pace = _WEEKLY_GROWTH[tier_of(channel.followers)] * _PLATFORM_PACE[channel.platform]
    pace *= rng.uniform(0.6, 1.4)
    followers = float(channel.followers)
    weekly = []
    for week in range(WEEKS):
        monday = FIRST_MONDAY + dt.timedelta(weeks=week)
        weekly.append(round(followers))
        growth = pace + rng.gauss(0, pace / 2)
        if any(start - dt.timedelta(days=6) <= monday <= end for start, end in busy):
            growth += pace * rng.uniform(1.5, 4.0)
        followers *= 1 + growth
    return Audience(tuple(weekly))


def measured_weekly(channel: Channel, audience: Audience) -> list[FollowerRecord]:
    """Follower counts read from the platform's API every Monday morning."""
    return [
        FollowerRecord(
            platform=channel.platform,
            handle=channel.handle,
            captured_at=dt.datetime.combine(
                FIRST_MONDAY + dt.timedelta(weeks=week), dt.time(6), dt.UTC
            ),
            followers=count,
            source=API_SOURCES[channel.platform],
            provenance=Provenance.MEASURED,
        )
        for week, count in enumerate(audience.weekly)
    ]


def follower_records(
    creator: Creator, channel: Channel, audience: Audience
) -> list[FollowerRecord]:
    """Measured every Monday for authorised accounts; else typed in on the 1st of each month."""
    if creator.authorised:
        return measured_weekly(channel, audience)
    return [
        FollowerRecord(
            platform=channel.platform,
            handle=channel.handle,
            captured_at=dt.datetime(2026, month, 1, 9, tzinfo=dt.UTC),
            followers=as_typed(audience.on(dt.date(2026, month, 1))),
            source=WORKBOOK,
            provenance=Provenance.SELF_REPORTED,
        )
        for month in range(1, 13)
    ]


def as_typed(count: int) -> int:
    """People copy what the app shows: "12,3 k" above ten thousand, "1,2 M" above a million."""
    if count >= 1_000_000:
        return round(count, -5)
    if count >= 10_000:
        return round(count, -2)
    return count

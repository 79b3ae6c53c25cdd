"""Maison Lumière's own accounts, its currency rates, and the creators each casting reached
without booking them."""

import datetime as dt
import random

from influscope.demo.audience import grow, measured_weekly
from influscope.demo.cast import CAST, Channel
from influscope.demo.plans import PLANS, Plan
from influscope.store.records import (
    AccountRecord,
    ExchangeRateRecord,
    FollowerRecord,
    IndicatorRecord,
    InfluencerRecord,
    MentionRecord,
    RosterRecord,
)
from influscope.vocabulary import Platform, RosterStatus

BRAND = "Maison Lumière"
CHANNELS = (
    Channel(Platform.INSTAGRAM, "maisonlumiere", 84_000),
    Channel(Platform.TIKTOK, "maisonlumiere", 31_000),
)
# Illustrative rates for the demo's paid-media comparison (benchmarks are priced in USD); a
# real workspace records the rates its finance team uses, with their source.
EXCHANGE_RATES = (
    ExchangeRateRecord("EUR", "USD", dt.date(2026, 1, 1), 1.08, "Demo rate, illustrative"),
    ExchangeRateRecord("EUR", "USD", dt.date(2026, 7, 1), 1.11, "Demo rate, illustrative"),
)


# A brand-lift study the agency ran around the launch (fictional, like everything here).
SURVEYS = (
    IndicatorRecord(
        PLANS[0].record.name,
        "brand_awareness_uplift",
        dt.date(2026, 5, 6),
        4.2,
        "Demo brand-lift survey, 1,000 women 18-44 in France, exposed vs control",
    ),
    IndicatorRecord(
        PLANS[0].record.name,
        "purchase_intent_uplift",
        dt.date(2026, 5, 6),
        2.1,
        "Demo brand-lift survey, 1,000 women 18-44 in France, exposed vs control",
    ),
)


# Fictional competitors the brand's social listening follows.
COMPETITORS = ("Atelier Rivière", "Clair de Peau")
_PLATFORMS = (Platform.INSTAGRAM, Platform.TIKTOK, Platform.YOUTUBE, Platform.X)


def listening(seed: int) -> list[MentionRecord]:
    """A year of mentions of the brand and its competitors, busier while a campaign runs."""
    rng = random.Random(f"{seed}/listening")
    busy = [(plan.record.start_date, plan.record.end_date) for plan in PLANS]
    mentions = []
    day = dt.date(2026, 1, 1)
    while day <= dt.date(2026, 12, 31):
        campaign_on = any(start <= day <= end for start, end in busy)
        for brand, daily in (
            (BRAND, 1.6 if campaign_on else 0.6),
            *((c, 0.9) for c in COMPETITORS),
        ):
            for n in range(int(daily) + (rng.random() < daily % 1)):
                platform = rng.choice(_PLATFORMS)
                mentions.append(
                    MentionRecord(
                        brand=brand,
                        own=brand == BRAND,
                        platform=platform,
                        external_id=f"{platform}-{day:%Y%m%d}-{brand[:3].lower()}-{n}",
                        mentioned_on=day,
                        engagements=round(rng.lognormvariate(4.5, 1.2)),
                        source="listening_export",
                    )
                )
        day += dt.timedelta(days=1)
    return mentions


def brand_records(seed: int) -> tuple[InfluencerRecord, list[AccountRecord], list[FollowerRecord]]:
    """The brand's accounts, measured every Monday, growing faster while campaigns run."""
    busy = [(plan.record.start_date, plan.record.end_date) for plan in PLANS]
    accounts, followers = [], []
    for channel in CHANNELS:
        accounts.append(AccountRecord(BRAND, channel.platform, channel.handle))
        rng = random.Random(f"{seed}/brand/{channel.platform}")
        audience = grow(channel, busy, rng)
        followers += measured_weekly(channel, audience)
    brand = InfluencerRecord(
        name=BRAND,
        country="FR",
        language="fr",
        contact="presse@example.com",
        is_brand=True,
    )
    return brand, accounts, followers


def unbooked(plan: Plan, seed: int) -> list[RosterRecord]:
    """Creators the casting contacted but did not book: some declined, one is still thinking,
    one agreed too late for the plan."""
    booked = {booking.creator for booking in plan.cast}
    others = sorted(creator.name for creator in CAST if creator.name not in booked)
    rng = random.Random(f"{seed}/casting/{plan.record.name}")
    statuses = (
        RosterStatus.DECLINED,
        RosterStatus.DECLINED,
        RosterStatus.CONTACTED,
        RosterStatus.INTERESTED,
    )
    chosen = rng.sample(others, k=min(len(statuses), len(others)))
    return [
        RosterRecord(plan.record.name, name, status)
        for name, status in zip(chosen, statuses, strict=False)
    ]

"""Maison Lumière's own accounts, its currency rates, and the creators each casting reached
without booking them."""

import datetime as dt
import random

from influscope.demo.audience import API_SOURCES, FIRST_MONDAY, grow
from influscope.demo.cast import CAST, Channel
from influscope.demo.plans import PLANS, Plan
from influscope.store.records import (
    AccountRecord,
    ExchangeRateRecord,
    FollowerRecord,
    InfluencerRecord,
    RosterRecord,
)
from influscope.vocabulary import Platform, Provenance, RosterStatus

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


def brand_records(seed: int) -> tuple[InfluencerRecord, list[AccountRecord], list[FollowerRecord]]:
    """The brand's accounts, measured every Monday, growing faster while campaigns run."""
    busy = [(plan.record.start_date, plan.record.end_date) for plan in PLANS]
    accounts, followers = [], []
    for channel in CHANNELS:
        accounts.append(AccountRecord(BRAND, channel.platform, channel.handle))
        rng = random.Random(f"{seed}/brand/{channel.platform}")
        audience = grow(channel, busy, rng)
        followers += [
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

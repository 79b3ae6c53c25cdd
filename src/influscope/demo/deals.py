"""What a creator is booked for and what it costs: deliverables, fee, products and shipping.

Fees are priced per thousand followers, €5-7 for an Instagram feed post (less per follower for
big accounts), so that the cost per thousand views lands near the €30-55 that kpi-methods §3.5
reports; reels, YouTube videos and stories are priced relative to a feed post (influencerradar:
"Reels +15-25 %, Stories 40-60 % of feed"). Many nano creators are paid in products only.
"""

import random
import unicodedata
from collections import Counter
from decimal import Decimal

from influscope.demo.cast import FB, IG, TT, YT, Creator, Tier, X, tier_of
from influscope.demo.plans import Plan
from influscope.vocabulary import Format, Platform

NANO, MICRO, MID, MACRO, MEGA = Tier
POST, CAROUSEL, REEL, STORY = Format.POST, Format.CAROUSEL, Format.REEL, Format.STORY
VIDEO, SHORT, TWEET = Format.VIDEO, Format.SHORT, Format.TWEET

# Price of a deliverable relative to one Instagram feed post for the same audience.
_WEIGHT = {
    (IG, POST): 1.0,
    (IG, CAROUSEL): 1.1,
    (IG, REEL): 1.25,
    (IG, STORY): 0.3,
    (TT, VIDEO): 0.9,
    (YT, VIDEO): 2.2,
    (YT, SHORT): 0.6,
    (FB, POST): 0.6,
    (FB, VIDEO): 0.9,
    (X, TWEET): 0.25,
}
# Euros per thousand followers for one Instagram feed post.
_RATE = {NANO: 7, MICRO: 7, MID: 6.5, MACRO: 6, MEGA: 5}
_LABELS = {
    POST: ("post", "posts"),
    CAROUSEL: ("carrousel", "carrousels"),
    REEL: ("reel", "reels"),
    STORY: ("story", "stories"),
    VIDEO: ("vidéo", "vidéos"),
    SHORT: ("short", "shorts"),
    TWEET: ("post X", "posts X"),
}
_PLATFORM_NAMES = {IG: "Instagram", TT: "TikTok", YT: "YouTube", FB: "Facebook", X: "X"}


def deliverables(plan: Plan, platform: Platform, tier: Tier, rng: random.Random) -> list[Format]:
    """The contracted posts on one account, the main one first."""
    big = tier in (MEGA, MACRO)
    match platform:
        case Platform.INSTAGRAM:
            if big:
                items = [REEL, CAROUSEL] + [STORY] * 4
            elif tier is MID:
                items = [REEL] + [STORY] * 3
            elif tier is MICRO:
                items = [rng.choice((POST, CAROUSEL, REEL))] + [STORY] * 3
            else:
                items = [rng.choice((POST, REEL))] + [STORY] * 2
            if plan.giveaway:
                items[0] = CAROUSEL
            return items + [STORY] * 2 if plan.sales else items
        case Platform.TIKTOK:
            return [VIDEO] * {MEGA: 3, NANO: 1}.get(tier, 2)
        case Platform.YOUTUBE:
            return [VIDEO] + [SHORT] * {NANO: 0, MICRO: 1}.get(tier, 2)
        case Platform.FACEBOOK:
            return [POST, VIDEO, POST] if plan.sales else [POST, VIDEO]
        case Platform.X:
            return [TWEET] * (4 if plan.sales else 3)


def fee(items: list[tuple[Platform, Format, int]], rng: random.Random) -> Decimal:
    """The negotiated fee for `(platform, format, followers)` deliverables; 0 when gifted."""
    if max(n for _, _, n in items) < 10_000 and rng.random() < 0.6:
        return Decimal(0)
    price = sum(_WEIGHT[p, f] * n / 1000 * _RATE[tier_of(n)] for p, f, n in items)
    return round_price(price * rng.uniform(0.85, 1.1))


def round_price(amount: float) -> Decimal:
    step = 10 if amount < 1000 else 50 if amount < 10_000 else 500
    return Decimal(round(amount / step) * step).quantize(Decimal("0.01"))


def describe(items: list[tuple[Platform, Format, int]]) -> str:
    """`Rémunération : Instagram 1 reel, 4 stories ; YouTube 1 vidéo` for a fee line."""
    counts = Counter((p, f) for p, f, _ in items)
    parts = []
    for platform in dict.fromkeys(p for p, _ in counts):
        words = ", ".join(
            f"{n} {_LABELS[f][n > 1]}" for (p, f), n in counts.items() if p is platform
        )
        parts.append(f"{_PLATFORM_NAMES[platform]} {words}")
    return "Rémunération : " + " ; ".join(parts)


def units_sent(plan: Plan, tier: Tier) -> int:
    """Products sent: press boxes for big creators, extra units for giveaway winners."""
    units = {MEGA: 3, MACRO: 3, MID: 2}.get(tier, 1)
    return units + 3 if plan.giveaway else units


def shipping(creator: Creator, units: int, tier: Tier) -> tuple[str, Decimal]:
    if creator.country != "FR":
        return "Colissimo International", Decimal("21.40")
    if tier in (MEGA, MACRO):
        return "Coursier Paris", Decimal("38.00")
    return "Colissimo", Decimal("8.95") if units == 1 else Decimal("12.60")


def promo_code(creator: Creator) -> str:
    """A personal code such as CHLOE10, for the sales campaign."""
    first = unicodedata.normalize("NFKD", creator.name.split()[0])
    return "".join(c for c in first if c.isascii()).upper() + "10"

"""Signs that a promo code escaped its influencer's audience (coupon sites, group chats).

Three signals, each reported with its figures so that a person can judge:
- burst: a day's uses far above the code's usual days, by a robust z-score
  (0.6745 × (uses − median) / MAD, the Iglewicz–Hoaglin modified z-score; 3.5 by default);
- no_traffic: a day with many uses but few sessions or clicks from that influencer's links
  (at least 80 % of the uses cannot be matched to one), read only when the campaign has any
  traffic recorded: without GA4 or our links there is nothing to compare with;
- coupon_site: orders with the code that arrived from a coupon or voucher site.
"""

import datetime as dt
import math
import statistics
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from influscope.track.attribution import CodeOwner

# Hosts of coupon aggregators, and words their hosts carry (codes-promo.example, …).
COUPON_HOSTS = frozenset(
    {
        "retailmenot.com",
        "couponfollow.com",
        "couponbirds.com",
        "wethrift.com",
        "dealspotr.com",
        "knoji.com",
        "dontpayfull.com",
        "savings.com",
        "slickdeals.net",
        "joinhoney.com",
        "vouchercodes.co.uk",
        "myvouchercodes.co.uk",
        "dealabs.com",
        "ma-reduc.com",
        "igraal.com",
        "poulpeo.com",
        "radins.com",
        "reduc.fr",
        "mydealz.de",
        "sparwelt.de",
    }
)
COUPON_WORDS = ("coupon", "voucher", "codepromo", "code-promo", "codes-promo", "promocode")


@dataclass(frozen=True)
class LeakSettings:
    min_uses: int = 5
    burst_score: float = 3.5
    unmatched_share: float = 0.8


@dataclass(frozen=True)
class CodeUse:
    """One order that used a code of the campaign, on a day of the campaign's time zone."""

    promo_code_id: int
    day: dt.date
    referring_site: str | None = None


@dataclass(frozen=True)
class LeakSignal:
    promo_code_id: int
    signal: str
    day: dt.date | None
    uses: int
    baseline: float | None
    score: float | None
    detail: str


def coupon_host(referring_site: str | None) -> str | None:
    """The coupon site an order came from, or None."""
    if not referring_site:
        return None
    text = referring_site.strip().lower()
    host = urlsplit(text if "//" in text else "//" + text).hostname or ""
    host = host.removeprefix("www.")
    if any(host == known or host.endswith("." + known) for known in COUPON_HOSTS):
        return host
    return host if any(word in host for word in COUPON_WORDS) else None


def robust_z(value: float, series: Sequence[float]) -> tuple[float, float]:
    """The median of `series` and the modified z-score of `value` against it. When over half
    the days share one value the MAD is 0; the mean absolute deviation (scaled to match the
    MAD of a normal law) stands in, and when that is 0 too any excess is infinite."""
    median = statistics.median(series)
    mad = statistics.median(abs(x - median) for x in series)
    if mad > 0:
        return median, 0.6745 * (value - median) / mad
    mean_ad = statistics.fmean(abs(x - median) for x in series)
    if mean_ad > 0:
        return median, (value - median) / (1.253314 * mean_ad)
    return median, math.inf if value > median else 0.0


def find_leaks(
    uses: Sequence[CodeUse],
    *,
    owners: Mapping[int, CodeOwner],
    days: Sequence[dt.date],
    traffic: Mapping[tuple[int, dt.date], int],
    settings: LeakSettings = LeakSettings(),
) -> list[LeakSignal]:
    """The signals of every code in `owners`, over the campaign's `days` (a day with no use
    counts as 0). `traffic` holds the sessions and unique clicks of each influencer per day;
    when it is empty, traffic is not tracked and no use is said to lack it."""
    per_day = Counter((use.promo_code_id, use.day) for use in uses)
    signals = []
    for code_id, owner in sorted(owners.items()):
        series = [per_day[(code_id, day)] for day in days]
        for day, count in zip(days, series, strict=True):
            if count < settings.min_uses:
                continue
            median, score = robust_z(count, series)
            if score >= settings.burst_score:
                signals.append(
                    LeakSignal(
                        code_id,
                        "burst",
                        day,
                        count,
                        median,
                        score if math.isfinite(score) else None,
                        f"{owner.code}: {count} uses on {day} against a median of {median:g} "
                        f"a day (robust z-score {_shown(score)})",
                    )
                )
            if not traffic:
                continue
            visits = traffic.get((owner.influencer_id, day), 0)
            unmatched = max(count - visits, 0) / count
            if unmatched >= settings.unmatched_share:
                signals.append(
                    LeakSignal(
                        code_id,
                        "no_traffic",
                        day,
                        count,
                        float(visits),
                        unmatched,
                        f"{owner.code}: {count} uses on {day} but {visits} session(s) or "
                        f"click(s) from the influencer's links ({unmatched:.0%} unmatched)",
                    )
                )
        hosts = Counter(
            host
            for use in uses
            if use.promo_code_id == code_id and (host := coupon_host(use.referring_site))
        )
        if hosts:
            total = sum(per_day[(code_id, day)] for day in days)
            listed = ", ".join(f"{host} ({n})" for host, n in hosts.most_common())
            signals.append(
                LeakSignal(
                    code_id,
                    "coupon_site",
                    None,
                    sum(hosts.values()),
                    float(total),
                    None,
                    f"{owner.code}: {sum(hosts.values())} of {total} uses came from coupon "
                    f"sites: {listed}",
                )
            )
    return signals


def _shown(score: float) -> str:
    return "∞" if math.isinf(score) else f"{score:.1f}"

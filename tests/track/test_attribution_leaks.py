"""Leaked codes: a burst of uses, uses with no traffic from the influencer, coupon sites."""

import datetime as dt
import math

from influscope.track.attribution import CodeOwner
from influscope.track.attribution_leaks import (
    CodeUse,
    coupon_host,
    find_leaks,
    robust_z,
)

LEA = 10
OWNER = {100: CodeOwner(100, "LEAVOYAGE27", 1, LEA)}
DAYS = [dt.date(2026, 3, 2) + dt.timedelta(days=n) for n in range(14)]
# Two or three orders a day, then 41 on 12 March when the code reached a deals forum.
DAILY = [2, 3, 2, 2, 3, 1, 2, 3, 2, 2, 41, 3, 2, 2]
BURST_DAY = dt.date(2026, 3, 12)


def _uses(daily=DAILY, site=None):
    return [CodeUse(100, day, site) for day, n in zip(DAYS, daily, strict=True) for _ in range(n)]


def _traffic(visits_per_day: int) -> dict:
    return {(LEA, day): visits_per_day for day in DAYS}


def test_a_day_far_above_the_codes_usual_days_is_flagged_as_a_burst_with_its_figures():
    signals = find_leaks(_uses(), owners=OWNER, days=DAYS, traffic=_traffic(60))
    assert [(s.signal, s.day, s.uses, s.baseline) for s in signals] == [
        ("burst", BURST_DAY, 41, 2.0)
    ]
    assert signals[0].score > 3.5
    assert "41 uses on 2026-03-12 against a median of 2 a day" in signals[0].detail


def test_many_uses_with_hardly_any_sessions_or_clicks_that_day_are_flagged():
    signals = find_leaks(_uses(), owners=OWNER, days=DAYS, traffic=_traffic(3))
    no_traffic = [s for s in signals if s.signal == "no_traffic"]
    assert [(s.day, s.uses, s.baseline) for s in no_traffic] == [(BURST_DAY, 41, 3.0)]
    assert math.isclose(no_traffic[0].score, 38 / 41)


def test_without_any_traffic_recorded_no_use_is_said_to_lack_it():
    signals = find_leaks(_uses(), owners=OWNER, days=DAYS, traffic={})
    assert [s.signal for s in signals] == ["burst"]


def test_steady_use_matched_by_traffic_raises_nothing():
    steady = [6, 5, 7, 6, 5, 6, 7, 6, 5, 6, 7, 6, 5, 6]
    assert find_leaks(_uses(steady), owners=OWNER, days=DAYS, traffic=_traffic(20)) == []


def test_orders_from_coupon_sites_are_counted_per_site():
    uses = [
        *_uses([1] * 14),
        CodeUse(100, BURST_DAY, "https://www.retailmenot.com/view/maisonlumiere.com"),
        CodeUse(100, BURST_DAY, "https://www.dealabs.com/codes-promo/maison-lumiere"),
        CodeUse(100, BURST_DAY, "https://www.dealabs.com/bons-plans/123"),
    ]
    signals = find_leaks(uses, owners=OWNER, days=DAYS, traffic=_traffic(20))
    assert [(s.signal, s.uses, s.baseline) for s in signals] == [("coupon_site", 3, 17.0)]
    assert signals[0].detail.endswith("coupon sites: dealabs.com (2), retailmenot.com (1)")


def test_coupon_sites_are_recognised_by_domain_or_by_the_words_in_their_host():
    assert coupon_host("https://fr.igraal.com/codes-promo/x") == "fr.igraal.com"
    assert coupon_host("codepromo.lexpress.fr") == "codepromo.lexpress.fr"
    assert coupon_host("https://www.instagram.com/") is None
    assert coupon_host(None) is None


def test_the_robust_score_stays_finite_when_most_days_are_alike_and_infinite_when_all_are():
    median, score = robust_z(12, [0, 0, 0, 0, 0, 1, 12])
    assert median == 0 and math.isfinite(score) and score > 3.5
    assert robust_z(5, [0, 0, 0]) == (0, math.inf)
    assert robust_z(0, [0, 0, 0]) == (0, 0.0)

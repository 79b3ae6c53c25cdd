"""Targets: effectiveness and status, pro-rated for totals while the campaign runs."""

import datetime as dt

import pytest

from influscope.catalogue.load import load_catalogue
from influscope.catalogue.targets import Status, evaluate_target, is_cumulative

CATALOGUE = load_catalogue()
AGGREGATIONS = {m.id: m.aggregation for m in CATALOGUE.measures.values()}
# A 30-day campaign in June; on 10 June, 10 days of 30 have begun.
START, END = dt.date(2026, 6, 1), dt.date(2026, 6, 30)


def judge(kpi_id: str, target: float, actual: float | None, today: dt.date):
    kpi = CATALOGUE.kpis[kpi_id]
    return evaluate_target(
        kpi,
        target=target,
        actual=actual,
        cumulative=is_cumulative(kpi, AGGREGATIONS),
        start=START,
        end=END,
        today=today,
    )


@pytest.mark.parametrize(
    ("kpi_id", "target", "actual", "today", "status", "effectiveness"),
    [
        # a third of the way through, 400k of a 900k reach target is ahead of the 300k pace
        ("reach", 900_000, 400_000, dt.date(2026, 6, 10), Status.ON_TRACK, 400 / 9),
        ("reach", 900_000, 250_000, dt.date(2026, 6, 10), Status.BEHIND, 250 / 9),
        ("reach", 900_000, 950_000, dt.date(2026, 6, 10), Status.MET, 950 / 9),
        ("reach", 900_000, 850_000, dt.date(2026, 7, 5), Status.MISSED, 850 / 9),
        # a rate is judged against its target as it stands, not pro-rated
        ("engagement_rate_reach", 4.0, 3.0, dt.date(2026, 6, 10), Status.BEHIND, 75.0),
        ("engagement_rate_reach", 4.0, 5.0, dt.date(2026, 7, 5), Status.MET, 125.0),
        # lower is better: spending 2,000 of a 9,000 budget by day 10 is under the 3,000 pace
        ("cost", 9000, 2000, dt.date(2026, 6, 10), Status.ON_TRACK, 450.0),
        ("cost", 9000, 3500, dt.date(2026, 6, 10), Status.BEHIND, 9000 / 35),
        ("cost", 9000, 9400, dt.date(2026, 7, 5), Status.MISSED, 9000 / 94),
        ("cost_per_engagement", 0.5, 0.4, dt.date(2026, 6, 10), Status.ON_TRACK, 125.0),
        ("cost_per_engagement", 0.5, 0.4, dt.date(2026, 7, 1), Status.MET, 125.0),
        ("reach", 900_000, None, dt.date(2026, 6, 10), Status.NO_DATA, None),
        ("reach", 900_000, 0, dt.date(2026, 5, 20), Status.NOT_STARTED, 0.0),
    ],
)
def test_status_and_effectiveness(kpi_id, target, actual, today, status, effectiveness):
    result = judge(kpi_id, target, actual, today)
    assert result.status is status
    assert result.effectiveness == (None if effectiveness is None else pytest.approx(effectiveness))


def test_totals_are_pro_rated_to_the_days_begun_and_rates_are_not():
    assert judge("reach", 900_000, 1, dt.date(2026, 6, 10)).expected_by_now == 300_000
    assert judge("engagement_rate_reach", 4.0, 1, dt.date(2026, 6, 10)).expected_by_now == 4.0


def test_a_gain_above_trend_target_is_pro_rated_like_the_gain_itself():
    # 10 days of 30 begun: 400 of 1,200 followers gained above trend is on the 400 pace.
    for kpi_id in ("brand_followers_gained", "brand_followers_gained_above_trend"):
        result = judge(kpi_id, 1200, 400, dt.date(2026, 6, 10))
        assert result.expected_by_now == pytest.approx(400)
        assert result.status is Status.ON_TRACK

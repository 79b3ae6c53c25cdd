"""Attributed orders and matched sessions as KPI fact rows, summed as a KPI query would."""

import pytest

from influscope.compile.traffic import order_rows, session_rows
from influscope.engines.connect import connect
from tests.track.test_attribution_run import attribute, seed_campaign, seed_orders


@pytest.fixture
def attributed(engine):
    ids = seed_campaign(engine)
    seed_orders(engine, ids)
    attribute(engine, ids)
    return connect(engine)


def test_order_rows_sum_to_the_attributed_orders_revenue_and_new_customers(attributed):
    rows = order_rows(attributed)
    per_person = (
        rows.group_by("influencer")
        .aggregate(
            orders=rows.orders.sum(),
            revenue=rows.revenue.sum(),
            new_customers=rows.new_customers.sum(),
        )
        .order_by("influencer")
        .to_pyarrow()
        .to_pylist()
    )
    # Tom's reversed order counts nowhere; Léa's order won by both code and link counts once.
    assert [
        (r["influencer"], r["orders"], round(r["revenue"], 2), r["new_customers"])
        for r in per_person
    ] == [("Léa Martin", 5, 451.45, 4), ("Tom Weber", 2, 84.5, 2)]


def test_order_rows_carry_the_platform_of_the_link_that_earned_the_order(attributed):
    rows = order_rows(attributed)
    per_platform = (
        rows.group_by("platform").aggregate(revenue=rows.revenue.sum()).to_pyarrow().to_pylist()
    )
    assert {r["platform"]: round(r["revenue"], 2) for r in per_platform} == {
        "instagram": 64.0,
        "youtube": 35.5,
        "tiktok": 120.0,
        None: 316.45,
    }


def test_session_rows_are_the_matched_ga4_rows_with_their_platform(attributed):
    rows = session_rows(attributed).to_pyarrow().to_pylist()
    assert [(r["influencer"], r["platform"], r["sessions"]) for r in rows] == [
        ("Léa Martin", "tiktok", 1.0)
    ]

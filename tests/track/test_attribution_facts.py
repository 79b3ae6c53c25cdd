"""Attributed orders and matched sessions as KPI fact rows, summed as a KPI query would."""

import pytest

from influscope.engines.connect import connect
from influscope.track.attribution_facts import sales_rows, session_rows
from tests.track.test_attribution_run import attribute, seed_campaign, seed_orders


@pytest.fixture
def attributed(engine):
    ids = seed_campaign(engine)
    seed_orders(engine, ids)
    attribute(engine, ids)
    return connect(engine)


def test_sales_rows_sum_to_the_reports_revenue_orders_and_new_customers(attributed):
    rows = sales_rows(attributed)
    per_person = (
        rows.group_by("influencer")
        .aggregate(
            orders=rows.orders.sum(),
            revenue=rows.revenue.sum(),
            new_customers=rows.new_customers.sum(),
            reversed_orders=rows.reversed_orders.sum(),
            code_orders=rows.code_orders.sum(),
            link_orders=rows.link_orders.sum(),
        )
        .order_by("influencer")
        .to_pyarrow()
        .to_pylist()
    )
    assert [
        (r["influencer"], r["orders"], round(r["revenue"], 2), r["new_customers"])
        for r in per_person
    ] == [("Léa Martin", 5, 451.45, 4), ("Tom Weber", 2, 84.5, 2)]
    # Léa's order counted by both methods is in each method's count, and once in `orders`.
    assert [(r["code_orders"], r["link_orders"], r["reversed_orders"]) for r in per_person] == [
        (4, 2, 0),
        (1, 1, 1),
    ]


def test_sales_rows_carry_the_platform_of_the_link_that_earned_the_order(attributed):
    rows = sales_rows(attributed)
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
    assert [(r["influencer"], r["platform"], r["sessions"], r["web_purchases"]) for r in rows] == [
        ("Léa Martin", "tiktok", 1.0, 1.0)
    ]

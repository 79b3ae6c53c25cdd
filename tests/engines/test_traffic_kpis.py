"""Traffic and sales KPIs against the figures of `scenario.save_traffic`, worked out by hand."""

import datetime as dt
from decimal import Decimal

import pytest
import sqlalchemy as sa

from influscope.compile import Grain
from influscope.engines.evaluate import evaluate_kpis
from influscope.store import schema
from influscope.store.writes import save_batch

from .scenario import save_traffic, scenario_batch
from .test_kpi_values import CAMPAIGN_TOTALS, _campaign_id

COST = CAMPAIGN_TOTALS["cost"]
IMPRESSIONS = 8000 + 1800 + 40_000 + 90_000
# O1 150 − 30 refunded; O2 216 USD at 1.08 USD per EUR; O3 cancelled
REVENUE = 120 + 200
TRAFFIC_TOTALS = {
    "tracked_clicks": 9,
    "unique_clicks": 7,
    "bot_clicks": 3,
    "click_through_rate": 9 / IMPRESSIONS * 100,
    "sessions": 10,
    "new_users": 7,
    "bounce_rate": (2 + 2) / 10 * 100,
    "average_session_duration": 980 / 10,
    "pages_per_session": 26 / 10,
    "leads": 2,
    "conversions": 2,
    "conversion_rate": 2 / 7 * 100,
    "revenue": REVENUE,
    "average_order_value": REVENUE / 2,
    "new_customers": 1,
    "return_on_ad_spend": REVENUE / COST,
    "return_on_investment": (REVENUE - COST) / COST * 100,
    "profitability": (REVENUE - COST) / REVENUE * 100,
    "cost_per_click": COST / 9,
    "cost_per_acquisition": COST / 2,
    "customer_acquisition_cost": COST / 1,
    "cost_per_lead": COST / 2,
}


def test_every_traffic_and_sales_kpi_equals_the_hand_computed_value(kpi_backend):
    (row,) = evaluate_kpis(
        kpi_backend,
        campaign_ids=[_campaign_id(kpi_backend, "Printemps Éclat")],
        kpi_ids=list(TRAFFIC_TOTALS),
    ).rows
    assert row == pytest.approx(TRAFFIC_TOTALS)


def test_clicks_sessions_and_sales_follow_each_influencer(kpi_backend):
    table = evaluate_kpis(
        kpi_backend,
        campaign_ids=[_campaign_id(kpi_backend, "Printemps Éclat")],
        kpi_ids=["unique_clicks", "sessions", "revenue", "return_on_ad_spend"],
        by=[Grain.INFLUENCER],
    )
    rows = {row["influencer"]: row for row in table.rows}
    assert rows["Léa Martin"] == pytest.approx(
        {
            "influencer_id": rows["Léa Martin"]["influencer_id"],
            "influencer": "Léa Martin",
            "unique_clicks": 4,
            "sessions": 8,
            "revenue": 120,
            "return_on_ad_spend": 120 / 860,
        }
    )
    assert rows["Hugo Bernard"]["revenue"] == pytest.approx(200)
    assert rows["Hugo Bernard"]["return_on_ad_spend"] == pytest.approx(200 / 1500)
    # Chloé brought no click, session or order: nothing to divide, not a zero return.
    assert rows["Chloé Dubois"]["return_on_ad_spend"] is None


def test_clicks_and_orders_land_on_their_platform(kpi_backend):
    table = evaluate_kpis(
        kpi_backend,
        campaign_ids=[_campaign_id(kpi_backend, "Printemps Éclat")],
        kpi_ids=["tracked_clicks", "sessions"],
        by=[Grain.PLATFORM],
    )
    rows = {row["platform"]: row for row in table.rows}
    assert rows["instagram"]["tracked_clicks"] == 6
    assert rows["tiktok"]["sessions"] == 2


def test_orders_won_by_a_code_alone_have_no_platform_but_count_for_the_campaign(kpi_backend):
    table = evaluate_kpis(
        kpi_backend,
        campaign_ids=[_campaign_id(kpi_backend, "Printemps Éclat")],
        kpi_ids=["conversions", "revenue"],
        by=[Grain.PLATFORM],
    )
    rows = {row["platform"]: row for row in table.rows}
    assert rows["tiktok"] == {"platform": "tiktok", "conversions": 1, "revenue": 200}
    assert rows[None] == {"platform": None, "conversions": 1, "revenue": 120}


def test_orders_with_no_platform_form_a_group_of_their_own_beside_the_posts(kpi_backend):
    # Posts come from the facts, orders from their own rows: one row per group of either, the
    # orders won by a code alone in a group that has no post.
    table = evaluate_kpis(
        kpi_backend,
        campaign_ids=[_campaign_id(kpi_backend, "Printemps Éclat")],
        kpi_ids=["posts", "conversions", "revenue"],
        by=[Grain.PLATFORM],
    )
    rows = {row["platform"]: row for row in table.rows}
    assert rows[None] == {"platform": None, "posts": 0, "conversions": 1, "revenue": 120}
    assert rows["tiktok"]["conversions"] == 1
    assert sum(row["posts"] for row in table.rows) == CAMPAIGN_TOTALS["posts"]


def test_a_link_made_for_a_post_does_not_count_as_one_more_post(engine):
    with engine.begin() as conn:
        save_batch(conn, workspace="Maison Test", batch=scenario_batch())
        save_traffic(conn)
        link, post = schema.tracking.link, schema.post
        p1 = conn.execute(sa.select(post.c.id).where(post.c.post_key == "P1")).scalar_one()
        conn.execute(link.update().where(link.c.code == "LEA1").values(post_id=p1))
        campaign = conn.execute(
            sa.select(schema.campaign.c.id).where(schema.campaign.c.name == "Printemps Éclat")
        ).scalar_one()
    table = evaluate_kpis(
        engine, campaign_ids=[campaign], kpi_ids=["posts", "tracked_clicks"], by=[Grain.INFLUENCER]
    )
    rows = {row["influencer"]: row for row in table.rows}
    # Léa published P1 and P2; her link for P1 was clicked on two days, and clicks are not posts.
    assert (rows["Léa Martin"]["posts"], rows["Léa Martin"]["tracked_clicks"]) == (2, 6)
    assert sum(row["posts"] for row in table.rows) == CAMPAIGN_TOTALS["posts"]


def test_an_order_with_no_exchange_rate_counts_as_a_conversion_not_as_a_free_order(engine):
    with engine.begin() as conn:
        save_batch(conn, workspace="Maison Test", batch=scenario_batch())
        save_traffic(conn)
        order, attributed = schema.commerce.shop_order, schema.attribution.order_attribution
        o4 = conn.execute(sa.select(order).where(order.c.order_key == "O4")).one()
        first = conn.execute(sa.select(attributed).limit(1)).one()._asdict()
        # O4, 60 EUR, here paid in pounds, for which no exchange rate was stored.
        conn.execute(order.update().where(order.c.id == o4.id).values(currency="GBP"))
        moment = dt.datetime(2026, 3, 11, 12)
        conn.execute(
            attributed.insert().values(
                {
                    **{k: v for k, v in first.items() if k != "id"},
                    **dict(order_id=o4.id, ordered_at=moment, ordered_on=moment.date()),
                    **dict(revenue=Decimal(60), currency="GBP", campaign_revenue=None),
                    **dict(method="code", platform=None, reversed=False, new_customer=True),
                }
            )
        )
    (row,) = evaluate_kpis(
        engine,
        campaign_ids=[first["campaign_id"]],
        kpi_ids=["conversions", "revenue", "average_order_value"],
    ).rows
    # Three conversions; the revenue known is still O1's and O2's, and so is their average.
    assert row == pytest.approx(
        {"conversions": 3, "revenue": REVENUE, "average_order_value": REVENUE / 2}
    )

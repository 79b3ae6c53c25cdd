"""Every KPI of the catalogue against the values worked out by hand in `scenario.py`, on every
engine: `kpi_backend` (see conftest.py) is DuckDB, PostgreSQL or PySpark over the same scenario."""

import datetime as dt

import pytest
from ibis.backends import BaseBackend

from influscope.catalogue.load import built_in_catalogue
from influscope.catalogue.rate_cards import DEFAULT_BENCHMARKS, DEFAULT_RATE_CARD, built_in_rates
from influscope.compile import Grain
from influscope.compile.facts import kpi_facts
from influscope.engines import sql
from influscope.engines.evaluate import evaluate_kpis

CAMPAIGN_TOTALS = {
    "posts": 4,
    "reach": 5000 + 1500,
    "impressions": 90_000,
    "views": 8000 + 1800 + 40_000 + 30_000,
    "likes": 400 + 2500 + 1200,
    "comments": 25 + 120 + 150,
    "shares": 15 + 80,
    "saves": 40 + 300,
    # P1 480, P2 none reported, P3 3,000, P4 1,350
    "engagements": 480 + 3000 + 1350,
    # only P1 has both engagements and reach
    "engagement_rate_reach": 480 / 5000 * 100,
    # P1 at 12,000 followers, P3 at 85,000, P4 at 250,000 (first snapshot after publication)
    "engagement_rate_followers": 4830 / (12_000 + 85_000 + 250_000) * 100,
    "cost": 800 + 60 + 1500 + 3000 + 500,
    # impressions where known (P4), else views (P1, P2, P3)
    "cost_per_mille": 5860 / (8000 + 1800 + 40_000 + 90_000) * 1000,
    "cost_per_engagement": 5860 / 4830,
    "cost_per_view": 5860 / 79_800,
}


def _campaign_id(backend: BaseBackend, name: str) -> int:
    campaign = backend.table("campaign")
    (found,) = backend.to_pyarrow(campaign.filter(campaign.name == name).id).to_pylist()
    return found


def _only_row(backend: BaseBackend, **kwargs) -> dict:
    (row,) = evaluate_kpis(backend, **kwargs).rows
    return row


def test_every_campaign_kpi_equals_the_hand_computed_value(kpi_backend):
    # One query for all KPIs: a query takes seconds on Spark. A failure lists every KPI that
    # differs, with the value obtained and the one expected.
    row = _only_row(
        kpi_backend,
        campaign_ids=[_campaign_id(kpi_backend, "Printemps Éclat")],
        kpi_ids=list(CAMPAIGN_TOTALS),
    )
    assert row == pytest.approx(CAMPAIGN_TOTALS)


def test_every_catalogue_kpi_has_a_hand_computed_value(kpi_backend):
    from .test_kpi_families import FAMILY_TOTALS
    from .test_traffic_kpis import TRAFFIC_TOTALS

    table = evaluate_kpis(kpi_backend, campaign_ids=[])
    expected = set(CAMPAIGN_TOTALS) | set(FAMILY_TOTALS) | set(TRAFFIC_TOTALS)
    assert {kpi.id for kpi in table.kpis} == expected


def test_cost_follows_each_influencer_and_keeps_campaign_wide_costs_apart(kpi_backend):
    table = evaluate_kpis(
        kpi_backend,
        campaign_ids=[_campaign_id(kpi_backend, "Printemps Éclat")],
        kpi_ids=["posts", "cost", "cost_per_view", "engagement_rate_reach"],
        by=[Grain.INFLUENCER],
    )
    rows = {row["influencer"]: row for row in table.rows}
    assert rows["Léa Martin"]["cost"] == pytest.approx(860)
    assert rows["Léa Martin"]["engagement_rate_reach"] == pytest.approx(9.6)
    assert rows["Hugo Bernard"]["cost_per_view"] == pytest.approx(1500 / 40_000)
    assert rows["Chloé Dubois"]["cost_per_view"] == pytest.approx(0.1)
    assert rows[None] == {
        "influencer_id": None,
        "influencer": None,
        "posts": 0,
        "cost": 500,
        "cost_per_view": None,
        "engagement_rate_reach": None,
    }


def test_an_influencer_cost_is_spread_evenly_over_their_posts_by_format(kpi_backend):
    table = evaluate_kpis(
        kpi_backend,
        campaign_ids=[_campaign_id(kpi_backend, "Printemps Éclat")],
        kpi_ids=["cost"],
        by=[Grain.PLATFORM, Grain.FORMAT],
    )
    costs = {(row["platform"], row["format"]): row["cost"] for row in table.rows}
    assert costs == {
        ("instagram", "reel"): 430,
        ("instagram", "story"): 430,
        ("tiktok", "video"): 1500,
        ("youtube", "video"): 3000,
        (None, None): 500,
    }


def test_days_are_counted_in_the_campaign_time_zone(kpi_backend):
    table = evaluate_kpis(
        kpi_backend,
        campaign_ids=[_campaign_id(kpi_backend, "Printemps Éclat")],
        kpi_ids=["posts"],
        by=[Grain.DAY],
    )
    posts_by_day = {row["day"]: row["posts"] for row in table.rows}
    assert posts_by_day[dt.date(2026, 3, 5)] == 1
    assert posts_by_day[dt.date(2026, 3, 20)] == 1


def test_weeks_and_months_group_posts_by_their_monday_and_first_day(kpi_backend):
    campaign = [_campaign_id(kpi_backend, "Printemps Éclat")]
    weeks = evaluate_kpis(kpi_backend, campaign_ids=campaign, kpi_ids=["posts"], by=[Grain.WEEK])
    by_week = {row["week"]: row["posts"] for row in weeks.rows}
    # P1 (Thu 5 Mar) and P3 (Sun 8 Mar) share the week of Monday 2 March.
    assert by_week[dt.date(2026, 3, 2)] == 2
    months = evaluate_kpis(kpi_backend, campaign_ids=campaign, kpi_ids=["posts"], by=[Grain.MONTH])
    assert {row["month"]: row["posts"] for row in months.rows}[dt.date(2026, 3, 1)] == 4


def test_as_of_uses_the_snapshots_captured_by_then(kpi_backend):
    row = _only_row(
        kpi_backend,
        campaign_ids=[_campaign_id(kpi_backend, "Printemps Éclat")],
        kpi_ids=["reach", "likes"],
        as_of=dt.datetime(2026, 3, 7),
    )
    assert row == {"reach": 4000, "likes": 300}


def test_as_of_ignores_follower_snapshots_captured_later(kpi_backend):
    campaign = [_campaign_id(kpi_backend, "Printemps Éclat")]
    row = _only_row(
        kpi_backend,
        campaign_ids=campaign,
        kpi_ids=["followers_gained", "follower_growth_rate", "brand_followers_gained"],
        as_of=dt.datetime(2026, 3, 15),
    )
    # By 15 Mar: Léa 12,000 → 12,400 (10 Mar); Hugo and the brand not measured since the start.
    assert row == pytest.approx(
        {
            "followers_gained": 400,
            "follower_growth_rate": 400 / 12_000 * 100,
            "brand_followers_gained": None,
        }
    )
    # Chloé published P4 on 20 Mar; by 22 Mar her account had never been measured.
    facts = kpi_facts(kpi_backend, columns={"followers"}, as_of=dt.datetime(2026, 3, 22))
    p4 = facts.filter(facts.post_id.notnull() & (facts.influencer == "Chloé Dubois"))
    p4 = p4.select("followers")
    # Compiled as the KPI queries are: Ibis's own PySpark compiler lacks the facts' bit_or.
    followers = sql.fetch(kpi_backend, sql.to_sql(p4, kpi_backend.name), p4.schema())
    assert followers.to_pylist() == [{"followers": None}]


def test_as_of_counts_only_the_posts_costs_and_events_dated_by_then(kpi_backend):
    row = _only_row(
        kpi_backend,
        campaign_ids=[_campaign_id(kpi_backend, "Printemps Éclat")],
        kpi_ids=["posts", "cost", "tracked_clicks", "bot_clicks", "sessions", "conversions",
                 "revenue", "brand_mentions", "share_of_voice"],
        as_of=dt.datetime(2026, 3, 9),
    )  # fmt: skip
    # By 9 Mar, 00:00: P1 and P3 published, not P2 (12 Mar) or P4 (20 Mar). Léa's 860 and
    # Hugo's 2,250 USD at 1.5 incurred, not Chloé's fee (15 Mar) or the agency's (31 Mar).
    # Hugo's third click came at 08:00 on 9 Mar, O2 at noon; every session was on 6 Mar. The
    # brand's mention of 3 Mar, not that of 9 Mar; the rival's of 4 Mar.
    assert row == pytest.approx(
        {
            "posts": 2,
            "cost": 860 + 1500,
            "tracked_clicks": 6 + 2,
            "bot_clicks": 3,
            "sessions": 10,
            "conversions": 1,
            "revenue": 120,
            "brand_mentions": 1,
            "share_of_voice": 50,
        }
    )


def test_ratios_are_null_not_errors_when_the_denominator_is_zero(kpi_backend):
    row = _only_row(
        kpi_backend,
        campaign_ids=[_campaign_id(kpi_backend, "Été Solaire")],
        kpi_ids=["impressions", "cost", "cost_per_mille", "cost_per_engagement"],
    )
    assert row == {
        "impressions": 0,
        "cost": 100,
        "cost_per_mille": None,
        "cost_per_engagement": None,
    }


def test_no_two_fact_rows_share_a_post(kpi_backend):
    """`posts` counts post ids without a distinct (facts.UNIQUE_COLUMNS): right only while a
    post has one fact row, whatever kinds of rows the facts stack."""
    rates = built_in_rates()
    facts = kpi_facts(
        kpi_backend,
        disclosure=built_in_catalogue().disclosure,
        card=rates.get_card_or_raise(DEFAULT_RATE_CARD),
        benchmarks=rates.get_benchmarks_or_raise(DEFAULT_BENCHMARKS),
    )
    posts = facts.filter(facts.post_id.notnull())
    per_post = posts.group_by("post_id").aggregate(rows=posts.count())
    counted = per_post.aggregate(posts=per_post.count(), most=per_post.rows.max())
    # Compiled as the KPI queries are: Ibis's own PySpark compiler lacks the facts' bit_or.
    counted = sql.fetch(kpi_backend, sql.to_sql(counted, kpi_backend.name), counted.schema())
    # P1 to P4 in March, S1 in July; the brand's own B1 is no influencer content.
    assert counted.to_pylist() == [{"posts": 5, "most": 1}]

"""The KPI families beyond the counters, against the values worked out in `scenario.py`."""

import datetime as dt

import pytest
import sqlalchemy as sa

from influscope.compile import Grain
from influscope.engines.evaluate import evaluate_kpis
from influscope.store import schema
from influscope.store.records import Batch, CampaignRecord, PostRecord
from influscope.store.writes import save_batch
from influscope.vocabulary import Format

from .scenario import IG, scenario_batch
from .test_kpi_values import _campaign_id

DAY = 86_400
# Léa: 12,000 → 12,900; trend 11,000 (20 Jan) → 12,000 (25 Feb) over 36 days, carried 34 days.
LEA_EXPECTED = 1000 * 34 / 36
# Hugo: 85,000 → 88,000; trend 80,000 (20 Jan) → 85,000 (1 Mar) over 40 days, carried 29 days.
HUGO_EXPECTED = 5000 * 29 / 40
# Brand: 51,000 (28 Feb) → 54,000 (31 Mar); trend 50,000 (1 Jan) → 51,000 over 58 days, for 31.
BRAND_EXPECTED = 1000 * 31 / 58

# Paid prices are in USD: 1 EUR = 1.08 USD on 1 March, so a $19.80 CPM costs €19.80 / 1.08.
USD = 1 / 1.08
# Meta buys Léa's Instagram €860 and the €500 campaign-wide; TikTok €1,500; YouTube €3,000.
PAID_IMPRESSIONS = (1360 / (19.80 * USD) + 1500 / (7.50 * USD) + 3000 / (3.53 * USD)) * 1000

FAMILY_TOTALS = {
    # actions deployed
    "key_messages": 2,
    "platforms_selected": 3,
    "influencers_contacted": 5,
    "influencers_interested": 3,
    "influencers_interested_rate": 60.0,
    "influencers_activated": 3,
    "products_sent": 2,
    "posts_contracted": 5,
    "posts_delivery_rate": 80.0,
    # visibility: only P4 has impressions; the others' views stand in for them
    "impressions_with_estimates": 8000 + 1800 + 40_000 + 90_000,
    "reach_rate": (5000 + 1500) / (12_000 + 12_400) * 100,
    # engagement rates by impressions and views, per post and per account
    "engagement_rate_impressions": 1350 / 90_000 * 100,
    "engagement_rate_views": 4830 / (8000 + 40_000 + 30_000) * 100,
    "engagement_rate_reach_post_mean": 9.6,
    "engagement_rate_reach_post_median": 9.6,
    "engagement_rate_followers_post_mean": (4.0 + 3000 / 850 + 0.54) / 3,
    "engagement_rate_followers_post_median": 3000 / 850,
    "engagement_rate_impressions_post_mean": 1.5,
    "engagement_rate_impressions_post_median": 1.5,
    "engagement_rate_views_post_mean": (6.0 + 7.5 + 4.5) / 3,
    "engagement_rate_views_post_median": 6.0,
    "engagement_rate_reach_account_mean": 9.6,
    "engagement_rate_reach_account_median": 9.6,
    "engagement_rate_followers_account_mean": (4.0 + 3000 / 850 + 0.54) / 3,
    "engagement_rate_followers_account_median": 3000 / 850,
    "engagement_rate_impressions_account_mean": 1.5,
    "engagement_rate_impressions_account_median": 1.5,
    "engagement_rate_views_account_mean": 6.0,
    "engagement_rate_views_account_median": 6.0,
    # growth: Chloé has a single snapshot, so no gain of hers is known
    "followers_gained": 900 + 3000,
    "follower_growth_rate": 3900 / (12_000 + 85_000) * 100,
    "followers_gained_above_trend": 3900 - (LEA_EXPECTED + HUGO_EXPECTED),
    "brand_followers_gained": 3000,
    "brand_follower_growth_rate": 3000 / 51_000 * 100,
    "brand_followers_gained_above_trend": 3000 - BRAND_EXPECTED,
    "cost_per_new_follower": 5860 / 3000,
    # notoriety: 3 of 5 March mentions; engagements 300 of 1,000 where known
    "brand_mentions": 3,
    "share_of_voice": 60.0,
    "share_of_engagement": 30.0,
    "key_message_posts": 2,  # P1 "éclat en 7 jours", P4 "sans parfum"
    "key_message_rate": 50.0,
    "ugc_posts": 1,  # Nina's U1; U2 is after the campaign, L2 is by a creator taking part
    # value, with the Skeepers/Octoly card (EUR): P1 (Instagram: 400 likes × €0.07 + 25
    # comments × €3.46), P3 (TikTok: 40 thousand views × €6.89 + 2,500 × €0.09 + 120 × €3.52 +
    # 80 × €1.72), P4 (YouTube: 1,200 × €0.08 + 150 × €6.99); the story has nothing it prices.
    "emv": 114.5 + 1060.6 + 1144.5,
    # Léa's account audited at 25 % inauthentic, Chloé's clean, Hugo's never (counted in full)
    "emv_authentic": 114.5 * 0.75 + 1060.6 + 1144.5,
    "emv_per_cost": 2319.6 / 5860,
    "paid_equivalent_impressions": PAID_IMPRESSIONS,
    "paid_equivalent_clicks": 1360 / (1.88 * USD),
    "paid_equivalent_views": 3000 / (0.026 * USD),
    # over the posts with both: the campaign-wide €500 carries no impressions
    "impressions_vs_paid": 139_800 / (PAID_IMPRESSIONS - 500 / (19.80 * USD) * 1000) * 100,
    # only YouTube has a paid price per view
    "views_vs_paid": 30_000 / (3000 / (0.026 * USD)) * 100,
    "clicks_vs_paid": None,
    "platform_link_clicks": None,  # no platform reported a link click
    # compliance: Hugo's "#sponsored" is not a mention French law accepts
    "sponsored_posts": 3,
    "disclosed_sponsored_posts": 2,
    "disclosure_rate": 2 / 3 * 100,
}


def test_every_family_kpi_equals_the_hand_computed_value(kpi_backend):
    # One query for all of them, as a query takes seconds on Spark.
    (row,) = evaluate_kpis(
        kpi_backend,
        campaign_ids=[_campaign_id(kpi_backend, "Printemps Éclat")],
        kpi_ids=list(FAMILY_TOTALS),
    ).rows
    unknown = {kpi_id for kpi_id, value in FAMILY_TOTALS.items() if value is None}
    assert {kpi_id for kpi_id, value in row.items() if value is None} == unknown
    known = {kpi_id: value for kpi_id, value in FAMILY_TOTALS.items() if value is not None}
    assert {kpi_id: row[kpi_id] for kpi_id in known} == pytest.approx(known)


def test_the_brand_own_posts_are_not_influencer_content(kpi_backend):
    table = evaluate_kpis(
        kpi_backend,
        campaign_ids=[_campaign_id(kpi_backend, "Printemps Éclat")],
        kpi_ids=["posts", "likes"],
        by=[Grain.INFLUENCER],
    )
    assert "Maison Test" not in {row["influencer"] for row in table.rows}


def test_a_kpi_carries_the_weakest_provenance_of_its_inputs(kpi_backend):
    march = evaluate_kpis(
        kpi_backend,
        campaign_ids=[_campaign_id(kpi_backend, "Printemps Éclat")],
        kpi_ids=["views", "impressions", "impressions_with_estimates", "cost", "reach_rate"],
    )
    (provenance,) = march.provenance
    # Hugo's typed-in 42,000 views lost to the measured 40,000 captured at the same time.
    assert provenance == {
        "views": "measured",
        "impressions": "measured",
        "impressions_with_estimates": "estimated",
        "cost": "measured",
        "reach_rate": "measured",
    }
    july = evaluate_kpis(
        kpi_backend,
        campaign_ids=[_campaign_id(kpi_backend, "Été Solaire")],
        kpi_ids=["likes", "engagement_rate_followers", "cost_per_engagement"],
    )
    # 0 typed-in likes over Léa's 12,900 measured followers: a self-reported rate of 0;
    # 0 engagements leave the cost per engagement without a value, so without a provenance.
    assert july.rows[0]["engagement_rate_followers"] == 0
    assert july.provenance == (
        {
            "likes": "self_reported",
            "engagement_rate_followers": "self_reported",
            "cost_per_engagement": None,
        },
    )


def test_authentic_emv_discounts_only_the_audited_share_of_each_account(kpi_backend):
    table = evaluate_kpis(
        kpi_backend,
        campaign_ids=[_campaign_id(kpi_backend, "Printemps Éclat")],
        kpi_ids=["emv", "emv_authentic"],
        by=[Grain.INFLUENCER],
    )
    rows = {row["influencer"]: row for row in table.rows if row["influencer"] is not None}
    values = {name: (row["emv"], row["emv_authentic"]) for name, row in rows.items()}
    assert values == {
        "Léa Martin": pytest.approx((114.5, 114.5 * 0.75)),  # stored share 0.25
        "Hugo Bernard": pytest.approx((1060.6, 1060.6)),  # never audited: in full
        "Chloé Dubois": pytest.approx((1144.5, 1144.5)),  # audited clean
    }
    provenance = {
        row["influencer"]: p["emv_authentic"]
        for row, p in zip(table.rows, table.provenance, strict=True)
        if row["influencer"] is not None
    }
    # The discount is the audit's estimate; undiscounted EMV keeps its counters' provenance.
    assert provenance == {
        "Léa Martin": "estimated",
        "Hugo Bernard": "measured",
        "Chloé Dubois": "measured",
    }


def test_disclosure_is_judged_by_each_creator_country(kpi_backend):
    table = evaluate_kpis(
        kpi_backend,
        campaign_ids=[_campaign_id(kpi_backend, "Printemps Éclat")],
        kpi_ids=["sponsored_posts", "disclosure_rate"],
        by=[Grain.INFLUENCER],
    )
    rates = {row["influencer"]: row["disclosure_rate"] for row in table.rows}
    assert rates == {"Léa Martin": 100.0, "Hugo Bernard": 0.0, "Chloé Dubois": 100.0}


def test_a_total_over_overlapping_campaigns_counts_shared_days_once(engine):
    # A relaunch from 15 Mar to 15 Apr overlaps Printemps Éclat; Léa posts for it on 20 Mar.
    relaunch = CampaignRecord(
        name="Éclat Relance",
        start_date=dt.date(2026, 3, 15),
        end_date=dt.date(2026, 4, 15),
        currency="EUR",
        time_zone="Europe/Paris",
    )
    post = PostRecord(IG, "lea.glow", "R1", Format.REEL, dt.datetime(2026, 3, 20, 9), relaunch.name)
    with engine.begin() as conn:
        save_batch(conn, workspace="Maison Test", batch=scenario_batch())
        save_batch(conn, workspace="Maison Test", batch=Batch(campaigns=[relaunch], posts=[post]))
        campaign = schema.campaign
        names = campaign.c.name.in_(["Printemps Éclat", relaunch.name])
        query = sa.select(campaign.c.id).where(names).order_by(campaign.c.start_date)
        ids = list(conn.execute(query).scalars())
    growth = ["brand_followers_gained", "followers_gained", "follower_growth_rate"]
    kpi_ids = [*growth, "brand_mentions", "share_of_voice"]
    march = {kpi_id: FAMILY_TOTALS[kpi_id] for kpi_id in kpi_ids}
    by_campaign = evaluate_kpis(engine, campaign_ids=ids, kpi_ids=kpi_ids, by=[Grain.CAMPAIGN])
    each = {row["campaign"]: row for row in by_campaign.rows}
    # Each campaign alone: the brand 51,000 (28 Feb) → 54,000 (31 Mar) for both; Léa from
    # 12,000 (25 Feb) and from 12,400 (10 Mar) to 12,900 (31 Mar); m3, r2 and r3 in the relaunch.
    assert each["Printemps Éclat"] == pytest.approx(
        {"campaign_id": ids[0], "campaign": "Printemps Éclat", **march}
    )
    assert each[relaunch.name] == pytest.approx(
        {
            "campaign_id": ids[1],
            "campaign": relaunch.name,
            "brand_followers_gained": 3000,
            "followers_gained": 500,
            "follower_growth_rate": 500 / 12_400 * 100,
            "brand_mentions": 1,
            "share_of_voice": 100 / 3,
        }
    )
    # Together: the brand and Léa measured once from 1 Mar to 15 Apr, each mention counted once
    # (6, of which 3 the brand's), where summing the campaigns gave 6,000, 1,400 and 4 of 8.
    (total,) = evaluate_kpis(engine, campaign_ids=ids, kpi_ids=kpi_ids).rows
    assert total == pytest.approx(march | {"share_of_voice": 50.0})

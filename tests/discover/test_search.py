"""Searching the demo brand's directory, saving searches and shortlisting into a campaign."""

import pytest
import sqlalchemy as sa

from influscope.demo import DEMO_WORKSPACE
from influscope.discover.audits import audit_profiles
from influscope.discover.directory import load_directory
from influscope.discover.search import (
    Filters,
    Hit,
    get_saved_search_or_raise,
    list_saved_searches,
    save_search,
    search,
)
from influscope.discover.settings import built_in_settings, load_settings
from influscope.discover.shortlist import shortlist_into_campaign
from influscope.store import schema
from influscope.store.queries import NotFound


def _hits(engine, settings=None):
    settings = settings or built_in_settings()
    with engine.connect() as conn:
        profiles = load_directory(conn, workspace=DEMO_WORKSPACE, settings=settings)
        audits = audit_profiles(conn, profiles, settings)
    return [Hit(p, audits[p.account_id]) for p in profiles]


def _names(hits) -> list[str]:
    return [f"{h.profile.influencer} ({h.profile.platform})" for h in hits]


def test_directory_lists_every_creator_account_but_not_the_brand(demo):
    hits = _hits(demo)
    assert len(hits) == 47
    assert "maisonlumiere" not in {h.profile.handle for h in hits}


def test_tier_and_country_filters(demo):
    found = search(_hits(demo), Filters(tiers=("micro",), countries=("DE",)))
    assert _names(found) == ["Sophie Krüger (instagram)", "Jonas Weber (tiktok)"]


def test_engagement_is_the_median_of_recent_posts_by_views_on_tiktok(demo):
    hits = {h.profile.handle: h.profile for h in _hits(demo)}
    tiktok, instagram = hits["claraweiss"], hits["lea.marchetti"]
    assert tiktok.engagement_basis == "views" and instagram.engagement_basis == "followers"
    assert tiktok.engagement_source == "posts"
    assert 0.5 < instagram.engagement_rate < 10


def test_filters_on_age_language_platform_and_past_results_sorted_by_engagement(demo):
    filters = Filters(
        platforms=("instagram",), languages=("fr",), max_age=25, worked_with_brand=True
    )
    found = search(_hits(demo), filters, sort="engagement")
    assert {h.profile.influencer for h in found} == {
        "Zoé Martin", "Louise Girard", "Pauline Roux", "Léa Marchetti"
    }  # fmt: skip
    rates = [h.profile.engagement_rate for h in found]
    assert rates == sorted(rates, reverse=True)


def test_configurable_tier_thresholds_move_accounts_between_tiers(demo, tmp_path):
    wide = tmp_path / "tiers.yaml"
    wide.write_text(
        "tiers: {nano: 1000, micro: 10000, mid: 100000, macro: 500000, mega: 1000000}\n",
        encoding="utf-8",
    )
    default = {h.profile.handle: h.profile.tier for h in _hits(demo)}
    later = {h.profile.handle: h.profile.tier for h in _hits(demo, load_settings(wide))}
    assert default["julienmercier"] == "mid" and later["julienmercier"] == "micro"


def test_cost_filters_read_past_costs(demo):
    found = search(_hits(demo), Filters(max_cost_per_post=100), sort="cost")
    costs = [h.profile.cost_per_post for h in found]
    assert costs and all(c <= 100 for c in costs) and costs == sorted(costs)
    assert {h.profile.cost_source for h in found} == {"past costs"}


def test_saved_search_round_trips_and_replaces(demo):
    filters = Filters(tiers=("micro", "nano"), platforms=("tiktok",), min_authenticity=0.8)
    with demo.begin() as conn:
        save_search(conn, workspace=DEMO_WORKSPACE, name="TikTok small", filters=filters)
        save_search(conn, workspace=DEMO_WORKSPACE, name="TikTok small", filters=filters)
    with demo.connect() as conn:
        assert get_saved_search_or_raise(conn, workspace=DEMO_WORKSPACE, name="TikTok small") == (
            filters
        )
        assert list(list_saved_searches(conn, workspace=DEMO_WORKSPACE)) == ["TikTok small"]
        with pytest.raises(NotFound, match="TikTok small"):
            get_saved_search_or_raise(conn, workspace=DEMO_WORKSPACE, name="Nope")


def test_shortlist_adds_new_names_and_keeps_the_status_of_cast_ones(demo):
    campaign = "Calendrier de l'Avent 2026"
    with demo.begin() as conn:
        summary, already = shortlist_into_campaign(
            conn,
            workspace=DEMO_WORKSPACE,
            campaign=campaign,
            influencers=["Léa Marchetti", "Hugo Lambert"],
        )
    r, c, i = schema.roster, schema.campaign, schema.influencer
    with demo.connect() as conn:
        statuses = dict(
            conn.execute(
                sa.select(i.c.name, r.c.status)
                .join(r, r.c.influencer_id == i.c.id)
                .join(c, c.c.id == r.c.campaign_id)
                .where(c.c.name == campaign, i.c.name.in_(["Léa Marchetti", "Hugo Lambert"]))
            ).all()
        )
    assert already == ["Léa Marchetti"]
    assert statuses == {"Léa Marchetti": "activated", "Hugo Lambert": "contacted"}
    assert summary.counts["roster"]["inserted"] == 1

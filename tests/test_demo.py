"""The demo store: deterministic, realistic enough to demo every KPI, and saved idempotently."""

import hashlib
import os
import random
import re
import subprocess
import sys
from collections import Counter, defaultdict
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa

from influscope.catalogue.load import built_in_catalogue
from influscope.catalogue.models import Unit
from influscope.demo import DEMO_WORKSPACE, build_demo_batch, save_demo
from influscope.demo.plans import NEW_MARKET
from influscope.store import schema
from influscope.vocabulary import CostKind, Format, Metric, Platform, Provenance

KPIS = {
    "posts",
    "reach",
    "impressions",
    "views",
    "engagements",
    "engagement_rate_reach",
    "cost_per_mille",
    "cost_per_engagement",
}
FORMATS = {
    Platform.INSTAGRAM: {Format.POST, Format.CAROUSEL, Format.REEL, Format.STORY},
    Platform.TIKTOK: {Format.VIDEO},
    Platform.YOUTUBE: {Format.VIDEO, Format.SHORT},
    Platform.FACEBOOK: {Format.POST, Format.VIDEO},
    Platform.X: {Format.TWEET},
}
# The counters each platform exposes (kpi-methods §1.2), plus link clicks where counted.
METRICS = {
    Platform.INSTAGRAM: {"reach", "views", "likes", "comments", "shares", "saves", "clicks"},
    Platform.TIKTOK: {"views", "likes", "comments", "shares", "saves"},
    Platform.YOUTUBE: {"views", "likes", "comments"},
    Platform.FACEBOOK: {"reach", "impressions", "likes", "comments", "shares", "clicks"},
    Platform.X: {"impressions", "likes", "shares", "comments", "saves", "clicks"},
}
URLS = {
    (Platform.INSTAGRAM, Format.POST): r"https://www\.instagram\.com/p/[\w-]{11}/",
    (Platform.INSTAGRAM, Format.CAROUSEL): r"https://www\.instagram\.com/p/[\w-]{11}/",
    (Platform.INSTAGRAM, Format.REEL): r"https://www\.instagram\.com/reel/[\w-]{11}/",
    (Platform.TIKTOK, Format.VIDEO): r"https://www\.tiktok\.com/@<handle>/video/<id>",
    (Platform.YOUTUBE, Format.VIDEO): r"https://www\.youtube\.com/watch\?v=<id>",
    (Platform.YOUTUBE, Format.SHORT): r"https://www\.youtube\.com/shorts/<id>",
    (Platform.FACEBOOK, Format.POST): r"https://www\.facebook\.com/<handle>/posts/\d+",
    (Platform.FACEBOOK, Format.VIDEO): r"https://www\.facebook\.com/<handle>/videos/\d+/",
    (Platform.X, Format.TWEET): r"https://x\.com/<handle>/status/<id>",
}
IDS = {
    Platform.INSTAGRAM: r"\d{17}",
    Platform.TIKTOK: r"\d{19}",
    Platform.YOUTUBE: r"[\w-]{11}",
    Platform.FACEBOOK: r"\d{15}_\d{18}",
    Platform.X: r"\d{19}",
}
PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture(scope="module")
def batch():
    return build_demo_batch()


def tier(followers: int) -> str:
    for name, ceiling in (("nano", 10_000), ("micro", 50_000), ("mid", 500_000)):
        if followers < ceiling:
            return name
    return "macro" if followers < 1_000_000 else "mega"


def test_two_builds_are_equal_and_the_seed_changes_them(batch):
    assert build_demo_batch() == batch
    assert build_demo_batch(seed=7).metrics != batch.metrics


def test_the_batch_does_not_depend_on_hash_randomisation(batch):
    code = (
        "import hashlib; from influscope.demo import build_demo_batch; "
        "print(hashlib.sha256(repr(build_demo_batch()).encode()).hexdigest())"
    )
    digests = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": hash_seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        for hash_seed in ("1", "2")
    }
    assert digests == {hashlib.sha256(repr(batch).encode()).hexdigest()}


def test_building_leaves_the_global_random_state_alone():
    random.seed(1)
    before = random.getstate()
    build_demo_batch()
    assert random.getstate() == before


def test_the_size_stays_moderate(batch):
    assert 300 <= len(batch.posts) <= 800
    assert len(batch.metrics) < 30_000


def test_campaigns_have_distinct_objectives_and_a_full_brief(batch):
    assert len(batch.campaigns) >= 3
    assert len({c.objectives for c in batch.campaigns}) == len(batch.campaigns)
    objectives = {o for c in batch.campaigns for o in c.objectives}
    assert {
        "product_promotion",
        "awareness",
        "sales",
        "new_market",
        "follower_growth",
    } <= objectives
    for c in batch.campaigns:
        assert c.start_date.year == c.end_date.year == 2026
        assert c.start_date < c.end_date
        assert (c.currency, c.time_zone) == ("EUR", "Europe/Paris")
        assert c.budget > 0
        assert c.hashtags
        assert 2 <= len(c.key_messages) <= 3


def test_at_least_thirty_creators_with_contacts_on_example_domains(batch):
    creators = [i for i in batch.influencers if not i.is_brand]
    assert len(creators) >= 30
    assert len({i.name for i in batch.influencers}) == len(batch.influencers)
    for influencer in creators:
        assert re.fullmatch(r"[\w.+]+@example\.(com|org)", influencer.contact)
        assert influencer.categories
        assert influencer.age or influencer.age_range
    accounts = Counter(a.influencer for a in batch.accounts)
    assert set(accounts) == {i.name for i in batch.influencers}
    assert max(accounts.values()) == 2


def test_accounts_cover_every_tier_and_every_platform(batch):
    first = {}
    for f in sorted(batch.followers, key=lambda f: f.captured_at):
        first.setdefault((f.platform, f.handle), f.followers)
    assert {tier(n) for n in first.values()} == {"nano", "micro", "mid", "macro", "mega"}
    assert {a.platform for a in batch.accounts} == set(Platform)
    assert set(first) == {(a.platform, a.handle) for a in batch.accounts}


def test_follower_counts_grow_slowly_and_stay_in_their_tier(batch):
    series = defaultdict(list)
    for f in sorted(batch.followers, key=lambda f: f.captured_at):
        series[f.platform, f.handle].append(f.followers)
    for counts in series.values():
        assert len(counts) >= 12
        assert 1.0 < counts[-1] / counts[0] < 1.5
        assert tier(counts[0]) == tier(counts[-1])


def test_posts_fit_their_platform_and_campaign(batch):
    campaigns = {c.name: c for c in batch.campaigns}
    for post in batch.posts:
        assert post.format in FORMATS[post.platform]
        assert post.published_at.tzinfo is not None
        if post.campaign:
            campaign = campaigns[post.campaign]
            day = post.published_at.astimezone(PARIS).date()
            assert campaign.start_date <= day <= campaign.end_date, post
    assert {p.platform for p in batch.posts if p.campaign} == set(Platform)
    assert len({(p.platform, p.post_key) for p in batch.posts}) == len(batch.posts)


def test_post_ids_and_urls_have_each_platforms_real_shape(batch):
    for post in batch.posts:
        assert re.fullmatch(IDS[post.platform], post.platform_post_id), post.platform_post_id
        if post.format is Format.STORY:
            assert post.url is None
            continue
        pattern = (
            URLS[post.platform, post.format]
            .replace("<handle>", re.escape(post.handle))
            .replace("<id>", re.escape(post.platform_post_id))
        )
        assert re.fullmatch(pattern, post.url), post.url


def test_sponsored_captions_carry_the_campaign_tags_and_mostly_the_legal_mention(batch):
    campaigns = {c.name: c for c in batch.campaigns}
    mentions = ("#publicité", "Collaboration commerciale", "Anzeige", "#werbung", "Publicidad")
    mentions += ("#publi", "#ad", "Paid partnership")
    sponsored = [p for p in batch.posts if p.sponsored]
    disclosed = [p for p in sponsored if any(m in p.caption for m in mentions)]
    assert 0.8 < len(disclosed) / len(sponsored) < 1
    for post in sponsored:
        assert set(post.hashtags) & set(campaigns[post.campaign].hashtags)
        assert "maisonlumiere" in post.mentions
        assert all(f"#{tag}" in post.caption for tag in post.hashtags)
    messages = [m for c in batch.campaigns for m in c.key_messages]
    assert any(m in p.caption for p in sponsored for m in messages)
    for language, phrases in NEW_MARKET.phrases.items():
        lines = phrases.hooks + phrases.bodies + phrases.stories
        assert any(line in p.caption for p in sponsored for line in lines), language
    assert any(not p.sponsored and p.campaign for p in batch.posts)
    assert any(p.campaign is None for p in batch.posts)


def test_metric_snapshots_grow_over_time_per_post_metric_and_source(batch):
    published = {(p.platform, p.post_key): p.published_at for p in batch.posts}
    series = defaultdict(list)
    for m in batch.metrics:
        assert m.captured_at > published[m.platform, m.post_key]
        assert m.value >= 0 and m.value == int(m.value)
        series[m.platform, m.post_key, m.metric, m.source].append((m.captured_at, m.value))
    assert len(series) == len({k[:3] for k in series})  # one source per counter
    grew = 0
    for snapshots in series.values():
        values = [v for _, v in sorted(snapshots)]
        assert values == sorted(values)
        grew += values[-1] > values[0]
    assert grew > len(series) / 2


def test_each_platform_reports_only_the_counters_it_exposes(batch):
    platforms = {(p.platform, p.post_key): p.platform for p in batch.posts}
    seen = defaultdict(set)
    for m in batch.metrics:
        seen[platforms[m.platform, m.post_key]].add(str(m.metric))
    for platform, metrics in seen.items():
        assert metrics <= METRICS[platform]
    assert all("clicks" in seen[p] for p in (Platform.INSTAGRAM, Platform.FACEBOOK, Platform.X))


def test_metrics_are_mostly_measured_with_some_self_reported_and_estimated(batch):
    provenance = Counter(m.provenance for m in batch.metrics)
    assert provenance[Provenance.MEASURED] > 0.8 * len(batch.metrics)
    assert provenance[Provenance.SELF_REPORTED] > 0
    assert provenance[Provenance.ESTIMATED] > 0
    sources = {m.source for m in batch.metrics if m.provenance is Provenance.MEASURED}
    assert {"instagram_graph_api", "youtube_data_api"} <= sources
    assert {m.source for m in batch.metrics if m.provenance is Provenance.SELF_REPORTED} == {
        "workbook"
    }


def test_engagement_is_in_line_with_tier_benchmarks(batch):
    """Instagram feed posts: (likes + comments) / followers between 0.3 % and 15 %."""
    followers = {}
    for f in sorted(batch.followers, key=lambda f: f.captured_at):
        followers.setdefault((f.platform, f.handle), f.followers)
    final = {}
    for m in sorted(batch.metrics, key=lambda m: m.captured_at):
        final[m.platform, m.post_key, m.metric] = m.value
    rates = []
    for p in batch.posts:
        if p.platform is Platform.INSTAGRAM and p.format is not Format.STORY:
            likes = final.get((p.platform, p.post_key, Metric.LIKES))
            if likes is not None:
                comments = final[p.platform, p.post_key, Metric.COMMENTS]
                rates.append((likes + comments) / followers[p.platform, p.handle])
    rates.sort()
    assert 0.003 < rates[len(rates) // 2] < 0.05
    assert rates[0] > 0.001 and rates[-1] < 0.3


def test_costs_include_fees_gifts_agency_and_boosts_and_stay_near_budget(batch):
    for campaign in batch.campaigns:
        costs = [c for c in batch.costs if c.campaign == campaign.name]
        kinds = {c.kind for c in costs}
        assert {CostKind.FEE, CostKind.PRODUCT, CostKind.SHIPPING, CostKind.AGENCY} <= kinds
        assert CostKind.BOOST in kinds
        total = sum(c.amount for c in costs)
        assert Decimal("0.8") * campaign.budget < total < Decimal("1.1") * campaign.budget
        assert all(c.amount > 0 and c.currency == "EUR" for c in costs)
    keys = [(c.campaign, c.influencer, c.kind, c.incurred_on, c.description) for c in batch.costs]
    assert len(set(keys)) == len(keys)


def test_each_campaign_has_three_to_six_targets_in_their_kpis_units(batch):
    catalogue = built_in_catalogue()
    for campaign in batch.campaigns:
        targets = {t.kpi: t.value for t in batch.targets if t.campaign == campaign.name}
        assert 3 <= len(targets) <= 6
        assert set(targets) <= KPIS
        for kpi, value in targets.items():
            assert value > 0
            if catalogue.get_or_raise(kpi).unit is Unit.PERCENT:
                assert 1 <= value <= 100  # in percent, as the workbook takes them: 4 % is 4


def test_save_demo_writes_every_record_and_saving_again_changes_nothing(engine):
    batch = build_demo_batch()
    first = save_demo(engine)
    expected = {
        "campaign": len(batch.campaigns),
        "influencer": len(batch.influencers),
        "account": len(batch.accounts),
        "follower_snapshot": len(batch.followers),
        "post": len(batch.posts),
        "metric_snapshot": len(batch.metrics),
        "cost": len(batch.costs),
        "roster": len(batch.roster),
        "exchange_rate": len(batch.exchange_rates),
        "mention": len(batch.mentions),
        "indicator_value": len(batch.indicators),
        "target": len(batch.targets),
    }
    assert {table: c["inserted"] for table, c in first.counts.items()} == expected
    with engine.connect() as conn:
        workspaces = conn.execute(sa.select(schema.workspace.c.name)).scalars().all()
        posts = conn.execute(sa.select(sa.func.count()).select_from(schema.post)).scalar_one()
    assert workspaces == [DEMO_WORKSPACE]
    assert posts == len(batch.posts)

    second = save_demo(engine)
    assert second.changed == 0
    assert sum(c["unchanged"] for c in second.counts.values()) == sum(expected.values())

"""`save_batch`: the same import twice changes nothing, corrections update, history is kept."""

import datetime as dt
from collections import Counter
from dataclasses import replace
from decimal import Decimal

import pytest
import sqlalchemy as sa

from influscope.store import schema
from influscope.store.records import (
    AccountRecord,
    Batch,
    CampaignRecord,
    CostRecord,
    FollowerRecord,
    InfluencerRecord,
    MetricRecord,
    PostRecord,
    TargetRecord,
    normalise_handle,
)
from influscope.store.writes import KnownKeys, SaveSummary, known_keys, save_batch
from influscope.vocabulary import CostKind, Format, Metric, Objective, Platform

WORKSPACE = "Maison Solène"
SPRING = "Printemps 2026 – Sérum Éclat"
LEA_REEL = "C4xQ2bTLk9P"
HUGO_VIDEO = "7345678901234567890"


def spring_launch() -> Batch:
    """What the agency's workbook for the spring launch holds, a week after the first posts."""
    week_one = dt.datetime(2026, 3, 17, 9, 0)
    return Batch(
        campaigns=[
            CampaignRecord(
                name=SPRING,
                start_date=dt.date(2026, 3, 1),
                end_date=dt.date(2026, 4, 30),
                currency="EUR",
                objectives=(Objective.AWARENESS, Objective.PRODUCT_PROMOTION),
                budget=Decimal("18000.00"),
                time_zone="Europe/Paris",
                hashtags=("#SerumEclat", "#MaisonSolene"),
                key_messages=("Vitamine C stabilisée", "Fabriqué à Lyon"),
            )
        ],
        influencers=[
            InfluencerRecord(
                name="Léa Martin",
                country="FR",
                language="fr",
                categories=("beauty", "skincare"),
                age_range="25-34",
                contact="lea@agence-lumiere.fr",
            ),
            InfluencerRecord(name="Hugo Bernard", country="BE", language="fr"),
        ],
        accounts=[
            AccountRecord(
                influencer="Léa Martin", platform=Platform.INSTAGRAM, handle="@Lea.Martin"
            ),
            AccountRecord(
                influencer="Hugo Bernard",
                platform=Platform.TIKTOK,
                handle="hugobernard",
                platform_id="6912345678901234567",
            ),
        ],
        followers=[
            FollowerRecord(
                platform=Platform.INSTAGRAM,
                handle="lea.martin",
                captured_at=dt.datetime(2026, 3, 1, 9, 0),
                followers=184_300,
            ),
            FollowerRecord(
                platform=Platform.TIKTOK,
                handle="hugobernard",
                captured_at=dt.datetime(2026, 3, 1, 9, 0),
                followers=412_900,
            ),
        ],
        posts=[
            PostRecord(
                platform=Platform.INSTAGRAM,
                handle="lea.martin",
                post_key=LEA_REEL,
                format=Format.REEL,
                published_at=dt.datetime(2026, 3, 10, 18, 30),
                campaign=SPRING,
                url=f"https://www.instagram.com/reel/{LEA_REEL}/",
                caption="Ma routine du soir avec le Sérum Éclat #SerumEclat @maisonsolene",
                hashtags=("SerumEclat",),
                mentions=("maisonsolene",),
                sponsored=True,
            ),
            PostRecord(
                platform=Platform.TIKTOK,
                handle="hugobernard",
                post_key=HUGO_VIDEO,
                format=Format.VIDEO,
                published_at=dt.datetime(2026, 3, 12, 12, 0),
                campaign=SPRING,
                platform_post_id=HUGO_VIDEO,
                sponsored=True,
            ),
        ],
        metrics=[
            MetricRecord(Platform.INSTAGRAM, LEA_REEL, week_one, Metric.REACH, 52_410),
            MetricRecord(Platform.INSTAGRAM, LEA_REEL, week_one, Metric.LIKES, 3_874),
            MetricRecord(Platform.INSTAGRAM, LEA_REEL, week_one, Metric.COMMENTS, 212),
            MetricRecord(Platform.TIKTOK, HUGO_VIDEO, week_one, Metric.VIEWS, 268_000),
            MetricRecord(Platform.TIKTOK, HUGO_VIDEO, week_one, Metric.LIKES, 19_450),
            MetricRecord(Platform.TIKTOK, HUGO_VIDEO, week_one, Metric.SHARES, 1_020),
        ],
        costs=[
            CostRecord(
                campaign=SPRING,
                kind=CostKind.FEE,
                amount=Decimal("2500.00"),
                currency="EUR",
                incurred_on=dt.date(2026, 3, 10),
                influencer="Léa Martin",
                description="Reel + 3 stories",
            ),
            CostRecord(
                campaign=SPRING,
                kind=CostKind.FEE,
                amount=Decimal("4000.00"),
                currency="EUR",
                incurred_on=dt.date(2026, 3, 12),
                influencer="Hugo Bernard",
            ),
            # Campaign-wide: no influencer, the case a plain equality key would never match.
            CostRecord(
                campaign=SPRING,
                kind=CostKind.AGENCY,
                amount=Decimal("1800.00"),
                currency="EUR",
                incurred_on=dt.date(2026, 3, 31),
                description="Agence Lumière, gestion de campagne",
            ),
        ],
        targets=[
            TargetRecord(campaign=SPRING, kpi="impressions", value=1_500_000),
            TargetRecord(campaign=SPRING, kpi="cost_per_click", value=0.5),
        ],
    )


def save(engine: sa.Engine, batch: Batch) -> SaveSummary:
    with engine.begin() as conn:
        return save_batch(conn, workspace=WORKSPACE, batch=batch)


def contents(engine: sa.Engine) -> dict[str, list[tuple]]:
    """Every row of every table, in id order: what "the store is unchanged" compares."""
    with engine.connect() as conn:
        return {
            table.name: [tuple(row) for row in conn.execute(sa.select(table).order_by(table.c.id))]
            for table in schema.metadata.sorted_tables
        }


def row_counts(engine: sa.Engine) -> dict[str, int]:
    return {name: len(rows) for name, rows in contents(engine).items()}


def snapshots(engine: sa.Engine, post_key: str, metric: Metric) -> list[tuple]:
    m, p = schema.metric_snapshot, schema.post
    query = (
        sa.select(m.c.captured_at, m.c.value)
        .join(p)
        .where(p.c.post_key == post_key, m.c.metric == str(metric))
        .order_by(m.c.captured_at)
    )
    with engine.connect() as conn:
        return [tuple(row) for row in conn.execute(query)]


def test_saving_the_same_batch_twice_inserts_each_row_once(engine):
    first = save(engine, spring_launch())
    stored = contents(engine)

    second = save(engine, spring_launch())

    assert first.changed == 20
    assert second.changed == 0
    assert contents(engine) == stored
    written = {table: count for table, count in row_counts(engine).items() if count}
    assert written == {
        "workspace": 1,
        "campaign": 1,
        "influencer": 2,
        "account": 2,
        "follower_snapshot": 2,
        "post": 2,
        "metric_snapshot": 6,
        "cost": 3,
        "target": 2,
    }


def test_a_corrected_metric_value_updates_its_row(engine):
    batch = spring_launch()
    save(engine, batch)
    reach = batch.metrics[0]

    summary = save(engine, Batch(metrics=[replace(reach, value=52_980)]))

    assert summary.counts["metric_snapshot"] == Counter(updated=1)
    assert snapshots(engine, LEA_REEL, Metric.REACH) == [(reach.captured_at, 52_980.0)]
    assert row_counts(engine)["metric_snapshot"] == 6


def test_a_corrected_cost_amount_updates_its_row(engine):
    batch = spring_launch()
    save(engine, batch)

    summary = save(engine, Batch(costs=[replace(batch.costs[0], amount=Decimal("2750.00"))]))

    assert summary.counts["cost"] == Counter(updated=1)
    with engine.connect() as conn:
        amounts = conn.execute(
            sa.select(schema.cost.c.description, schema.cost.c.amount).order_by(schema.cost.c.id)
        ).all()
    assert [tuple(row) for row in amounts] == [
        ("Reel + 3 stories", Decimal("2750.00")),
        ("", Decimal("4000.00")),
        ("Agence Lumière, gestion de campagne", Decimal("1800.00")),
    ]


def test_a_later_metric_snapshot_is_kept_beside_the_earlier_one(engine):
    batch = spring_launch()
    save(engine, batch)
    week_two = dt.datetime(2026, 3, 24, 9, 0)

    summary = save(
        engine, Batch(metrics=[replace(batch.metrics[0], captured_at=week_two, value=61_200)])
    )

    assert summary.counts["metric_snapshot"] == Counter(inserted=1)
    assert snapshots(engine, LEA_REEL, Metric.REACH) == [
        (dt.datetime(2026, 3, 17, 9, 0), 52_410.0),
        (week_two, 61_200.0),
    ]


def test_a_naive_publication_time_is_read_in_the_campaign_time_zone(engine):
    batch = spring_launch()
    # Half past midnight in Paris (UTC+1 until the end of March) is still the 4th in UTC.
    batch.posts[0] = replace(batch.posts[0], published_at=dt.datetime(2026, 3, 5, 0, 30))

    save(engine, batch)

    p = schema.post
    with engine.connect() as conn:
        stored = conn.execute(
            sa.select(p.c.published_at, p.c.published_on).where(p.c.post_key == LEA_REEL)
        ).one()
    assert tuple(stored) == (dt.datetime(2026, 3, 4, 23, 30), dt.date(2026, 3, 5))


def test_a_corrected_campaign_budget_updates_its_row(engine):
    batch = spring_launch()
    save(engine, batch)

    summary = save(
        engine, Batch(campaigns=[replace(batch.campaigns[0], budget=Decimal("20000.00"))])
    )

    assert summary.counts["campaign"] == Counter(updated=1)
    with engine.connect() as conn:
        budgets = conn.execute(sa.select(schema.campaign.c.name, schema.campaign.c.budget)).all()
    assert [tuple(row) for row in budgets] == [(SPRING, Decimal("20000.00"))]


def test_a_failure_mid_batch_leaves_the_store_unchanged(engine):
    save(engine, spring_launch())
    before = contents(engine)
    # The new campaign and influencer are written before the account's reference fails.
    broken = Batch(
        campaigns=[
            CampaignRecord(
                name="Été 2026 – Solaire",
                start_date=dt.date(2026, 6, 1),
                end_date=dt.date(2026, 8, 31),
                currency="EUR",
                time_zone="Europe/Paris",
            )
        ],
        influencers=[InfluencerRecord(name="Inès Robert", country="FR")],
        accounts=[
            AccountRecord(influencer="Camille Petit", platform=Platform.INSTAGRAM, handle="camille")
        ],
    )

    with pytest.raises(KeyError, match="Camille Petit"), engine.begin() as conn:
        save_batch(conn, workspace=WORKSPACE, batch=broken)

    assert contents(engine) == before


def test_large_counts_and_fractional_targets_are_stored_exactly(engine):
    batch = spring_launch()
    views = batch.metrics[3]
    batch.metrics[3] = replace(views, value=23_456_789)
    batch.targets.append(TargetRecord(campaign=SPRING, kpi="engagement_rate_reach", value=0.035))
    save(engine, batch)

    again = save(engine, batch)

    assert snapshots(engine, HUGO_VIDEO, Metric.VIEWS) == [(views.captured_at, 23_456_789.0)]
    assert again.changed == 0


@pytest.mark.parametrize("value", [12.5, -1, 2**53])
def test_a_counter_that_is_not_a_count_is_refused_before_the_store(value):
    with pytest.raises(ValueError, match=r"views of post C1 is .*, not a count"):
        MetricRecord(Platform.INSTAGRAM, "C1", dt.datetime(2026, 3, 6), Metric.VIEWS, value)


def test_known_keys_lists_what_the_workspace_already_holds(engine):
    save(engine, spring_launch())

    with engine.connect() as conn:
        known = known_keys(conn, workspace=WORKSPACE)
        elsewhere = known_keys(conn, workspace="Another brand")

    assert known.campaigns == {SPRING}
    assert {handle for _, handle in known.accounts} == {
        normalise_handle(a.handle) for a in spring_launch().accounts
    }
    assert len(known.posts) == len(spring_launch().posts)
    assert elsewhere == KnownKeys(frozenset(), frozenset(), frozenset(), frozenset())


def test_a_handle_given_to_another_influencer_moves_with_its_history(engine):
    batch = spring_launch()
    save(engine, batch)
    account = batch.accounts[0]
    newcomer = InfluencerRecord(name="Agence Lumière", country="FR")

    save(
        engine, Batch(influencers=[newcomer], accounts=[replace(account, influencer=newcomer.name)])
    )

    a, i = schema.account, schema.influencer
    with engine.connect() as conn:
        owners = (
            conn.execute(
                sa.select(i.c.name)
                .select_from(a.join(i))
                .where(a.c.handle == normalise_handle(account.handle))
            )
            .scalars()
            .all()
        )
    assert owners == ["Agence Lumière"]
    assert row_counts(engine)["account"] == len(batch.accounts)

"""A counter's value is its latest snapshot's, and so is its provenance, when a post's snapshots
mix measured and typed-in figures. The engine carries the provenance inside the value it takes,
which the largest count the store keeps must survive."""

import datetime as dt

import sqlalchemy as sa

from influscope.engines.evaluate import evaluate_kpis
from influscope.store import schema
from influscope.store.records import (
    LARGEST_COUNT,
    AccountRecord,
    Batch,
    CampaignRecord,
    InfluencerRecord,
    PostRecord,
)
from influscope.store.writes import save_batch
from influscope.vocabulary import Format

from .scenario import IG, MEASURED, TYPED, snapshots

MARCH_6, MARCH_8 = dt.datetime(2026, 3, 6, 9), dt.datetime(2026, 3, 8, 9)


def _save_campaign(engine, metrics: list) -> None:
    """Sacha's reel (R1) and story (S1), with `metrics`."""
    batch = Batch(
        campaigns=[
            CampaignRecord(
                name="Rentrée Mate",
                start_date=dt.date(2026, 3, 1),
                end_date=dt.date(2026, 3, 31),
                currency="EUR",
            )
        ],
        influencers=[InfluencerRecord(name="Sacha Petit", country="FR", language="fr")],
        accounts=[AccountRecord(influencer="Sacha Petit", platform=IG, handle="@sacha.mate")],
        posts=[
            PostRecord(
                IG, "sacha.mate", "R1", Format.REEL, dt.datetime(2026, 3, 5, 18), "Rentrée Mate"
            ),
            PostRecord(
                IG, "sacha.mate", "S1", Format.STORY, dt.datetime(2026, 3, 5, 19), "Rentrée Mate"
            ),
        ],
        metrics=metrics,
    )
    with engine.begin() as conn:
        save_batch(conn, workspace="Maison Mate", batch=batch)


def _save_mixed_campaign(engine) -> None:
    """Sacha's reel: likes measured then typed in, reach typed in then measured, views typed in
    only. Sacha's story: measured only."""
    _save_campaign(
        engine,
        [
            *snapshots(IG, "R1", MARCH_6, MEASURED, likes=300),
            *snapshots(IG, "R1", MARCH_6, TYPED, reach=4_000, views=9_000),
            *snapshots(IG, "R1", MARCH_8, TYPED, likes=350),
            *snapshots(IG, "R1", MARCH_8, MEASURED, reach=5_200),
            *snapshots(IG, "S1", MARCH_6, MEASURED, likes=40, views=1_000),
        ],
    )


def _kpis(engine, as_of=None) -> tuple[dict, dict]:
    table = evaluate_kpis(engine, kpi_ids=["likes", "reach", "views"], as_of=as_of)
    (row,), (provenance,) = table.rows, table.provenance
    return row, provenance


def test_each_counter_takes_the_provenance_of_its_latest_snapshot(engine):
    _save_mixed_campaign(engine)
    row, provenance = _kpis(engine)
    assert row == {"likes": 350 + 40, "reach": 5_200, "views": 9_000 + 1_000}
    # The typed-in 4,000 reach was replaced by a measured figure: the reach is measured.
    assert provenance == {"likes": "self_reported", "reach": "measured", "views": "self_reported"}


def test_as_of_a_past_day_takes_the_provenance_of_the_snapshots_of_then(engine):
    _save_mixed_campaign(engine)
    row, provenance = _kpis(engine, as_of=dt.datetime(2026, 3, 7))
    assert row == {"likes": 300 + 40, "reach": 4_000, "views": 9_000 + 1_000}
    assert provenance == {"likes": "measured", "reach": "self_reported", "views": "self_reported"}


def test_the_largest_count_keeps_its_exact_value_and_provenance(engine):
    _save_campaign(
        engine,
        [
            *snapshots(IG, "R1", MARCH_6, MEASURED, views=LARGEST_COUNT - 1),
            *snapshots(IG, "R1", MARCH_8, TYPED, views=LARGEST_COUNT, reach=LARGEST_COUNT - 3),
        ],
    )
    row, provenance = _kpis(engine)
    assert row == {"likes": None, "reach": LARGEST_COUNT - 3, "views": LARGEST_COUNT}
    assert provenance == {"likes": None, "reach": "self_reported", "views": "self_reported"}


def test_a_fraction_stored_before_counts_were_whole_keeps_its_provenance(engine):
    _save_campaign(engine, snapshots(IG, "S1", MARCH_6, MEASURED, views=1_000))
    with engine.begin() as conn:
        post_id = conn.execute(sa.select(schema.post.c.id).where(schema.post.c.post_key == "R1"))
        conn.execute(
            schema.metric_snapshot.insert().values(
                post_id=post_id.scalar_one(),
                captured_at=MARCH_8,
                metric="likes",
                value=10.75,
                source="portal",
                provenance="self_reported",
            )
        )
    row, provenance = _kpis(engine)
    assert row == {"likes": 11, "reach": None, "views": 1_000}
    assert provenance == {"likes": "self_reported", "reach": None, "views": "measured"}

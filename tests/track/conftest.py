"""A small brand with campaigns, creators, accounts and a post, on every engine, and a real
redirector process to click through."""

import datetime as dt

import pytest
import sqlalchemy as sa

from influscope.store import schema
from influscope.store.records import (
    AccountRecord,
    Batch,
    CampaignRecord,
    InfluencerRecord,
    PostRecord,
)
from influscope.store.writes import save_batch
from influscope.vocabulary import Format, Platform

WORKSPACE = "Maison Solène"
CAMPAIGN = "Lancement Sérum Éclat"
REEL_URL = "https://www.instagram.com/reel/C8xYz12AbCd"


def brand_batch() -> Batch:
    return Batch(
        campaigns=[
            CampaignRecord(CAMPAIGN, dt.date(2026, 3, 1), dt.date(2026, 3, 31), "EUR"),
            CampaignRecord("Soldes d'été 2026", dt.date(2026, 6, 24), dt.date(2026, 7, 21), "EUR"),
        ],
        influencers=[InfluencerRecord("Léa Voyage"), InfluencerRecord("Hugo Cuisine")],
        accounts=[
            AccountRecord("Léa Voyage", Platform.INSTAGRAM, "lea.voyage"),
            AccountRecord("Léa Voyage", Platform.TIKTOK, "leavoyage"),
            AccountRecord("Hugo Cuisine", Platform.YOUTUBE, "hugocuisine"),
        ],
        posts=[
            PostRecord(
                Platform.INSTAGRAM,
                "lea.voyage",
                REEL_URL,
                Format.REEL,
                dt.datetime(2026, 3, 4, 18, 30),
                campaign=CAMPAIGN,
                url=REEL_URL,
            )
        ],
    )


@pytest.fixture
def brand(engine) -> sa.Engine:
    """The store with the brand saved; returns the engine."""
    with engine.begin() as conn:
        save_batch(conn, workspace=WORKSPACE, batch=brand_batch())
    return engine


def ids(conn: sa.Connection) -> dict[str, int]:
    """Ids by name: workspace, campaigns, influencers, the post."""
    found = {"workspace": conn.execute(sa.select(schema.workspace.c.id)).scalar_one()}
    for table in (schema.campaign, schema.influencer):
        found |= dict(conn.execute(sa.select(table.c.name, table.c.id)).all())
    found["reel"] = conn.execute(sa.select(schema.post.c.id)).scalar_one()
    return found

"""Web sessions get their campaign and influencer from the UTMs of the convention."""

import datetime as dt

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
from influscope.track.matching import landing_parameters, match_web_traffic
from influscope.vocabulary import Format, Platform
from tests.track.test_attribution_run import session


def _seed(engine) -> dict[str, int]:
    batch = Batch(
        campaigns=[
            CampaignRecord("Printemps Éclat", dt.date(2026, 3, 2), dt.date(2026, 3, 29), "EUR"),
            CampaignRecord("Noël 2026", dt.date(2026, 12, 1), dt.date(2026, 12, 24), "EUR"),
        ],
        influencers=[InfluencerRecord("Léa Martin"), InfluencerRecord("Tom Weber")],
        accounts=[
            AccountRecord("Léa Martin", Platform.INSTAGRAM, "lea.voyage"),
            AccountRecord("Tom Weber", Platform.YOUTUBE, "TomKocht"),
            # The same handle on two platforms belongs to two people.
            AccountRecord("Léa Martin", Platform.TIKTOK, "cuisine"),
            AccountRecord("Tom Weber", Platform.INSTAGRAM, "cuisine"),
        ],
        posts=[
            PostRecord(
                Platform.YOUTUBE,
                "TomKocht",
                "dQw4w9WgXcQ",
                Format.VIDEO,
                dt.datetime(2026, 3, 4, 18, 0),
                campaign="Printemps Éclat",
            )
        ],
    )
    with engine.begin() as conn:
        save_batch(conn, workspace="Maison Lumière", batch=batch)
        c, i = schema.campaign, schema.influencer
        ids = dict(conn.execute(sa.select(c.c.name, c.c.id)).all())
        ids |= dict(conn.execute(sa.select(i.c.name, i.c.id)).all())
        ids["workspace"] = conn.execute(sa.select(schema.workspace.c.id)).scalar_one()
    return ids


def _matched(engine) -> dict[str, tuple]:
    t = schema.commerce.web_traffic
    with engine.connect() as conn:
        rows = conn.execute(sa.select(t.c.row_key, t.c.campaign_id, t.c.influencer_id))
        return {row.row_key: (row.campaign_id, row.influencer_id) for row in rows}


def test_sessions_are_matched_by_campaign_id_or_slug_and_handle_case_insensitively(engine):
    ids = _seed(engine)
    spring, christmas = ids["Printemps Éclat"], ids["Noël 2026"]
    lea, tom = ids["Léa Martin"], ids["Tom Weber"]
    day = dt.date(2026, 3, 6)
    rows = [
        session(
            ids,
            "by-id",
            day,
            utm_source="instagram",
            utm_id=str(spring),
            utm_campaign="whatever",
            utm_content="lea.voyage",
        ),
        session(
            ids,
            "by-slug",
            day,
            utm_source="Instagram",
            utm_campaign="PRINTEMPS-ECLAT",
            utm_content="@Lea.Voyage",
        ),
        session(
            ids,
            "retyped-slug",
            day,
            utm_source="youtube",
            utm_campaign="Noël 2026",
            utm_content="tomkocht",
        ),
        session(
            ids,
            "unknown-source",
            day,
            utm_source="ig",
            utm_campaign="printemps-eclat",
            utm_content="lea.voyage",
        ),
        session(
            ids,
            "shared-handle",
            day,
            utm_source="linktree",
            utm_campaign="printemps-eclat",
            utm_content="cuisine",
        ),
        session(
            ids,
            "platform-settles-it",
            day,
            utm_source="tiktok",
            utm_campaign="printemps-eclat",
            utm_content="cuisine",
        ),
        session(ids, "post-key", day, utm_source="youtube", utm_content="dQw4w9WgXcQ"),
        session(ids, "id-of-nothing", day, utm_id="999", utm_campaign="soldes-hiver"),
        session(ids, "organic", day, utm_source="google", utm_medium="organic"),
        session(ids, "direct", day),
    ]
    with engine.begin() as conn:
        conn.execute(schema.commerce.web_traffic.insert(), rows)
        summary = match_web_traffic(conn, workspace_id=ids["workspace"])

    assert _matched(engine) == {
        "by-id": (spring, lea),
        "by-slug": (spring, lea),
        "retyped-slug": (christmas, tom),
        "unknown-source": (spring, lea),
        "shared-handle": (spring, None),
        "platform-settles-it": (spring, lea),
        "post-key": (spring, tom),
        "id-of-nothing": (None, None),
        "organic": (None, None),
        "direct": (None, None),
    }
    assert (summary.rows, summary.with_campaign, summary.with_influencer) == (9, 7, 6)


def test_matching_again_changes_nothing_and_a_corrected_handle_moves_the_session(engine):
    ids = _seed(engine)
    row = session(
        ids,
        "s1",
        dt.date(2026, 3, 6),
        utm_source="instagram",
        utm_campaign="printemps-eclat",
        utm_content="lea.voyage",
    )
    with engine.begin() as conn:
        conn.execute(schema.commerce.web_traffic.insert(), [row])
        assert match_web_traffic(conn, workspace_id=ids["workspace"]).changed == 1
        assert match_web_traffic(conn, workspace_id=ids["workspace"]).changed == 0
        # The account was Tom's all along: the correction reaches the session on the next match.
        a = schema.account
        conn.execute(
            a.update().where(a.c.handle == "lea.voyage").values(influencer_id=ids["Tom Weber"])
        )
        assert match_web_traffic(conn, workspace_id=ids["workspace"]).changed == 1
    assert _matched(engine)["s1"] == (ids["Printemps Éclat"], ids["Tom Weber"])


def test_the_utms_of_a_landing_page_are_read_from_its_query():
    assert landing_parameters(
        "/products/serum?UTM_Source=tiktok&utm_content=leavoyage&variant=4211&utm_medium="
    ) == {"utm_source": "tiktok", "utm_content": "leavoyage"}
    assert landing_parameters("https://maisonlumiere.fr/") == {}
    assert landing_parameters(None) == {}


def test_a_utm_given_twice_in_a_landing_keeps_the_links_own_which_comes_first():
    # Léa's link, clicked with Tom's UTMs appended by whoever shared it.
    landing = (
        "/products/serum?utm_source=instagram&utm_medium=influencer&utm_campaign=printemps-eclat"
        "&utm_content=lea.voyage&UTM_CONTENT=TomKocht&utm_source=youtube"
    )
    assert landing_parameters(landing) == {
        "utm_source": "instagram",
        "utm_medium": "influencer",
        "utm_campaign": "printemps-eclat",
        "utm_content": "lea.voyage",
    }

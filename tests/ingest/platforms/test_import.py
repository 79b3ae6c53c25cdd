import datetime as dt
import json

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from influscope.cli.main import app
from influscope.ingest.parse import parse_url
from influscope.ingest.platforms import import_platform_file, list_unmatched_posts
from influscope.ingest.problems import ImportFailed
from influscope.store import schema
from influscope.store.records import (
    AccountRecord,
    Batch,
    CampaignRecord,
    InfluencerRecord,
    PostRecord,
    RosterRecord,
)
from influscope.store.writes import save_batch
from influscope.vocabulary import Format, Platform, RosterStatus
from tests.ingest.platforms.samples import CAPTURED, FILES, SAMPLES

WORKSPACE = "Maison Lumière"


def _brand_and_campaign(engine, *, time_zone="Europe/Paris", start=dt.date(2025, 3, 4)):
    batch = Batch(
        campaigns=[
            CampaignRecord(
                name="Spring Glow",
                start_date=start,
                end_date=dt.date(2025, 3, 31),
                currency="EUR",
                time_zone=time_zone,
                hashtags=("#GlowLumiere",),
            )
        ],
        influencers=[
            InfluencerRecord(name="Clara Martin", country="FR"),
            InfluencerRecord(name="Maison Lumière", is_brand=True),
        ],
        accounts=[
            AccountRecord("Clara Martin", Platform.INSTAGRAM, "clara.voyage"),
            AccountRecord("Maison Lumière", Platform.INSTAGRAM, "maisonlumiere"),
        ],
        roster=[RosterRecord("Spring Glow", "Clara Martin", RosterStatus.ACTIVATED)],
    )
    with engine.begin() as conn:
        save_batch(conn, workspace=WORKSPACE, batch=batch)


def _import(engine, name, **options):
    return import_platform_file(
        engine, FILES[name], SAMPLES / name, workspace=WORKSPACE, captured_at=CAPTURED, **options
    )


def _counts(engine) -> dict[str, int]:
    tables = [
        schema.influencer,
        schema.account,
        schema.post,
        schema.metric_snapshot,
        schema.follower_snapshot,
        schema.sources.platform_series,
    ]
    with engine.connect() as conn:
        return {
            t.name: conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one()
            for t in tables
        }


def _campaign_of_posts(engine) -> dict[str, str | None]:
    p, c = schema.post, schema.campaign
    with engine.connect() as conn:
        rows = conn.execute(
            sa.select(p.c.post_key, c.c.name).select_from(p.outerjoin(c, c.c.id == p.c.campaign_id))
        )
        return {row.post_key: row.name for row in rows}


@pytest.mark.parametrize("name", sorted(FILES))
def test_reimporting_a_sample_changes_nothing(engine, name):
    first = _import(engine, name)
    assert first.added > 0
    before = _counts(engine)
    again = _import(engine, name)
    assert (again.added, again.updated) == (0, 0)
    assert _counts(engine) == before


def test_posts_match_the_campaign_by_roster_dates_in_its_time_zone_and_hashtag(engine):
    _brand_and_campaign(engine)
    result = _import(engine, "instagram_v21.json")
    assert _campaign_of_posts(engine) == {
        # 2025-03-03 23:30 UTC is 00:30 on the 4th in Paris, the campaign's first day.
        "18000000000000101": "Spring Glow",
        "18000000000000102": "Spring Glow",
        "18000000000000103": None,
        "18000000000000104": None,
    }
    reasons = {u.post_key: u.reason for u in result.unmatched}
    assert reasons == {
        "18000000000000103": "the caption has none of the campaign's hashtags and names no brand",
        "18000000000000104": "published outside every campaign's dates",
    }


def test_the_campaign_time_zone_decides_the_publication_day(engine):
    _brand_and_campaign(engine, time_zone="UTC")
    _import(engine, "instagram_v21.json")
    assert _campaign_of_posts(engine)["18000000000000101"] is None
    with engine.connect() as conn:
        day = conn.execute(
            sa.select(schema.post.c.published_on).where(
                schema.post.c.post_key == "18000000000000102"
            )
        ).scalar_one()
    assert day == dt.date(2025, 3, 5)


def test_a_post_matched_to_a_campaign_keeps_its_utc_publication_time(engine):
    _brand_and_campaign(engine)
    _import(engine, "instagram_v21.json")
    p = schema.post
    with engine.connect() as conn:
        stored = conn.execute(
            sa.select(p.c.published_at, p.c.published_on, p.c.campaign_id).where(
                p.c.post_key == "18000000000000101"
            )
        ).one()
    # "2025-03-03T23:30:00+0000" is 23:30 UTC, on the 4th in Paris: not shifted by Paris again.
    assert stored.campaign_id is not None
    assert (stored.published_at, stored.published_on) == (
        dt.datetime(2025, 3, 3, 23, 30),
        dt.date(2025, 3, 4),
    )


def test_unmatched_posts_are_kept_and_listed(engine):
    _brand_and_campaign(engine)
    _import(engine, "instagram_v21.json")
    with engine.connect() as conn:
        listed = list_unmatched_posts(conn, workspace=WORKSPACE)
    assert [u.post_key for u in listed] == ["18000000000000103", "18000000000000104"]


def test_an_account_already_known_keeps_its_creator_and_a_new_one_gets_its_handle(engine):
    _brand_and_campaign(engine)
    _import(engine, "instagram_v21.json")
    _import(engine, "tiktok_research.json")
    i, a = schema.influencer, schema.account
    with engine.connect() as conn:
        owners = dict(conn.execute(sa.select(a.c.handle, i.c.name).join(i)).all())
    assert owners["clara.voyage"] == "Clara Martin"
    assert owners["paul.runs"] == "@paul.runs"
    assert owners["ines.moves"] == "@ines.moves"


def test_old_and_new_api_versions_give_the_same_canonical_metrics(engine):
    _brand_and_campaign(engine)
    _import(engine, "instagram_v21.json")
    _import(engine, "instagram_v22.json")
    m, p = schema.metric_snapshot, schema.post
    with engine.connect() as conn:
        rows = conn.execute(
            sa.select(m.c.metric, m.c.source, m.c.value)
            .join(p)
            .where(p.c.post_key == "18000000000000102")
            .order_by(m.c.captured_at, m.c.metric)
        ).all()
    views = [(r.source, r.value) for r in rows if r.metric == "views"]
    assert views == [("instagram_graph_api v21.0", 91002), ("instagram_graph_api v22.0", 97310)]
    assert _counts(engine)["post"] == 4


def test_a_post_stored_from_the_workbook_by_url_keeps_its_key_and_campaign(engine):
    _brand_and_campaign(engine)
    url = "https://www.instagram.com/p/DAbc104/"
    with engine.begin() as conn:
        save_batch(
            conn,
            workspace=WORKSPACE,
            batch=Batch(
                posts=[
                    PostRecord(
                        platform=Platform.INSTAGRAM,
                        handle="clara.voyage",
                        post_key=url,
                        format=Format.CAROUSEL,
                        published_at=dt.datetime(2025, 2, 2, 11),
                        campaign="Spring Glow",
                        url=url,
                        sponsored=True,
                    )
                ]
            ),
        )
    _import(engine, "instagram_v21.json")
    posts = _campaign_of_posts(engine)
    assert posts[url] == "Spring Glow"
    assert "18000000000000104" not in posts
    assert len(posts) == 4


def test_a_post_the_workbook_keyed_by_its_tidied_url_is_not_stored_twice(engine):
    _brand_and_campaign(engine)
    # The workbook stores a pasted address tidied: without the API permalink's trailing '/'.
    url = parse_url("https://www.instagram.com/p/DAbc101/")
    post = PostRecord(
        platform=Platform.INSTAGRAM,
        handle="clara.voyage",
        post_key=url,
        format=Format.POST,
        published_at=dt.datetime(2025, 3, 4, 0, 30),
        campaign="Spring Glow",
        url=url,
        sponsored=True,
    )
    with engine.begin() as conn:
        save_batch(conn, workspace=WORKSPACE, batch=Batch(posts=[post]))
    _import(engine, "instagram_v21.json")
    posts = _campaign_of_posts(engine)
    assert posts[url] == "Spring Glow"
    assert "18000000000000101" not in posts
    assert len(posts) == 4


def test_a_facebook_permalink_naming_the_post_in_its_query_is_kept_whole(engine, tmp_path):
    permalink = (
        "https://www.facebook.com/permalink.php?story_fbid=900000000000011&id=104000000000001"
    )
    page = tmp_path / "facebook.json"
    page.write_text(
        (SAMPLES / "facebook_2025.json")
        .read_text()
        .replace("https://www.facebook.com/LeaEnCuisine/posts/900000000000011", permalink)
    )
    import_platform_file(engine, Platform.FACEBOOK, page, workspace=WORKSPACE, captured_at=CAPTURED)
    with engine.connect() as conn:
        assert conn.execute(sa.select(schema.post.c.url)).scalars().all() == [permalink]


def test_naming_the_campaign_vouches_for_a_creator_not_on_its_casting(engine):
    _brand_and_campaign(engine)
    result = _import(engine, "tiktok_research.json", campaign="Spring Glow")
    assert _campaign_of_posts(engine)["7480000000000000001"] == "Spring Glow"
    assert {u.post_key for u in result.unmatched} == {"7480000000000000777"}


def test_a_bad_file_is_refused_with_its_place_and_changes_nothing(engine, tmp_path):
    _brand_and_campaign(engine)
    document = json.loads((SAMPLES / "instagram_v21.json").read_text())
    document[1]["data"][1]["timestamp"] = "05/03/2025 17:02"
    document[3]["data"][0]["values"][0]["value"] = "lots"
    bad = tmp_path / "media.json"
    bad.write_text(json.dumps(document))
    before = _counts(engine)
    with pytest.raises(ImportFailed) as failure:
        import_platform_file(engine, Platform.INSTAGRAM, bad, workspace=WORKSPACE)
    assert [str(p) for p in failure.value.problems] == [
        f'{bad} › [1].data[1].timestamp: "05/03/2025 17:02" is not a date and time with its '
        "offset (2024-05-03T18:20:02+0000)",
        f'{bad} › [3].data[0].values[0].value: "lots" is not a whole number',
    ]
    assert _counts(engine) == before


def test_cli_import_prints_the_counts_and_the_unmatched_posts(store_url):
    result = CliRunner().invoke(
        app,
        [
            "import",
            "instagram",
            str(SAMPLES / "instagram_v21.json"),
            "--workspace",
            WORKSPACE,
            "--db",
            store_url,
        ],
    )
    assert result.exit_code == 0, result.output
    assert "metric_snapshot" in result.output
    assert "4 post(s) match no campaign" in result.output
    listed = CliRunner().invoke(
        app, ["unmatched-posts", "--workspace", WORKSPACE, "--db", store_url, "--format", "json"]
    )
    assert listed.exit_code == 0, listed.output
    assert len(json.loads(listed.output)) == 4


def test_cli_import_of_a_broken_file_exits_with_the_problem(store_url, tmp_path):
    broken = tmp_path / "x.json"
    broken.write_text('{"data": [')
    result = CliRunner().invoke(app, ["import", "x", str(broken), "--db", store_url])
    assert result.exit_code == 2
    assert "is not JSON" in result.output

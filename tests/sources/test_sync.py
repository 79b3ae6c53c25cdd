import datetime as dt

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from influscope.cli.main import app
from influscope.ingest.platforms import import_platform_file
from influscope.sources.config import ConfigError, load_sources
from influscope.sources.runner import run_sync, sync_lock
from influscope.store import database, migrate, schema
from influscope.store.records import (
    AccountRecord,
    Batch,
    CampaignRecord,
    InfluencerRecord,
    RosterRecord,
)
from influscope.store.writes import save_batch
from influscope.vocabulary import Platform, RosterStatus
from tests.sources.payloads import IG_USER, TOKEN, instagram_routes
from tests.sources.replay import ReplayServer, Reply

WORKSPACE = "Maison Lumière"
NOW = dt.datetime(2025, 3, 20, 5, 0)


def _campaign(engine, *, end=dt.date(2025, 3, 31)):
    with engine.begin() as conn:
        save_batch(
            conn,
            workspace=WORKSPACE,
            batch=Batch(
                campaigns=[
                    CampaignRecord(
                        "Spring Glow",
                        dt.date(2025, 3, 4),
                        end,
                        "EUR",
                        time_zone="Europe/Paris",
                        hashtags=("glowlumiere",),
                    )
                ],
                influencers=[InfluencerRecord("Clara Martin")],
                accounts=[AccountRecord("Clara Martin", Platform.INSTAGRAM, "clara.voyage")],
                roster=[RosterRecord("Spring Glow", "Clara Martin", RosterStatus.ACTIVATED)],
            ),
        )


def _config_file(tmp_path, server_url, *extra: str):
    path = tmp_path / "influscope-sources.toml"
    path.write_text(
        f"""
[[source]]
name = "clara-instagram"
platform = "instagram"
account = "{IG_USER}"
workspace = "{WORKSPACE}"
api_version = "v22.0"
base_url = "{server_url}"
token_env = "CLARA_IG_TOKEN"
"""
        + "\n".join(extra),
        encoding="utf-8",
    )
    return path


def _runs(engine):
    table = schema.sources.sync_run
    with engine.connect() as conn:
        return conn.execute(sa.select(table).order_by(table.c.id)).all()


def test_tokens_come_from_the_environment_and_never_show(tmp_path):
    path = _config_file(tmp_path, "http://127.0.0.1:9")
    [source] = load_sources(path, environ={"CLARA_IG_TOKEN": TOKEN})
    assert source.token == TOKEN
    assert TOKEN not in repr(source)
    with pytest.raises(ConfigError, match="set the environment variable CLARA_IG_TOKEN"):
        load_sources(path, environ={})


def test_a_bad_sources_file_names_the_entry(tmp_path):
    path = tmp_path / "s.toml"
    path.write_text('[[source]]\nname = "a"\nplatform = "myspace"\n')
    with pytest.raises(ConfigError, match="source 'a': platform is one of"):
        load_sources(path, environ={})


def test_sync_fetches_matches_and_records_the_run(engine, tmp_path):
    _campaign(engine)
    with ReplayServer({}) as server:
        server.routes.update(instagram_routes(server.url))
        [source] = load_sources(
            _config_file(tmp_path, server.url), environ={"CLARA_IG_TOKEN": TOKEN}
        )
        [run] = run_sync(engine, [source], sleep=lambda s: None, now=NOW)
        [again] = run_sync(engine, [source], sleep=lambda s: None, now=NOW)
    assert (run.status, again.status) == ("ok", "ok")
    assert run.rows_added > 0 and again.rows_added == 0 and again.rows_updated == 0
    recorded = _runs(engine)
    assert [(r.source, r.status, r.api_version) for r in recorded] == [
        ("clara-instagram", "ok", "instagram_graph_api v22.0")
    ] * 2
    assert recorded[0].rows_added == run.rows_added and recorded[0].finished_at is not None
    p, c = schema.post, schema.campaign
    with engine.connect() as conn:
        matched = dict(
            conn.execute(
                sa.select(p.c.post_key, c.c.name).select_from(
                    p.outerjoin(c, c.c.id == p.c.campaign_id)
                )
            ).all()
        )
    assert matched["18000000000000102"] == "Spring Glow"
    assert matched["18000000000000104"] is None


def _rows(engine) -> dict[str, set]:
    p, m, a = schema.post, schema.metric_snapshot, schema.account
    f, s = schema.follower_snapshot, schema.sources.platform_series
    with engine.connect() as conn:
        return {
            "posts": set(
                conn.execute(
                    sa.select(
                        a.c.handle,
                        p.c.post_key,
                        p.c.format,
                        p.c.published_at,
                        p.c.published_on,
                        p.c.caption,
                        p.c.hashtags,
                        p.c.url,
                    ).select_from(p.join(a))
                ).all()
            ),
            "metrics": set(
                conn.execute(
                    sa.select(
                        p.c.post_key,
                        m.c.metric,
                        m.c.value,
                        m.c.captured_at,
                        m.c.source,
                        m.c.provenance,
                    ).select_from(m.join(p))
                ).all()
            ),
            "followers": set(
                conn.execute(
                    sa.select(a.c.handle, f.c.followers, f.c.captured_at, f.c.source).select_from(
                        f.join(a)
                    )
                ).all()
            ),
            "series": set(
                conn.execute(
                    sa.select(s.c.post_key, s.c.metric, s.c.period, s.c.end_time, s.c.value)
                ).all()
            ),
        }


def test_a_saved_response_file_and_the_live_api_give_the_same_rows(engine, tmp_path):
    _campaign(engine)
    saved = tmp_path / "saved"
    with ReplayServer({}) as server:
        server.routes.update(instagram_routes(server.url))
        sources = load_sources(
            _config_file(tmp_path, server.url), environ={"CLARA_IG_TOKEN": TOKEN}
        )
        run_sync(engine, sources, save_to=saved, sleep=lambda s: None, now=NOW)
    [bundle] = saved.iterdir()
    assert TOKEN not in bundle.read_text()
    other_url = database.resolve_url(str(tmp_path / "from-file.duckdb"))
    other = database.create_engine(other_url)
    migrate.upgrade(other)
    _campaign(other)
    import_platform_file(other, Platform.INSTAGRAM, bundle, workspace=WORKSPACE)
    assert _rows(other) == _rows(engine)
    assert _rows(engine)["metrics"]
    other.dispose()


def test_sync_skips_a_workspace_without_an_active_campaign(engine, tmp_path):
    _campaign(engine, end=dt.date(2025, 3, 5))
    with ReplayServer({}) as server:
        sources = load_sources(
            _config_file(tmp_path, server.url), environ={"CLARA_IG_TOKEN": TOKEN}
        )
        [run] = run_sync(engine, sources, now=dt.datetime(2025, 6, 1))
    assert run.status == "skipped"
    assert server.seen == []
    assert _runs(engine)[0].status == "skipped"


def test_cli_sync_records_failures_exits_non_zero_and_never_prints_the_token(
    store_url, tmp_path, monkeypatch
):
    engine = database.create_engine(store_url)
    _campaign(engine, end=dt.date.today() + dt.timedelta(days=10))
    expired = {
        "error": {
            "message": "Error validating access token: Session has expired",
            "type": "OAuthException",
            "code": 190,
        }
    }
    with ReplayServer({}) as server:
        server.routes.update(instagram_routes(server.url))
        server.routes["GET /v22.0/999"] = [Reply(expired, 400)]
        config = _config_file(
            tmp_path,
            server.url,
            f'[[source]]\nname = "old-page"\nplatform = "instagram"\naccount = "999"\n'
            f'workspace = "{WORKSPACE}"\nbase_url = "{server.url}"\n',
        )
        monkeypatch.setenv("CLARA_IG_TOKEN", TOKEN)
        monkeypatch.setenv("INFLUSCOPE_OLD_PAGE_TOKEN", TOKEN + "-old")
        result = CliRunner().invoke(app, ["sync", "--config", str(config), "--db", store_url])
    assert result.exit_code == 1, result.output
    assert TOKEN not in result.output
    assert "old-page failed" in result.output and "190" in result.output
    runs = {r.source: r for r in _runs(engine)}
    assert runs["clara-instagram"].status == "ok"
    assert runs["old-page"].status == "failed"
    assert "expired" in runs["old-page"].error and TOKEN not in runs["old-page"].error
    engine.dispose()


def test_a_second_sync_on_the_same_store_stops_at_once(store_url, tmp_path, monkeypatch):
    engine = database.create_engine(store_url)
    config = _config_file(tmp_path, "http://127.0.0.1:9")
    monkeypatch.setenv("CLARA_IG_TOKEN", TOKEN)
    with sync_lock(engine):
        result = CliRunner().invoke(
            app, ["sync", "--config", str(config), "--db", store_url, "--quiet"]
        )
    assert result.exit_code == 3
    assert "Another influscope sync is running" in result.output
    engine.dispose()

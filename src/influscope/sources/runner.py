"""`influscope sync`: every configured source, one after the other, each in its own
transaction and recorded in `sync_run` (rows added, updated, rejected, API, error).

Safe from cron: a lock file per store makes a second run exit at once instead of racing the
first; a failing source is recorded and the others still run; the caller exits non-zero when
any failed. Tokens stay in the clients' headers: no message or row ever holds one.
"""

import datetime as dt
import fcntl
import hashlib
import json
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from influscope.ingest.platforms import parse_responses, save_harvest
from influscope.ingest.platforms.reading import responses_from
from influscope.ingest.problems import ImportFailed
from influscope.sources import graph_clients, other_clients
from influscope.sources.config import SourceConfig
from influscope.sources.errors import SourceError
from influscope.store import schema
from influscope.store.writes import get_or_create_workspace
from influscope.vocabulary import Platform

# Counters keep growing after a campaign ends: its posts are still fetched for two weeks.
GRACE = dt.timedelta(days=14)


class SyncLocked(Exception):
    """Another sync holds the lock on this store."""


@dataclass
class SyncRun:
    source: str
    status: str
    rows_added: int = 0
    rows_updated: int = 0
    rows_rejected: int = 0
    api_version: str | None = None
    error: str | None = None


def fetch(
    config: SourceConfig, *, since: dt.datetime, sleep: Callable[[float], None] | None = None
) -> list[dict]:
    """The raw responses of one source since a moment (UTC, naive).

    The clients follow the documented shapes to find the next page or the next ids; an answer
    in another shape stops the source with a message, and `--save` keeps what was read."""
    try:
        return _fetch(config, since=since, sleep=sleep)
    except (TypeError, AttributeError, KeyError, IndexError, ValueError) as error:
        raise SourceError(
            f"{config.name}: the {config.platform} API answered in a shape Influscope does not "
            f"know ({type(error).__name__}: {error})."
        ) from None


def _fetch(config: SourceConfig, *, since: dt.datetime, sleep) -> list[dict]:
    if config.platform in (Platform.INSTAGRAM, Platform.FACEBOOK):
        fetcher = (
            graph_clients.fetch_instagram
            if config.platform is Platform.INSTAGRAM
            else graph_clients.fetch_facebook
        )
        with graph_clients.open_graph(config, sleep=sleep) as api:
            return fetcher(config, api, since=since)
    if config.platform is Platform.YOUTUBE:
        data, analytics = other_clients.open_youtube(config, sleep=sleep)
        with data, analytics:
            return other_clients.fetch_youtube(config, (data, analytics), since=since)
    if config.platform is Platform.TIKTOK:
        with other_clients.open_tiktok(config, sleep=sleep) as api:
            return other_clients.fetch_tiktok(config, api, since=since)
    with other_clients.open_x(config, sleep=sleep) as api:
        return other_clients.fetch_x(config, api, since=since)


@contextmanager
def sync_lock(engine: sa.Engine, folder: Path | None = None) -> Iterator[None]:
    key = hashlib.sha256(engine.url.render_as_string().encode()).hexdigest()[:16]
    path = Path(folder or tempfile.gettempdir()) / f"influscope-sync-{key}.lock"
    with path.open("a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise SyncLocked(
                f"Another influscope sync is running on this store (lock {path}); "
                "this run stops without fetching."
            ) from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def run_sync(
    engine: sa.Engine,
    sources: list[SourceConfig],
    *,
    save_to: Path | None = None,
    on_done: Callable[[SyncRun], None] = lambda run: None,
    sleep: Callable[[float], None] | None = None,
    now: dt.datetime | None = None,
    lock_folder: Path | None = None,
) -> list[SyncRun]:
    runs = []
    with sync_lock(engine, lock_folder):
        for config in sources:
            run = _run_one(engine, config, save_to=save_to, sleep=sleep, now=now)
            runs.append(run)
            on_done(run)
    return runs


def _run_one(engine, config: SourceConfig, *, save_to, sleep, now) -> SyncRun:
    started = (now or dt.datetime.now(dt.UTC)).replace(tzinfo=None, microsecond=0)
    table = schema.sources.sync_run
    with engine.begin() as conn:
        workspace_id = get_or_create_workspace(conn, name=config.workspace)
        run_id = conn.execute(
            table.insert()
            .values(
                workspace_id=workspace_id,
                source=config.name,
                platform=str(config.platform),
                api_version=config.api_version,
                started_at=started,
                status="running",
            )
            .returning(table.c.id)
        ).scalar_one()
        since = _since(conn, workspace_id, started.date(), config.lookback_days)
    run = SyncRun(source=config.name, status="ok", api_version=config.api_version)
    if since is None:
        run.status = "skipped"
        run.error = "no active campaign in this workspace"
    else:
        try:
            _fetch_and_save(
                engine, config, run, since=since, started=started, save_to=save_to, sleep=sleep
            )
        except ImportFailed as failure:
            run.status, run.rows_rejected = "failed", len(failure.problems)
            run.error = str(failure)
        except SourceError as error:
            run.status, run.error = "failed", str(error)
        except Exception as error:  # one broken source must not stop the others
            run.status, run.error = "failed", f"{type(error).__name__}: {error}"
    finished = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    with engine.begin() as conn:
        conn.execute(
            table.update()
            .where(table.c.id == run_id)
            .values(
                finished_at=max(finished, started),
                status=run.status,
                rows_added=run.rows_added,
                rows_updated=run.rows_updated,
                rows_rejected=run.rows_rejected,
                api_version=run.api_version,
                error=run.error,
            )
        )
        _remember_connection(conn, workspace_id, config, started if run.status == "ok" else None)
    return run


def _since(conn, workspace_id: int, today: dt.date, lookback: int) -> dt.datetime | None:
    """From the start of the earliest active campaign (a day early, for time zones)."""
    c = schema.campaign
    earliest = conn.execute(
        sa.select(sa.func.min(c.c.start_date)).where(
            c.c.workspace_id == workspace_id,
            c.c.start_date <= today,
            c.c.end_date >= today - GRACE,
        )
    ).scalar_one_or_none()
    if earliest is None:
        return None
    start = min(earliest - dt.timedelta(days=1), today - dt.timedelta(days=lookback))
    return dt.datetime.combine(start, dt.time())


def _fetch_and_save(engine, config, run: SyncRun, *, since, started, save_to, sleep) -> None:
    payloads = fetch(config, since=since, sleep=sleep)
    if save_to is not None:
        save_bundle(Path(save_to), config, payloads, captured_at=started)
    found = responses_from(
        payloads, file=f"{config.name} (live)", captured_at=started, api_version=config.api_version
    )
    harvest = parse_responses(config.platform, found, handle=_handle(config))
    run.api_version = harvest.source
    with engine.begin() as conn:
        result = save_harvest(conn, workspace=config.workspace, harvest=harvest)
    run.rows_added, run.rows_updated = result.added, result.updated


def _handle(config: SourceConfig) -> str | None:
    """Where the responses do not name the account (TikTok Research user info), the config does."""
    if config.platform in (Platform.TIKTOK, Platform.X):
        return config.account
    return None


def save_bundle(folder: Path, config: SourceConfig, payloads: list[dict], *, captured_at) -> Path:
    """The responses as a bundle `influscope import PLATFORM` reads back to the same rows."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{config.name}-{captured_at:%Y%m%dT%H%M%S}.json"
    bundle = {
        "captured_at": captured_at.isoformat() + "Z",
        "api_version": config.api_version,
        "responses": payloads,
    }
    path.write_text(json.dumps(bundle, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def _remember_connection(conn, workspace_id, config: SourceConfig, synced_at) -> None:
    table = schema.sources.source_connection
    values = {
        "platform": str(config.platform),
        "api": config.api,
        "account": config.account,
        "api_version": config.api_version,
    }
    found = conn.execute(
        sa.select(table.c.id).where(
            table.c.workspace_id == workspace_id, table.c.name == config.name
        )
    ).scalar_one_or_none()
    if synced_at is not None:
        values["last_synced_at"] = synced_at
    if found is None:
        conn.execute(table.insert().values(workspace_id=workspace_id, name=config.name, **values))
    else:
        conn.execute(table.update().where(table.c.id == found).values(**values))

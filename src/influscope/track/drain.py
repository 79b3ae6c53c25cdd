"""Moving logged clicks into the store: judged by the bot rules, marked unique or not, stored in
batches, each click once however often a log is replayed.

The drainer reads every log of the folder from where it last stopped (an `.offset` file beside
each log, written after the batch is committed), so a store that is slow or down only delays
the clicks: the redirector keeps logging them, and the drainer catches up when the store
answers. A crash between the commit and the offset replays a batch, which the click keys make
harmless.
"""

import datetime as dt
import logging
import os
import threading
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import sqlalchemy as sa

from influscope.store import schema
from influscope.track.bot_rules import Hit, RuleSet
from influscope.track.click_log import LoggedClick, log_files, parse_line, writer_alive
from influscope.track.unique import DEFAULT_WINDOW, Visit, mark_unique
from influscope.track.user_agents import describe

log = logging.getLogger(__name__)
BATCH_SIZE = 5000


def _offset_path(path: Path) -> Path:
    return path.with_name(path.name + ".offset")


def _read_offset(path: Path) -> int:
    try:
        return int(_offset_path(path).read_text().strip() or 0)
    except (FileNotFoundError, ValueError):
        return 0


def _write_offset(path: Path, offset: int) -> None:
    temporary = path.with_name(path.name + ".offset.tmp")
    temporary.write_text(str(offset))
    os.replace(temporary, _offset_path(path))


def _last_counted(
    conn: sa.Connection, clicks: list[LoggedClick], window: dt.timedelta
) -> dict[tuple[int, str], dt.datetime]:
    """The latest stored unique click of each visitor of the batch, within the window."""
    c = schema.tracking.click
    visitors = sorted({click.visitor_key for click in clicks})
    since = min(click.clicked_at for click in clicks) - window
    rows = conn.execute(
        sa.select(c.c.link_id, c.c.visitor_key, sa.func.max(c.c.clicked_at))
        .where(c.c.is_unique, c.c.clicked_at >= since, c.c.visitor_key.in_(visitors))
        .group_by(c.c.link_id, c.c.visitor_key)
    )
    return {(row[0], row[1]): row[2] for row in rows}


def store_clicks(
    conn: sa.Connection,
    clicks: list[LoggedClick],
    *,
    rules: RuleSet,
    window: dt.timedelta = DEFAULT_WINDOW,
) -> int:
    """Store the clicks not stored yet; returns how many were new."""
    c = schema.tracking.click
    if not clicks:
        return 0
    keys = [click.click_key for click in clicks]
    stored = set(conn.execute(sa.select(c.c.click_key).where(c.c.click_key.in_(keys))).scalars())
    fresh = {click.click_key: click for click in clicks if click.click_key not in stored}
    new = sorted(fresh.values(), key=lambda click: (click.clicked_at, click.click_key))
    if not new:
        return 0
    verdicts = [
        rules.judge(Hit(click.user_agent, click.referrer, click.ip_network)) for click in new
    ]
    unique = mark_unique(
        (
            Visit(click.link_id, click.visitor_key, click.clicked_at, verdict.is_bot)
            for click, verdict in zip(new, verdicts, strict=True)
        ),
        window=window,
        last_counted=_last_counted(conn, new, window),
    )
    rows = []
    for click, verdict, is_unique in zip(new, verdicts, unique, strict=True):
        family, device = describe(click.user_agent, verdict.is_bot)
        rows.append(
            {
                "link_id": click.link_id,
                "click_key": click.click_key,
                "clicked_at": click.clicked_at,
                "visitor_key": click.visitor_key,
                "is_bot": verdict.is_bot,
                "bot_reason": verdict.reason,
                "rules_version": rules.version,
                "referrer": click.referrer,
                "user_agent": click.user_agent,
                "ua_family": family,
                "device": device,
                "country": click.country,
                "ip_network": click.ip_network,
                "is_unique": is_unique,
            }
        )
    _insert(conn, rows)
    return len(rows)


def _insert(conn: sa.Connection, rows: list[dict]) -> None:
    """Insert the rows, as one Arrow table where the driver can read one in place (DuckDB:
    about 60 times faster than its row-by-row executemany), else as an executemany."""
    c = schema.tracking.click
    driver = conn.connection.driver_connection
    if not hasattr(driver, "register"):
        conn.execute(c.insert(), rows)
        return
    columns = ", ".join(rows[0])
    driver.register("click_batch", pa.Table.from_pylist(rows))
    try:
        conn.exec_driver_sql(f"INSERT INTO click ({columns}) SELECT {columns} FROM click_batch")
    finally:
        driver.unregister("click_batch")


@dataclass
class DrainResult:
    stored: int = 0
    files_done: int = 0


class Drainer:
    """Drains a log folder into the store; a file is removed once stored and its writer gone."""

    def __init__(
        self,
        engine: sa.Engine,
        folder: Path,
        *,
        rules: RuleSet,
        window: dt.timedelta = DEFAULT_WINDOW,
        batch_size: int = BATCH_SIZE,
    ) -> None:
        self.engine, self.folder, self.rules, self.window = engine, folder, rules, window
        self.batch_size = batch_size

    def drain_once(self) -> DrainResult:
        result = DrainResult()
        for path in log_files(self.folder):
            # Asked before reading: a writer that stops after this still finds its file next time.
            active = writer_alive(path)
            result.stored += self._drain_file(path)
            if not active and _read_offset(path) >= path.stat().st_size:
                path.unlink()
                _offset_path(path).unlink(missing_ok=True)
                result.files_done += 1
        return result

    def _drain_file(self, path: Path) -> int:
        offset = _read_offset(path)
        stored = 0
        with path.open("rb") as file:
            file.seek(offset)
            while True:
                chunk = file.readlines(self.batch_size * 200)
                # A last line without its newline is still being written: leave it for next time.
                complete = [line for line in chunk if line.endswith(b"\n")]
                if not complete:
                    break
                clicks = [
                    click
                    for line in complete
                    if (click := parse_line(line.decode("utf-8", "replace"))) is not None
                ]
                with self.engine.begin() as conn:
                    stored += store_clicks(conn, clicks, rules=self.rules, window=self.window)
                offset += sum(len(line) for line in complete)
                _write_offset(path, offset)
                if len(complete) < len(chunk):
                    break
        return stored

    def run(self, stop: threading.Event, *, interval: float = 0.25) -> None:
        """Drain until `stop` is set; a store that fails is retried with a growing pause."""
        pause = interval
        while not stop.is_set():
            try:
                self.drain_once()
                pause = interval
            except (sa.exc.SQLAlchemyError, OSError) as error:
                log.warning("Clicks wait in the log: the store failed (%s).", error)
                pause = min(pause * 2, 5.0)
            stop.wait(pause)

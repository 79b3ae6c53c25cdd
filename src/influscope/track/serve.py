"""Running the redirector with uvicorn, and draining a log folder without serving."""

import datetime as dt
import os
from pathlib import Path

import sqlalchemy as sa
import uvicorn

from influscope.track.bot_rules import RuleSet
from influscope.track.click_log import lock_folder
from influscope.track.drain import Drainer, DrainResult
from influscope.track.redirector import Redirector, Settings


def serve(engine: sa.Engine, settings: Settings, *, host: str, port: int) -> None:
    """Serve until interrupted. httptools and uvloop are uvicorn's fastest parser and loop;
    the access log is off because every request is already logged as a click."""
    config = uvicorn.Config(
        Redirector(engine, settings),
        host=host,
        port=port,
        http="httptools",
        loop="uvloop",
        lifespan="on",
        access_log=False,
        log_level="warning",
        server_header=False,
        proxy_headers=False,
    )
    uvicorn.Server(config).run()


def drain_folder(
    engine: sa.Engine, folder: Path, *, rules: RuleSet, window: dt.timedelta
) -> DrainResult:
    """Store every click a stopped (or killed) redirector left in `folder`."""
    lock = lock_folder(folder)
    try:
        return Drainer(engine, folder, rules=rules, window=window).drain_once()
    finally:
        os.close(lock)

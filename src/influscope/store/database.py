"""Opening the store: one DuckDB file by default, any SQLAlchemy URL (PostgreSQL) on request."""

import os
import re
from pathlib import Path

import sqlalchemy as sa

DEFAULT_PATH = "influscope.duckdb"
URL_VARIABLE = "INFLUSCOPE_DB"


class StoreError(Exception):
    """A problem with the store that the user can act on; its message says what to do."""


def resolve_url(url: str | None = None) -> str:
    """The store URL: the argument, else $INFLUSCOPE_DB, else a DuckDB file in the working folder.

    A bare path (`campaigns.duckdb`) is accepted as shorthand for a DuckDB URL.
    """
    url = url or os.environ.get(URL_VARIABLE) or DEFAULT_PATH
    if "://" not in url:
        url = f"duckdb:///{Path(url).expanduser().resolve()}"
    if url.startswith(("postgresql://", "postgres://")):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def is_duckdb(url: str) -> bool:
    return url.startswith("duckdb:")


def duckdb_path(url: str) -> str:
    return url.split(":///", 1)[1]


# DuckDB lets one process write a file; the second gets an IOException naming the holder, e.g.
# 'Could not set lock on file "x.duckdb": Conflicting lock is held in /usr/bin/python (PID 42)'.
_LOCK_HOLDER = re.compile(r"Conflicting lock is held in (?P<program>.*?) \(PID (?P<pid>\d+)\)")


def explain_lock_error(url: str, error: BaseException) -> StoreError | None:
    """Turn DuckDB's lock conflict into a message that names the holder and the way out."""
    match = _LOCK_HOLDER.search(str(error))
    if match is None:
        return None
    return StoreError(
        f"The database {duckdb_path(url)} is in use by another process: "
        f"{match['program']} (PID {match['pid']}). DuckDB allows one writer at a time. "
        "Stop that process (for example the running `influscope serve`) and try again, "
        "or use a PostgreSQL database (--db postgresql://...) for concurrent use."
    )


def create_engine(url: str | None = None) -> sa.Engine:
    """An engine whose first connection is opened here, so lock conflicts surface at once."""
    url = resolve_url(url)
    engine = sa.create_engine(url)
    try:
        with engine.connect():
            pass
    except sa.exc.DBAPIError as error:
        engine.dispose()
        explained = explain_lock_error(url, error.orig or error) if is_duckdb(url) else None
        if explained:
            raise explained from None
        raise StoreError(f"Cannot open the database {url}: {error.orig}") from None
    return engine

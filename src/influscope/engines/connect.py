"""Ibis backends: over the store's own database, or over an engine named by URL."""

from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

import ibis
import sqlalchemy as sa
from ibis.backends import BaseBackend

ENGINE_URLS = ("spark:///absolute/path/to/lake",)


def connect(store: sa.Engine) -> BaseBackend:
    """An Ibis backend reading the same database as `store`.

    DuckDB refuses a second connection to a file with a different configuration in the same
    process, so the backend shares the store's database instance instead of opening the file.
    """
    url = store.url
    if url.get_backend_name() == "duckdb":
        raw = store.raw_connection()
        try:
            return ibis.duckdb.from_connection(raw.driver_connection.duplicate())
        finally:
            raw.close()
    if url.get_backend_name() == "postgresql":
        return ibis.postgres.connect(
            host=url.host or "localhost",
            port=url.port or 5432,
            user=url.username,
            password=url.password,
            database=url.database,
        )
    raise ValueError(f"No KPI engine for {url.get_backend_name()!r} stores yet.")


def connect_url(url: str) -> BaseBackend:
    """An Ibis backend for an engine that reads an export of the store rather than the store.

    `spark:///abs/path/to/lake` starts (or reuses) a local Spark session over a folder written
    by `influscope.store.export.export_parquet`, each table folder a view of the same name.
    Query parameters are Spark settings for the session, e.g.
    `spark:///data/lake?spark.driver.memory=8g&spark.sql.shuffle.partitions=16`; settings
    read at start-up (memory, master) only apply to the process's first session.
    """
    parts = urlsplit(url)
    if parts.scheme != "spark":
        raise ValueError(
            f"No KPI engine for the URL {url!r}; known forms: {', '.join(ENGINE_URLS)}."
        )
    if parts.netloc:
        raise NotImplementedError(
            f"Spark runs in local mode only for now, not on the master {parts.netloc!r}: "
            "write spark:///absolute/path/to/lake (three slashes)."
        )
    lake = Path(unquote(parts.path))
    if not lake.is_absolute():
        raise ValueError(f"The lake path in {url!r} must be absolute.")
    settings = dict(parse_qsl(parts.query, keep_blank_values=True))
    if unknown := sorted(key for key in settings if not key.startswith("spark.")):
        raise ValueError(f"Not Spark settings in {url!r}: {', '.join(unknown)}.")

    # Imported here: PySpark takes a second to import and only Spark users need it.
    from influscope.engines.spark import connect_lake

    return connect_lake(lake, settings=settings)

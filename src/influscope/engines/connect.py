"""Ibis backends over the store's own database."""

import ibis
import sqlalchemy as sa
from ibis.backends import BaseBackend


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

"""What is timed: Influscope's importers, writing into a fresh DuckDB store, and DuckDB reading
the same file into a table with its own reader (the limit no importer of that file can beat).

Each contender returns what it counted, so the run can check that both saw the same data.
"""

import tempfile
from collections.abc import Callable
from pathlib import Path

import duckdb
import sqlalchemy as sa

from influscope.store import database, migrate


def _fresh_store(folder: Path) -> sa.Engine:
    engine = database.create_engine(f"duckdb:///{folder / 'bench.duckdb'}")
    migrate.upgrade(engine)
    return engine


def prepare_influscope_ga4(path: Path, folder: Path) -> Callable[[], dict]:
    from influscope.ingest.ga4_import import import_ga4_bigquery

    engine = _fresh_store(folder)

    def run() -> dict:
        summary = import_ga4_bigquery(engine, path, workspace="Bench")
        return {"sessions": summary.counts["web_traffic"]["inserted"]}

    return run


def prepare_duckdb_ga4(path: Path, folder: Path) -> Callable[[], dict]:
    con = duckdb.connect()

    def run() -> dict:
        con.execute(
            f"CREATE OR REPLACE TABLE events AS SELECT * FROM read_json('{path}',"
            " format = 'newline_delimited')"
        )
        events = con.sql("SELECT count(*) FROM events").fetchall()[0][0]
        return {"events": events}

    return run


def prepare_influscope_shopify(path: Path, folder: Path) -> Callable[[], dict]:
    from influscope.ingest.orders_import import import_shopify_csv

    engine = _fresh_store(folder)

    def run() -> dict:
        summary = import_shopify_csv(engine, path, workspace="Bench")
        return {"orders": summary.counts["shop_order"]["inserted"]}

    return run


def prepare_duckdb_shopify(path: Path, folder: Path) -> Callable[[], dict]:
    con = duckdb.connect()

    def run() -> dict:
        con.execute(f"CREATE OR REPLACE TABLE lines AS SELECT * FROM read_csv('{path}')")
        rows = con.sql("SELECT count(*) FROM lines").fetchall()[0][0]
        return {"rows": rows}

    return run


CONTENDERS = {
    "ga4:influscope": prepare_influscope_ga4,
    "ga4:duckdb": prepare_duckdb_ga4,
    "shopify:influscope": prepare_influscope_shopify,
    "shopify:duckdb": prepare_duckdb_shopify,
}


def expected_counts(ga4: Path | None, shopify: Path | None) -> dict[str, int]:
    """Sessions and orders in the files, counted by plain DuckDB queries (not timed); a file
    given as None is not counted."""
    con = duckdb.connect()
    counts = {}
    if ga4 is not None:
        counts["sessions"] = con.sql(
            f"""SELECT count(DISTINCT (user_pseudo_id,
                list_filter(event_params, lambda p: p.key = 'ga_session_id')[1].value.int_value))
            FROM read_json('{ga4}', format = 'newline_delimited')"""
        ).fetchall()[0][0]
    if shopify is not None:
        counts["orders"] = con.sql(
            f"SELECT count(DISTINCT \"Name\") FROM read_csv('{shopify}')"
        ).fetchall()[0][0]
    return counts


def temporary_folder() -> tempfile.TemporaryDirectory:
    return tempfile.TemporaryDirectory(prefix="influscope-bench-import-")

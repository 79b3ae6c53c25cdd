"""The SQL each engine receives for the full KPI query, snapshotted per dialect in `sql/`.

A change to the compiler, the catalogue or Ibis that changes the SQL shows in review as a diff of
these files. After such a change, regenerate them and read the diff:

    INFLUSCOPE_UPDATE_SNAPSHOTS=1 .venv/bin/python -m pytest tests/engines/test_sql_snapshots.py

The query is compiled against the store's schema alone (`SchemaSource`), so BigQuery, which no
test can run, is covered too: its SQL must at least parse.
"""

import datetime as dt
import os
from pathlib import Path

import ibis.expr.types as ir
import pytest
import sqlglot
from ibis.backends.sql.datatypes import BigQueryType
from sqlglot import exp
from sqlglot.optimizer.annotate_types import annotate_types
from sqlglot.optimizer.qualify import qualify

from influscope.catalogue.load import built_in_catalogue
from influscope.compile import Grain, compile_kpis
from influscope.engines.schema_only import SchemaSource, to_sql
from influscope.store import schema

SNAPSHOTS = Path(__file__).parent / "sql"
UPDATE = os.environ.get("INFLUSCOPE_UPDATE_SNAPSHOTS") == "1"
DIALECTS = ("duckdb", "postgres", "pyspark", "bigquery")
GROUPINGS = {
    "by_campaign": (Grain.CAMPAIGN,),
    "by_influencer_platform": (Grain.INFLUENCER, Grain.PLATFORM),
    "by_week": (Grain.WEEK,),
}


def kpi_query(grouping: str, dialect: str) -> ir.Table:
    """Every KPI of the catalogue for one campaign as of a moment, as the CLI asks for them.
    BigQuery has no exact median aggregate: it gets APPROX_QUANTILES."""
    catalogue = built_in_catalogue()
    return compile_kpis(
        SchemaSource(schema.shareable_tables()),
        catalogue,
        kpi_ids=list(catalogue.kpis),
        by=GROUPINGS[grouping],
        campaign_ids=[1],
        as_of=dt.datetime(2026, 3, 31, 23, 59, 59),
        exact_median=dialect != "bigquery",
    )


def kpi_sql(grouping: str, dialect: str) -> str:
    return to_sql(kpi_query(grouping, dialect), dialect) + "\n"


@pytest.mark.parametrize("dialect", DIALECTS)
@pytest.mark.parametrize("grouping", GROUPINGS)
def test_kpi_sql_matches_its_snapshot(grouping, dialect):
    sql = kpi_sql(grouping, dialect)
    path = SNAPSHOTS / dialect / f"{grouping}.sql"
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(sql, encoding="utf-8")
    assert path.exists(), f"No snapshot {path}; write it with INFLUSCOPE_UPDATE_SNAPSHOTS=1."
    assert path.read_text(encoding="utf-8") == sql, (
        f"The {dialect} SQL differs from {path}; if the change is intended, regenerate the "
        "snapshots with INFLUSCOPE_UPDATE_SNAPSHOTS=1 and review the diff."
    )


def test_every_snapshot_file_is_one_the_suite_checks():
    expected = {
        SNAPSHOTS / dialect / f"{grouping}.sql" for dialect in DIALECTS for grouping in GROUPINGS
    }
    assert set(SNAPSHOTS.rglob("*.sql")) == expected


@pytest.mark.parametrize("grouping", GROUPINGS)
def test_bigquery_sql_parses(grouping):
    parsed = sqlglot.parse_one(kpi_sql(grouping, "bigquery"), read="bigquery")
    assert isinstance(parsed, exp.Query)


def _bigquery_schema() -> dict[str, dict[str, str]]:
    """The store's tables with the BigQuery types Ibis gives them (naive timestamps: DATETIME)."""
    source = SchemaSource(schema.shareable_tables())
    return {
        name: {
            column: BigQueryType.to_string(dtype)
            for column, dtype in source.table(name).schema().items()
        }
        for name in (table.name for table in schema.shareable_tables())
    }


def test_bigquery_sql_applies_timestamp_functions_to_timestamps_only():
    tables = _bigquery_schema()
    parsed = sqlglot.parse_one(kpi_sql("by_campaign", "bigquery"), read="bigquery")
    typed = annotate_types(
        qualify(parsed, schema=tables, dialect="bigquery"), schema=tables, dialect="bigquery"
    )
    misapplied = [
        call.sql("bigquery")
        for call in typed.find_all(exp.UnixSeconds)
        # Spelled the BigQuery way: sqlglot's own TIMESTAMP type is BigQuery's DATETIME.
        if call.this.type.sql("bigquery") != "TIMESTAMP"
    ]
    assert misapplied == []

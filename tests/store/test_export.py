"""`export_parquet`: the canonical tables as a Parquet lake, alike whatever the store's engine."""

import datetime as dt
from decimal import Decimal

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import sqlalchemy as sa

from influscope.store import schema
from influscope.store.export import FILE_NAME, arrow_schema, export_parquet
from influscope.store.writes import save_batch
from tests.engines.scenario import scenario_batch

TABLES = sorted(table.name for table in schema.shareable_tables())


@pytest.fixture
def store(engine) -> sa.Engine:
    with engine.begin() as conn:
        save_batch(conn, workspace="Maison Test", batch=scenario_batch())
    return engine


def _rows(store: sa.Engine, table: sa.Table) -> list[dict]:
    with store.connect() as conn:
        result = conn.execute(sa.select(table).order_by(table.c.id))
        return [dict(row._mapping) for row in result]


def _without_nullability(arrow: pa.Schema) -> list[tuple[str, pa.DataType]]:
    # DuckDB marks a column `required` when the data it writes has no null, whatever the schema.
    return [(field.name, field.type) for field in arrow]


def test_export_writes_one_folder_per_table_and_counts_its_rows(store, tmp_path):
    counts = export_parquet(store, tmp_path / "lake")
    assert sorted(counts) == TABLES
    batch = scenario_batch()
    assert counts["post"] == len(batch.posts)
    assert counts["metric_snapshot"] == len(batch.metrics)
    assert counts["mention"] == len(batch.mentions)
    assert counts["target"] == 0
    assert sorted(path.name for path in (tmp_path / "lake").iterdir()) == TABLES
    for name in TABLES:
        assert pq.read_metadata(tmp_path / "lake" / name / FILE_NAME).num_rows == counts[name]


def test_export_types_are_those_of_the_schema_whatever_the_engine(store, tmp_path):
    export_parquet(store, tmp_path)
    for name in TABLES:
        written = pq.read_schema(tmp_path / name / FILE_NAME)
        assert _without_nullability(written) == _without_nullability(
            arrow_schema(schema.metadata.tables[name])
        ), name
    post = pq.read_schema(tmp_path / "post" / FILE_NAME)
    assert post.field("published_at").type == pa.timestamp("us")
    assert post.field("published_on").type == pa.date32()
    assert pq.read_schema(tmp_path / "cost" / FILE_NAME).field("amount").type == pa.decimal128(
        18, 2
    )
    assert pq.read_schema(tmp_path / "metric_snapshot" / FILE_NAME).field("value").type == (
        pa.float64()
    )


def test_export_values_read_back_equal_to_the_store(store, tmp_path):
    export_parquet(store, tmp_path)
    for name in TABLES:
        table = schema.metadata.tables[name]
        assert pq.read_table(tmp_path / name).to_pylist() == _rows(store, table), name
    (first_post, *_) = pq.read_table(tmp_path / "post").to_pylist()
    # P1 was published at 18:00 in Paris, 17:00 UTC: the export keeps UTC, without a zone.
    assert first_post["published_at"] == dt.datetime(2026, 3, 5, 17, 0)
    assert first_post["published_on"] == dt.date(2026, 3, 5)
    assert pq.read_table(tmp_path / "cost").column("amount")[0].as_py() == Decimal("800.00")


def test_export_replaces_an_earlier_export_and_leaves_no_staging_behind(store, tmp_path):
    lake = tmp_path / "lake"
    export_parquet(store, lake)
    with store.begin() as conn:
        conn.execute(schema.target.insert().values(campaign_id=1, kpi="reach", value=10_000.0))
    counts = export_parquet(store, lake)
    assert counts["target"] == 1
    assert sorted(path.name for path in lake.iterdir()) == TABLES
    assert [path.name for path in (lake / "target").iterdir()] == [FILE_NAME]
    assert pq.read_table(lake / "target").column("kpi").to_pylist() == ["reach"]

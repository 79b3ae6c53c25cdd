"""The canonical tables as Parquet, one folder per table: a lake that Spark (or anything) reads.

Every export writes the same Parquet types whatever the store's engine, taken from the
SQLAlchemy tables: integers keep their width, `Numeric(p, s)` is `decimal(p, s)`, `Float` is a
double, dates stay dates and timestamps stay naive UTC (`isAdjustedToUTC=false`).
"""

import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import sqlalchemy as sa

from influscope.store import schema

FILE_NAME = "part-0.parquet"
CHUNK_ROWS = 50_000


def arrow_type(column_type: sa.types.TypeEngine) -> pa.DataType:
    """The Parquet (Arrow) type of a column type of the store; unknown types raise `TypeError`."""
    # Subclasses first: BigInteger is an Integer, Float a Numeric, Text a String.
    match column_type:
        case sa.BigInteger():
            return pa.int64()
        case sa.SmallInteger():
            return pa.int16()
        case sa.Integer():
            return pa.int32()
        case sa.Float():
            return pa.float64()
        case sa.Numeric(precision=precision, scale=scale):
            return pa.decimal128(precision, scale)
        case sa.DateTime(timezone=zoned):
            return pa.timestamp("us", tz="UTC" if zoned else None)
        case sa.Date():
            return pa.date32()
        case sa.Boolean():
            return pa.bool_()
        case sa.String():
            return pa.string()
    raise TypeError(f"No Parquet type for the SQLAlchemy type {column_type!r}.")


def arrow_schema(table: sa.Table) -> pa.Schema:
    return pa.schema(
        pa.field(column.name, arrow_type(column.type), nullable=column.nullable)
        for column in table.columns
    )


# The DuckDB spelling of each Parquet type, so that COPY writes exactly `arrow_schema`.
_DUCKDB_TYPES = {
    pa.int16(): "SMALLINT",
    pa.int32(): "INTEGER",
    pa.int64(): "BIGINT",
    pa.float64(): "DOUBLE",
    pa.date32(): "DATE",
    pa.timestamp("us"): "TIMESTAMP",
    pa.timestamp("us", tz="UTC"): "TIMESTAMPTZ",
    pa.bool_(): "BOOLEAN",
    pa.string(): "VARCHAR",
}


def _duckdb_type(arrow: pa.DataType) -> str:
    if pa.types.is_decimal(arrow):
        return f"DECIMAL({arrow.precision}, {arrow.scale})"
    return _DUCKDB_TYPES[arrow]


def _quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def _copy_with_duckdb(conn: sa.Connection, table: sa.Table, path: Path) -> int:
    columns = ", ".join(
        f"CAST({_quote(field.name)} AS {_duckdb_type(field.type)}) AS {_quote(field.name)}"
        for field in arrow_schema(table)
    )
    target = str(path.resolve()).replace("'", "''")
    # COPY answers with the number of rows it wrote.
    return conn.exec_driver_sql(
        f"COPY (SELECT {columns} FROM {_quote(table.name)} ORDER BY {_quote('id')}) "
        f"TO '{target}' (FORMAT parquet)"
    ).scalar_one()


def _write_in_chunks(conn: sa.Connection, table: sa.Table, path: Path) -> int:
    arrow = arrow_schema(table)
    result = conn.execution_options(stream_results=True, yield_per=CHUNK_ROWS).execute(
        sa.select(*table.columns).order_by(table.c.id)
    )
    rows = 0
    with pq.ParquetWriter(path, arrow) as writer:
        for chunk in result.partitions():
            columns = zip(*chunk, strict=True)
            batch = pa.record_batch(
                [
                    pa.array(values, type=field.type)
                    for values, field in zip(columns, arrow, strict=True)
                ],
                schema=arrow,
            )
            writer.write_batch(batch)
            rows += batch.num_rows
    return rows


@contextmanager
def _staging(folder: Path) -> Iterator[Path]:
    """A scratch folder inside `folder` (same file system, so moving out of it is a rename)."""
    staging = folder / f".export-{uuid.uuid4().hex[:8]}"
    staging.mkdir()
    try:
        yield staging
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def export_parquet(store: sa.Engine, folder: Path) -> dict[str, int]:
    """Write every shareable table to `folder/<table>/part-0.parquet`; rows written per table.

    All tables are read in one transaction, so the lake is one consistent state of the store.
    A table's earlier export is replaced only once every table has been written. DuckDB
    writes the files itself; other databases are read in chunks of `CHUNK_ROWS`.
    """
    folder.mkdir(parents=True, exist_ok=True)
    write = _copy_with_duckdb if store.dialect.name == "duckdb" else _write_in_chunks
    counts = {}
    with _staging(folder) as staging, store.connect() as conn:
        if conn.dialect.name == "postgresql":
            # One snapshot for every table: READ COMMITTED would see each table at its own time.
            conn.execution_options(isolation_level="REPEATABLE READ")
        with conn.begin():
            for table in schema.shareable_tables():
                (staging / table.name).mkdir()
                counts[table.name] = write(conn, table, staging / table.name / FILE_NAME)
        for name in counts:
            shutil.rmtree(folder / name, ignore_errors=True)
            (staging / name).rename(folder / name)
    return counts

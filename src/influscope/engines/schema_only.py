"""The canonical tables as schemas alone: enough to compile KPI SQL for an engine we cannot run.

BigQuery has no local mode, so its SQL is compiled against these unbound tables. Their types come
from the SQLAlchemy tables that define the store, mapped the way the engines we do run report
them (an `Integer` id is `int32` on DuckDB, PostgreSQL and in Parquet alike). String lengths are
left out: no KPI depends on them.
"""

from collections.abc import Iterable

import ibis
import ibis.expr.datatypes as dt
import ibis.expr.types as ir
import sqlalchemy as sa

from influscope.engines import sql


def ibis_type(column_type: sa.types.TypeEngine, *, nullable: bool = True) -> dt.DataType:
    """The Ibis type of a SQLAlchemy column type; unknown types raise `TypeError`."""
    # Subclasses first: BigInteger is an Integer, Float a Numeric, Text a String.
    match column_type:
        case sa.BigInteger():
            return dt.Int64(nullable=nullable)
        case sa.SmallInteger():
            return dt.Int16(nullable=nullable)
        case sa.Integer():
            return dt.Int32(nullable=nullable)
        case sa.Float():
            return dt.Float64(nullable=nullable)
        case sa.Numeric(precision=precision, scale=scale):
            return dt.Decimal(precision, scale, nullable=nullable)
        case sa.DateTime(timezone=zoned):
            # Microseconds on every engine; the store keeps naive UTC, a zoned column reads as UTC.
            return dt.Timestamp(timezone="UTC" if zoned else None, scale=6, nullable=nullable)
        case sa.Date():
            return dt.Date(nullable=nullable)
        case sa.Boolean():
            return dt.Boolean(nullable=nullable)
        case sa.String():
            return dt.String(nullable=nullable)
    raise TypeError(f"No Ibis type for the SQLAlchemy type {column_type!r}.")


def ibis_schema(table: sa.Table) -> ibis.Schema:
    return ibis.schema(
        {column.name: ibis_type(column.type, nullable=column.nullable) for column in table.columns}
    )


class SchemaSource:
    """A `TableSource` whose tables are unbound: expressions compile to SQL but never run.

    >>> import sqlalchemy as sa
    >>> post = sa.Table("post", sa.MetaData(), sa.Column("id", sa.Integer, primary_key=True))
    >>> SchemaSource([post]).table("post").schema()
    ibis.Schema {
      id  !int32
    }
    """

    def __init__(self, tables: Iterable[sa.Table]) -> None:
        self._schemas = {table.name: ibis_schema(table) for table in tables}

    def table(self, name: str) -> ir.Table:
        try:
            schema = self._schemas[name]
        except KeyError:
            raise LookupError(
                f"No table {name!r}; the schema has {', '.join(sorted(self._schemas))}."
            ) from None
        return ibis.table(schema, name=name)


def to_sql(expression: ir.Expr, dialect: str) -> str:
    """The SQL an engine of `dialect` receives for `expression` (see `engines.sql`), laid out
    for reading, with or without that engine at hand."""
    return sql.to_sql(expression, dialect, pretty=True)

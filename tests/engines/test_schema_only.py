"""The schema-only tables that BigQuery's SQL is compiled against have the types that the engines
we can run report for the real tables, so that SQL is what a real connection would produce."""

import doctest

import ibis.expr.datatypes as dt
import pytest
import sqlalchemy as sa

from influscope.engines import schema_only
from influscope.engines.schema_only import SchemaSource, ibis_type
from influscope.store import schema


def _kind(dtype: dt.DataType) -> dt.DataType:
    """What the KPI SQL depends on: not nullability (Parquet files record it from the data),
    not VARCHAR lengths (PostgreSQL reports them), nor a timestamp scale (Spark omits it)."""
    if dtype.is_string():
        return dt.string
    if dtype.is_timestamp():
        return dt.Timestamp(timezone=dtype.timezone)
    return dtype.copy(nullable=True)


def _kinds(source, names) -> dict[str, dict[str, dt.DataType]]:
    return {
        name: {column: _kind(dtype) for column, dtype in source.table(name).schema().items()}
        for name in names
    }


def test_schema_only_tables_have_the_types_every_engine_reports(kpi_backend):
    names = sorted(table.name for table in schema.shareable_tables())
    assert _kinds(kpi_backend, names) == _kinds(SchemaSource(schema.shareable_tables()), names)


@pytest.mark.parametrize(
    ("column_type", "expected"),
    [
        (sa.Integer(), dt.int32),
        (sa.BigInteger(), dt.int64),
        (sa.Numeric(18, 2), dt.Decimal(18, 2)),
        (sa.Float(), dt.float64),
        (sa.DateTime(), dt.Timestamp(scale=6)),
        (sa.DateTime(timezone=True), dt.Timestamp(timezone="UTC", scale=6)),
        (sa.Date(), dt.date),
        (sa.Boolean(), dt.boolean),
        (sa.String(16), dt.string),
        (sa.Text(), dt.string),
    ],
)
def test_column_types_map_to_ibis_types(column_type, expected):
    assert ibis_type(column_type) == expected


def test_an_unknown_column_type_is_an_error_naming_it():
    with pytest.raises(TypeError, match="LargeBinary"):
        ibis_type(sa.LargeBinary())


def test_an_unknown_table_is_an_error_listing_the_known_ones():
    with pytest.raises(LookupError, match=r"No table 'campaigns'; the schema has .*\bcampaign,"):
        SchemaSource(schema.shareable_tables()).table("campaigns")


def test_the_module_examples_run():
    assert doctest.testmod(schema_only).failed == 0

"""KPI expressions as each engine's SQL, and that SQL run as text: compiled once, never again.

Ibis compiles an expression every time it runs one (and walks it again looking for UDFs and
in-memory tables, which KPI queries never use). A KPI query is a large expression, so the
engines layer compiles it itself, once, and hands the engine the SQL text; `fetch` turns the
rows into the Arrow table Ibis itself would have returned for the same expression.

Where Ibis's SQL for an operation is much slower than an equivalent spelling on one engine, the
compiler here spells it differently; the snapshots in tests/engines/sql show exactly this SQL.
"""

import contextlib
import warnings

import ibis
import ibis.expr.operations as ops
import ibis.expr.schema as sch
import ibis.expr.types as ir
import pyarrow as pa
import sqlglot as sg
from ibis.backends import BaseBackend
from ibis.backends.sql.compilers.base import SQLGlotCompiler
from ibis.backends.sql.compilers.duckdb import DuckDBCompiler
from ibis.backends.sql.compilers.pyspark import PySparkCompiler
from ibis.formats.pyarrow import PyArrowData


class _DuckDB(DuckDBCompiler):
    """Ibis's DuckDB compiler, with arg-extremes DuckDB computes natively and whole-number
    rounding without a precision.

    Ibis writes `argmax(x, key)` as `FIRST(x ORDER BY key DESC)`, which DuckDB runs as a
    generic ordered aggregate over sort keys: the KPI query's slowest aggregate (the latest
    value of each counter of each post). `arg_max_null` returns the same value (the `x` of the
    row with the greatest key, null or not) for every group with a non-null key, which is every
    group here: the keys are capture times, never null.

    Ibis writes `round()` as `ROUND(x, 0)`, which DuckDB computes in twice the time of
    `ROUND(x)`, the same rounding (half away from zero): 0.06 s of CPU over the 10M metric
    snapshots, whose values are rounded before their provenance is packed beside them.
    """

    def visit_ArgMax(self, op, *, arg, key, where):
        return self.agg.arg_max_null(arg, key, where=where)

    def visit_ArgMin(self, op, *, arg, key, where):
        return self.agg.arg_min_null(arg, key, where=where)

    def visit_Round(self, op, *, arg, digits):
        if isinstance(op.digits, ops.Literal) and op.digits.value == 0:
            return self.cast(self.f.round(arg), op.dtype)
        return super().visit_Round(op, arg=arg, digits=digits)


class _PySpark(PySparkCompiler):
    """Ibis's PySpark compiler, with the `bit_or` aggregate Spark has (since 3.0) and Ibis 12
    leaves undefined there."""

    def visit_BitOr(self, op, *, arg, where):
        return self.agg.bit_or(arg, where=where)


# Compilers of this module's own, made once the dialect's backend is loaded (see `compiler`).
_OWN_COMPILERS: dict[str, type[SQLGlotCompiler]] = {"duckdb": _DuckDB, "pyspark": _PySpark}
_COMPILERS: dict[str, SQLGlotCompiler] = {}


def compiler(dialect: str) -> SQLGlotCompiler:
    """The compiler KPI queries use for `dialect` (an Ibis backend name)."""
    if dialect not in _COMPILERS:
        # Ibis 12's PySpark compiler reads `ibis.options.pyspark`, which exists only once the
        # PySpark backend has been imported (else: AttributeError: 'NoneType' object has no
        # attribute 'treat_nan_as_null'), so the dialect's backend is loaded first where it is
        # installed. BigQuery's is not, and its compiler needs no options.
        with contextlib.suppress(AttributeError, ImportError):
            getattr(ibis, dialect)
        import ibis.backends.sql.compilers as compilers

        try:
            own = _OWN_COMPILERS.get(dialect)
            _COMPILERS[dialect] = own() if own else getattr(compilers, dialect).compiler
        except AttributeError:
            raise ValueError(f"No SQL compiler for the dialect {dialect!r}.") from None
    return _COMPILERS[dialect]


def to_sql(expression: ir.Expr, dialect: str, *, pretty: bool = False) -> str:
    """The SQL text `dialect` receives for `expression`, bound to a backend or not."""
    sql_compiler = compiler(dialect)
    query = sql_compiler.to_sqlglot(expression.unbind())
    return query.sql(
        dialect=sql_compiler.dialect,
        pretty=pretty,
        copy=False,
        unsupported_level=sg.ErrorLevel.RAISE,
    )


def fetch(backend: BaseBackend, sql: str, schema: sch.Schema) -> pa.Table:
    """Run `sql` (compiled by `to_sql` for the backend's dialect) and return its rows with the
    types `schema` gives them, as Ibis's `to_pyarrow` returns those of the expression."""
    match backend.name:
        case "duckdb":
            from ibis.backends.duckdb.converter import DuckDBPyArrowData

            # A DB-API result: the relation `con.sql` makes would bind the whole query once in
            # Python before running it, 0.05 s of every request. DuckDB warns that the result's
            # Arrow table is a copy; a KPI result is small.
            with warnings.catch_warnings():
                warnings.filterwarnings("ignore", "Arrow output on a DB-API result", UserWarning)
                table = backend.con.execute(sql).to_arrow_table()
            return DuckDBPyArrowData.convert_table(table, schema)
        case "postgres":
            connection = backend.con
            with connection.cursor() as cursor, connection.transaction():
                rows = cursor.execute(sql).fetchall()
            array = pa.array(rows, type=schema.as_struct().to_pyarrow())
            table = pa.Table.from_batches(
                [pa.RecordBatch.from_struct_array(array)], schema=schema.to_pyarrow()
            )
            return PyArrowData.convert_table(table, schema)
        case "pyspark":
            from ibis.backends.pyspark.converter import PySparkPandasData

            frame = PySparkPandasData.convert_table(backend.raw_sql(sql).toPandas(), schema)
            table = pa.Table.from_pandas(frame, preserve_index=False)
            return PyArrowData.convert_table(table, schema)
    raise ValueError(f"No KPI engine runs on the Ibis backend {backend.name!r}.")


def schema_fingerprint(backend: BaseBackend) -> tuple:
    """Every table and column the backend's queries can name, with its type: two backends with
    the same fingerprint compile a KPI expression to the same SQL."""
    match backend.name:
        case "duckdb":
            query = (
                "SELECT table_name, column_name, data_type, is_nullable "
                "FROM information_schema.columns "
                "WHERE table_catalog = current_database() AND table_schema = current_schema() "
                "ORDER BY table_name, ordinal_position"
            )
            return tuple(backend.con.execute(query).fetchall())
        case "postgres":
            query = (
                "SELECT table_name, column_name, data_type, is_nullable, "
                "numeric_precision, numeric_scale "
                "FROM information_schema.columns WHERE table_schema = current_schema() "
                "ORDER BY table_name, ordinal_position"
            )
            connection = backend.con
            with connection.cursor() as cursor, connection.transaction():
                return tuple(cursor.execute(query).fetchall())
    return tuple(
        (name, tuple(backend.get_schema(name).items())) for name in sorted(backend.list_tables())
    )

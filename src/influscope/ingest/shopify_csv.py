"""Shopify's "Export orders" CSV, read by DuckDB: one `shop_order` row per order.

The export has one row per line item; the order's own fields (money, status, discount code,
note attributes, id) are filled on its first row only, and later rows repeat `Name`, `Email`
and `Created at` (formats.md 6.1). Columns are found by name, never by position: exports differ
in their tail columns across years. DuckDB reads the file and does the grouping, so a 200,000
line export takes seconds; every problem is reported with its row (the header is row 1) and
column, and nothing is returned from a file with any.
"""

import csv
import re
from pathlib import Path

import duckdb
import pyarrow as pa

from influscope.ingest.orders import ORDER_SCHEMA
from influscope.ingest.problems import ImportFailed, Problem

MAX_PROBLEMS = 50
REQUIRED = ("Name", "Created at", "Currency", "Total")
OPTIONAL = (
    "Email",
    "Financial Status",
    "Subtotal",
    "Discount Code",
    "Discount Amount",
    "Note Attributes",
    "Cancelled at",
    "Refunded Amount",
    "Id",
)
MONEY = ("Subtotal", "Total", "Discount Amount", "Refunded Amount")
# `2025-12-06 10:37:33 -0500`; the ISO form with `T` and `+05:30` is accepted too.
_FORMATS = "['%Y-%m-%d %H:%M:%S %z', '%Y-%m-%dT%H:%M:%S%z', '%Y-%m-%d %H:%M:%S%z']"
# UTC without a zone, whatever the session's time zone: through the epoch.
_CREATED = f'make_timestamp(epoch_us(try_strptime(trim("Created at"), {_FORMATS})))'


def _col(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _utm(part: str) -> str:
    pattern = rf"(?im)^\s*utm[ _-]?{part}\s*[:=][ \t]*([^\r\n]*?)[ \t]*\r?$"
    return f"nullif(regexp_extract(first.{_col('Note Attributes')}, '{pattern}', 1), '')"


def _money(column: str) -> str:
    return f"TRY_CAST(nullif(trim(first.{_col(column)}), '') AS DECIMAL(18, 2))"


_ORDERS = f"""
WITH first AS (
    SELECT *, list_transform(string_split(coalesce("Discount Code", ''), ','),
                             lambda c: upper(trim(c))) AS codes
    FROM lines QUALIFY row_number() OVER (PARTITION BY "Name" ORDER BY row) = 1
)
SELECT
    'shopify' AS platform,
    coalesce(nullif(trim(first."Id"), ''), trim(first."Name")) AS order_key,
    trim(first."Name") AS order_name,
    first.created AS created_at,
    upper(trim(first."Currency")) AS currency,
    coalesce({_money("Subtotal")}, {_money("Total")}) AS subtotal,
    coalesce({_money("Discount Amount")}, 0)::DECIMAL(18, 2) AS discount_total,
    {_money("Total")} AS total,
    coalesce({_money("Refunded Amount")},
             CASE WHEN lower(trim(first."Financial Status")) = 'refunded' THEN {_money("Total")}
             END, 0)::DECIMAL(18, 2) AS refunded,
    nullif(trim(first."Cancelled at"), '') IS NOT NULL
        OR lower(trim(first."Financial Status")) = 'voided' AS cancelled,
    coalesce(nullif(lower(trim(first."Financial Status")), ''), 'unknown') AS financial_status,
    CASE WHEN trim(first."Email") <> '' THEN sha256(lower(trim(first."Email"))) END
        AS customer_key,
    CAST(NULL AS BOOLEAN) AS new_customer,
    array_to_string(list_filter(codes, lambda c, i: c <> '' AND list_position(codes, c) = i), ',')
        AS discount_codes,
    {_utm("source")} AS utm_source,
    {_utm("medium")} AS utm_medium,
    {_utm("campaign")} AS utm_campaign,
    {_utm("content")} AS utm_content,
    {_utm("term")} AS utm_term,
    {_utm("id")} AS utm_id,
    CAST(NULL AS VARCHAR) AS landing_site,
    CAST(NULL AS VARCHAR) AS referring_site,
    CAST(NULL AS TIMESTAMP) AS source_updated_at
FROM first
ORDER BY first.row
"""


def _checks() -> str:
    """Rows of (row, column, value, reason), one per problem, in file order."""
    first = 'row = min(row) OVER (PARTITION BY "Name")'
    checks = [
        """SELECT row, 'Name', NULL, 'is missing' FROM lines WHERE trim("Name") = ''
            OR "Name" IS NULL""",
        """SELECT row, 'Created at', "Created at",
                   'should be a date and time with its UTC offset, e.g. 2025-12-06 10:37:33 -0500'
            FROM lines WHERE created IS NULL""",
        f"""SELECT row, 'Currency', "Currency", 'should be a three-letter currency code'
            FROM (SELECT *, {first} AS is_first FROM lines)
            WHERE is_first AND NOT regexp_matches(coalesce(trim("Currency"), ''), '^[A-Za-z]{{3}}$')
        """,
        f"""SELECT row, 'Total', NULL, 'is missing on the order''s first row'
            FROM (SELECT *, {first} AS is_first FROM lines)
            WHERE is_first AND coalesce(trim("Total"), '') = ''""",
    ]
    for column in MONEY:
        checks.append(
            f"""SELECT row, '{column}', {_col(column)}, 'should be an amount such as 1299.00'
                FROM lines WHERE trim({_col(column)}) <> ''
                AND TRY_CAST(trim({_col(column)}) AS DECIMAL(18, 2)) IS NULL"""
        )
    return " UNION ALL ".join(f"({c})" for c in checks) + f" ORDER BY 1, 2 LIMIT {MAX_PROBLEMS}"


def read_shopify_csv(path: Path) -> pa.Table:
    """The orders of one export, as `shop_order` rows without `workspace_id`."""
    file = str(path)
    if not path.is_file():
        raise ImportFailed([Problem(file=file, reason="no such file")])
    con = duckdb.connect()
    con.execute("SET enable_progress_bar = false")
    try:
        columns = _read_lines(con, path)
        missing = [c for c in REQUIRED if c not in columns]
        if missing:
            raise ImportFailed(
                [
                    Problem(file=file, row=1, column=c, reason="column missing from the header")
                    for c in missing
                ]
            )
        # Only the columns read are kept; older exports lack some: they read as empty.
        kept = ", ".join(
            _col(c) if c in columns else f"CAST(NULL AS VARCHAR) AS {_col(c)}"
            for c in (*REQUIRED, *OPTIONAL)
        )
        con.execute(
            f"CREATE TABLE lines AS SELECT row_number() OVER () + 1 AS row, {kept},"
            f" {_CREATED} AS created FROM raw_lines"
        )
        problems = [
            Problem(file=file, row=row, column=column, value=value, reason=reason)
            for row, column, value, reason in con.sql(_checks()).fetchall()
        ]
        if problems:
            raise ImportFailed(problems)
        return con.sql(_ORDERS).to_arrow_table().cast(ORDER_SCHEMA)
    # DuckDB's Python layer raises UnicodeDecodeError for text it cannot hand back.
    except (duckdb.Error, UnicodeDecodeError) as error:
        raise _located(file, error) from None
    finally:
        con.close()


def _read_lines(con: duckdb.DuckDBPyConnection, path: Path) -> set[str]:
    quoted = "'" + str(path).replace("'", "''") + "'"
    con.execute(
        f"CREATE VIEW raw_lines AS SELECT * FROM read_csv({quoted}, header = true,"
        " all_varchar = true, delim = ',', quote = '\"', escape = '\"',"
        " normalize_names = false)"
    )
    return {name for (name,) in con.sql("SELECT column_name FROM (DESCRIBE raw_lines)").fetchall()}


def _located(file: str, error: Exception) -> ImportFailed:
    """Where DuckDB stumbled, found again by Python's csv module (the slow path, errors only)."""
    problems = _check_shape(Path(file))
    if problems:
        return ImportFailed(problems)
    message = (str(error).splitlines() or [type(error).__name__])[0]
    line = re.search(r"\bline:? (\d+)", str(error), re.IGNORECASE)
    return ImportFailed(
        [
            Problem(
                file=file,
                row=int(line[1]) if line else None,
                reason=f"cannot be read as a Shopify orders export: {message}",
            )
        ]
    )


def _check_shape(path: Path) -> list[Problem]:
    """Rows whose number of fields differs from the header's, or text that is not UTF-8."""
    problems: list[Problem] = []
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            records = csv.reader(handle)
            header = next(records, [])
            for row, record in enumerate(records, start=2):
                if len(record) != len(header) and any(record):
                    problems.append(
                        Problem(
                            file=str(path),
                            row=row,
                            reason=f"has {len(record)} fields where the header has {len(header)}"
                            " (a comma or quote out of place?)",
                        )
                    )
                if len(problems) >= MAX_PROBLEMS:
                    break
    except (csv.Error, UnicodeDecodeError, OSError) as error:
        problems.append(Problem(file=str(path), reason=f"cannot be read as CSV: {error}"))
    return problems

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
from functools import cache
from pathlib import Path

import duckdb
import pyarrow as pa

from influscope.ingest.orders import ORDER_SCHEMA
from influscope.ingest.problems import ImportFailed, Problem
from influscope.ingest.sql_text import quoted

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
UTM_PARTS = ("source", "medium", "campaign", "content", "term", "id")
# DuckDB reads a file in parallel by buffer. Its default, 32 MB, splits a 200,000 line export
# (about 45 MB) into a large and a small part; 8 MB parts keep both cores busy.
_BUFFER = 8 * 1024 * 1024


def _col(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _amount(cell: str) -> str:
    return f"TRY_CAST(nullif(trim({cell}), '') AS DECIMAL(18, 2))"


def _lines(present: set[str]) -> str:
    """One pass over the file keeps what the checks and the orders use, each cell parsed once:
    the time and the amounts as values, with the text only where it is not one (for the
    message). Columns an older export lacks read as empty. The table's rowid is the file's
    order (insertion order is kept), so a line's row is rowid + 2."""

    def cell(name: str) -> str:
        return _col(name) if name in present else "CAST(NULL AS VARCHAR)"

    amounts = ", ".join(f"{_amount(cell(c))} AS {_col(c)}" for c in MONEY)
    kept = ", ".join(
        f"{cell(c)} AS {_col(c)}"
        for c in (*REQUIRED, *OPTIONAL)
        if c not in MONEY and c != "Created at"
    )
    raw = ", ".join(f"{cell(c)} AS {_col('raw ' + c)}" for c in ("Created at", *MONEY))
    bad = ", ".join(
        f"CASE WHEN {_col(c)} IS NULL AND trim({_col('raw ' + c)}) <> '' THEN {_col('raw ' + c)}"
        f" END AS {_col('bad ' + c)}"
        for c in MONEY
    )
    return f"""
        CREATE TEMP TABLE lines AS
        SELECT * EXCLUDE ({", ".join(_col("raw " + c) for c in ("Created at", *MONEY))}),
               CASE WHEN created IS NULL THEN {_col("raw Created at")} END AS bad_created, {bad}
        FROM (SELECT {kept}, {amounts}, {raw}, {_CREATED} AS created FROM raw_lines)
    """


# A word of each part's name, for a cheap look before the regex: a note without it cannot have
# that line. Never an `s` or a `k`: RE2's `(?i)` also takes `ſ` and `K` (the Kelvin sign) for
# them, which lower() leaves as they are.
_UTM_WORDS = {
    "source": "ource",
    "medium": "medium",
    "campaign": "campaign",
    "content": "content",
    "term": "term",
    "id": "id",
}


def _utm_line(part: str) -> str:
    """The whole `UTM source: value` line of the note attributes (a match needs no capture
    group, which keeps RE2 on its fast path); the value is cut out of it by `_utm_rest`.
    Most notes name a few parts only: the others are not searched for."""
    pattern = rf"(?im)^\s*utm[ _-]?{part}\s*[:=][^\r\n]*\r?$"
    return (
        f"CASE WHEN contains(note, '{_UTM_WORDS[part]}')"
        f" THEN regexp_extract({_col('Note Attributes')}, '{pattern}') END AS utm_{part}_line"
    )


def _utm_rest(part: str) -> str:
    """What follows the first `:` or `=` of the line, in a projection of its own: the trim of
    `_utm_value` then reads it once instead of cutting it again."""
    line = f"utm_{part}_line"
    separator = f"least(nullif(strpos({line}, ':'), 0), nullif(strpos({line}, '='), 0))"
    return f"substr({line}, {separator} + 1) AS utm_{part}_rest"


def _utm_value(part: str) -> str:
    """The value without its spaces, tabs and `\\r`."""
    return f"nullif(trim(utm_{part}_rest, ' ' || chr(9) || chr(13)), '') AS utm_{part}"


# Discount codes upper-cased, trimmed, in order, once each, joined by ','; a cell without a
# comma holds one code at most, which needs no list.
_CODES = """CASE WHEN contains("Discount Code", ',') THEN array_to_string(list_filter(codes,
                lambda c, i: c <> '' AND list_position(codes, c) = i), ',')
            ELSE upper(trim(coalesce("Discount Code", ''))) END"""

# The first line of each order (the lowest row of its `Name`) holds the order's own fields;
# `firsts` lists them (made once, used by the checks and the orders).
_FIRSTS = 'CREATE TEMP TABLE firsts AS SELECT min(rowid) AS line FROM lines GROUP BY "Name"'
_FIRST = "rowid IN (SELECT line FROM firsts)"

# Orders come out in no particular order: sorting them by row cost a tenth of the import, and
# the store keys them by `order_key`, not by position.
_ORDERS = f"""
WITH noted AS (
    SELECT *, lower("Note Attributes") AS note,
           CASE WHEN contains("Discount Code", ',') THEN
               list_transform(string_split("Discount Code", ','), lambda c: upper(trim(c)))
           END AS codes
    FROM lines WHERE {_FIRST}
),
utm_lines AS (SELECT *, {", ".join(_utm_line(p) for p in UTM_PARTS)} FROM noted),
first AS (SELECT *, {", ".join(_utm_rest(p) for p in UTM_PARTS)} FROM utm_lines)
SELECT
    'shopify' AS platform,
    coalesce(nullif(trim(first."Id"), ''), trim(first."Name")) AS order_key,
    trim(first."Name") AS order_name,
    first.created AS created_at,
    upper(trim(first."Currency")) AS currency,
    coalesce(first."Subtotal", first."Total") AS subtotal,
    coalesce(first."Discount Amount", 0)::DECIMAL(18, 2) AS discount_total,
    first."Total" AS total,
    coalesce(first."Refunded Amount",
             CASE WHEN lower(trim(first."Financial Status")) = 'refunded' THEN first."Total" END,
             0)::DECIMAL(18, 2) AS refunded,
    nullif(trim(first."Cancelled at"), '') IS NOT NULL
        OR lower(trim(first."Financial Status")) = 'voided' AS cancelled,
    coalesce(nullif(lower(trim(first."Financial Status")), ''), 'unknown') AS financial_status,
    CASE WHEN trim(first."Email") <> '' THEN sha256(lower(trim(first."Email"))) END
        AS customer_key,
    CAST(NULL AS BOOLEAN) AS new_customer,
    {_CODES} AS discount_codes,
    {", ".join(_utm_value(p) for p in UTM_PARTS)},
    CAST(NULL AS VARCHAR) AS landing_site,
    CAST(NULL AS VARCHAR) AS referring_site,
    CAST(NULL AS TIMESTAMP) AS source_updated_at
FROM first
"""


def _checks() -> str:
    """Rows of (row, column, value, reason), one per problem, in file order."""
    checks = [
        """SELECT rowid + 2, 'Name', NULL, 'is missing' FROM lines WHERE trim("Name") = ''
            OR "Name" IS NULL""",
        """SELECT rowid + 2, 'Created at', bad_created,
                   'should be a date and time with its UTC offset, e.g. 2025-12-06 10:37:33 -0500'
            FROM lines WHERE created IS NULL""",
        f"""SELECT rowid + 2, 'Currency', "Currency", 'should be a three-letter currency code'
            FROM lines WHERE {_FIRST}
            AND NOT regexp_matches(coalesce(trim("Currency"), ''), '^[A-Za-z]{{3}}$')""",
        # An amount that is there but not one is reported below; here only a blank one.
        f"""SELECT rowid + 2, 'Total', NULL, 'is missing on the order''s first row'
            FROM lines WHERE {_FIRST} AND "Total" IS NULL AND "bad Total" IS NULL""",
    ]
    for column in MONEY:
        checks.append(
            f"""SELECT rowid + 2, '{column}', {_col("bad " + column)},
                       'should be an amount such as 1299.00'
                FROM lines WHERE {_col("bad " + column)} IS NOT NULL"""
        )
    return " UNION ALL ".join(f"({c})" for c in checks) + f" ORDER BY 1, 2 LIMIT {MAX_PROBLEMS}"


def read_shopify_csv(path: Path) -> pa.Table:
    """The orders of one export, as `shop_order` rows without `workspace_id`."""
    file = str(path)
    if not path.is_file():
        raise ImportFailed([Problem(file=file, reason="no such file")])
    con = _scratch().cursor()
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
        con.execute(_lines(columns))
        con.execute(_FIRSTS)
        problems = [
            Problem(file=file, row=row, column=column, value=value, reason=reason)
            for row, column, value, reason in con.sql(_checks()).fetchall()
        ]
        if problems:
            raise ImportFailed(problems)
        orders = con.sql(_ORDERS).to_arrow_table()
        # DuckDB hands back these very types; a cast (which loads pyarrow.compute) only if not.
        return orders if orders.schema.equals(ORDER_SCHEMA) else orders.cast(ORDER_SCHEMA)
    # DuckDB's Python layer (and the header's reader) raise UnicodeDecodeError for text that is
    # not UTF-8.
    except (duckdb.Error, UnicodeDecodeError, csv.Error) as error:
        raise _located(file, error) from None
    finally:
        con.close()


@cache
def _scratch() -> duckdb.DuckDBPyConnection:
    """One in-memory database per process for the readings: opening one costs about 15 ms, a
    connection to it nothing. Each reading takes a connection of its own, whose temporary tables
    no other sees and which go when it closes."""
    con = duckdb.connect()
    # The rowid of `lines` is the row in the file (the default, said here because it matters).
    con.execute("SET preserve_insertion_order = true")
    return con


def _read_lines(con: duckdb.DuckDBPyConnection, path: Path) -> set[str]:
    """The header is read here, so DuckDB takes every column as text without sniffing the file
    (twice: once to describe it, once to read it)."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        header = next(csv.reader(handle), [])
    if not header:
        return set()
    twice = sorted({n for n in header if header.count(n) > 1} & {*REQUIRED, *OPTIONAL})
    if twice:
        raise ImportFailed(
            [
                Problem(file=str(path), row=1, column=n, reason="appears twice in the header")
                for n in twice
            ]
        )
    # A repeated column no import reads only needs a name of its own.
    names = [n if n not in header[:i] else f"{n} #{i + 1}" for i, n in enumerate(header)]
    columns = ", ".join(f"{quoted(name)}: 'VARCHAR'" for name in names)
    con.execute(
        f"CREATE TEMP VIEW raw_lines AS SELECT * FROM read_csv({quoted(str(path))}, header = true,"
        f" auto_detect = false, columns = {{{columns}}}, delim = ',', quote = '\"',"
        f" escape = '\"', buffer_size = {_BUFFER})"
    )
    return set(header)


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

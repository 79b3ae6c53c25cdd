"""Writing web sessions and shop orders in bulk: one set-based upsert per batch, not row by row.

Importers hand over Arrow tables (a GA4 export is millions of events, a Shopify export hundreds
of thousands of rows). DuckDB reads them in place; PostgreSQL gets them into a temporary table
through COPY. They are merged with one `INSERT … ON CONFLICT DO UPDATE … WHERE changed`, which
both speak, so a re-import of the same file changes nothing and a corrected file updates only
what changed (keys not yet stored take a plain insert).
The caller owns the transaction: a failure leaves the store as it was.
"""

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from itertools import count

import pyarrow as pa
import sqlalchemy as sa

from influscope.store import schema
from influscope.store.writes import SaveSummary

# Columns a NULL never overwrites: it means "not known here" (a Shopify CSV export has no
# landing page, referrer or update time; UTMs only when a note attribute carries them).
_KEPT_WHEN_NULL = frozenset(
    {
        "new_customer",
        "source_updated_at",
        "landing_site",
        "referring_site",
        "utm_source",
        "utm_medium",
        "utm_campaign",
        "utm_content",
        "utm_term",
        "utm_id",
    }
)
_NEVER_UPDATED = frozenset({"id", "campaign_id", "influencer_id"})
_staging_names = count()


def upsert_arrow(
    conn: sa.Connection,
    table: sa.Table,
    *,
    key: Sequence[str],
    rows: pa.Table,
    summary: SaveSummary,
    constants: dict[str, int] | None = None,
    newer_column: str | None = None,
) -> None:
    """Insert the new rows of `rows`, update the changed ones, count both in `summary`.

    `rows` holds one row per key. `constants` are columns with one value for every row (the
    workspace). With `newer_column`, a stored row is only replaced by one whose value there is
    not older (webhooks arrive out of order); a row without one (a CSV export) never replaces a
    row with one, which may well be newer: a webhook's refund survives the export made before.
    """
    if rows.num_rows == 0:
        return
    staged = f"staged_{table.name}_{next(_staging_names)}"
    constants = constants or {}
    columns = [*rows.column_names, *constants]
    if conn.dialect.name == "duckdb":
        with _arrow_view(conn, staged, rows, constants):
            _merge(
                conn, staged, table, key=key, columns=columns, summary=summary, newer=newer_column
            )
        return
    _stage(conn, staged, table, rows, constants)
    try:
        _merge(conn, staged, table, key=key, columns=columns, summary=summary, newer=newer_column)
    finally:
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {staged}")


@contextmanager
def _arrow_view(
    conn: sa.Connection, staged: str, rows: pa.Table, constants: dict[str, int]
) -> Iterator[None]:
    """DuckDB reads the Arrow table in place, as a view with the constant columns added: the
    merge's few scans of it cost less than copying it into a table first."""
    driver = conn.connection.driver_connection
    arrow = f"{staged}_arrow"
    fixed = "".join(f", {int(v)} AS {k}" for k, v in constants.items())
    driver.register(arrow, rows)
    try:
        driver.execute(f"CREATE TEMP VIEW {staged} AS SELECT *{fixed} FROM {arrow}")
        try:
            yield
        finally:
            driver.execute(f"DROP VIEW IF EXISTS {staged}")
    finally:
        driver.unregister(arrow)


def _stage(
    conn: sa.Connection, staged: str, table: sa.Table, rows: pa.Table, constants: dict[str, int]
) -> None:
    """Copy `rows` into a temporary table shaped like `table` through COPY (PostgreSQL)."""
    columns = ", ".join([*rows.column_names, *constants])
    driver = conn.connection.driver_connection
    conn.exec_driver_sql(
        f"CREATE TEMP TABLE {staged} AS SELECT {columns} FROM {table.name} WHERE false"
    )
    fixed_values = tuple(constants.values())
    with driver.cursor().copy(f"COPY {staged} ({columns}) FROM STDIN") as copy:
        for batch in rows.to_batches(max_chunksize=10_000):
            for row in zip(*(c.to_pylist() for c in batch.columns), strict=True):
                copy.write_row(row + fixed_values)


def _merge(
    conn: sa.Connection,
    staged: str,
    table: sa.Table,
    *,
    key: Sequence[str],
    columns: list[str],
    summary: SaveSummary,
    newer: str | None,
) -> None:
    target = table.name
    values = [c for c in columns if c not in key and c not in _NEVER_UPDATED]

    def guard(stored: str, new: str) -> str:
        """The stored row differs from the new one (and is not newer than it)."""
        differs = " OR ".join(
            f"({new}.{c} IS NOT NULL AND {stored}.{c} IS DISTINCT FROM {new}.{c})"
            if c in _KEPT_WHEN_NULL
            else f"{stored}.{c} IS DISTINCT FROM {new}.{c}"
            for c in values
        )
        if newer is None:
            return f"({differs})"
        return f"({differs}) AND ({stored}.{newer} IS NULL OR {new}.{newer} >= {stored}.{newer})"

    on = " AND ".join(f"t.{k} = s.{k}" for k in key)
    total, inserted, updated = conn.exec_driver_sql(
        f"SELECT count(*), count(*) FILTER (WHERE t.{key[0]} IS NULL),"
        f" count(*) FILTER (WHERE t.{key[0]} IS NOT NULL AND {guard('t', 's')})"
        f" FROM {staged} s LEFT JOIN {target} t ON {on}"
    ).one()
    assignments = ", ".join(
        f"{c} = COALESCE(excluded.{c}, {target}.{c})"
        if c in _KEPT_WHEN_NULL
        else f"{c} = excluded.{c}"
        for c in values
    )
    listed = ", ".join(columns)
    exists = f"EXISTS (SELECT 1 FROM {target} t WHERE {on})"
    if updated:
        conn.exec_driver_sql(
            f"INSERT INTO {target} ({listed}) SELECT {listed} FROM {staged} s WHERE {exists}"
            f" ON CONFLICT ({', '.join(key)}) DO UPDATE SET {assignments}"
            f" WHERE {guard(target, 'excluded')}"
        )
    if inserted:
        # New keys take the plain insert path, much faster than ON CONFLICT on DuckDB; when all
        # are new (a first import), without looking for them again.
        only_new = "" if inserted == total else f" WHERE NOT {exists}"
        conn.exec_driver_sql(
            f"INSERT INTO {target} ({listed}) SELECT {listed} FROM {staged} s{only_new}"
        )
    summary.add(target, "inserted", inserted)
    summary.add(target, "updated", updated)
    summary.add(target, "unchanged", total - inserted - updated)


def save_web_traffic(
    conn: sa.Connection, *, workspace_id: int, rows: pa.Table, summary: SaveSummary
) -> None:
    """Upsert GA4 rows (sessions or report rows) by workspace, source and row key."""
    upsert_arrow(
        conn,
        schema.commerce.web_traffic,
        key=("workspace_id", "source", "row_key"),
        rows=rows,
        summary=summary,
        constants={"workspace_id": workspace_id},
    )


def save_orders(
    conn: sa.Connection, *, workspace_id: int, rows: pa.Table, summary: SaveSummary
) -> None:
    """Upsert shop orders by workspace, platform and order key, then settle `new_customer`."""
    upsert_arrow(
        conn,
        schema.commerce.shop_order,
        key=("workspace_id", "platform", "order_key"),
        rows=rows,
        summary=summary,
        constants={"workspace_id": workspace_id},
        newer_column="source_updated_at",
    )
    mark_new_customers(conn, workspace_id=workspace_id)


def mark_new_customers(conn: sa.Connection, *, workspace_id: int) -> None:
    """A customer's first order in the store is new business, every later one is not.

    A value the shop gave (Shopify's `customer.orders_count`) stands unless an earlier order in
    the store contradicts it; an order with no customer key stays unknown. One pass over the
    workspace's orders, not a lookup per order (a correlated EXISTS was quadratic on PostgreSQL),
    and one update of the orders whose value changes (none when a re-import changes nothing).
    """
    conn.execute(
        sa.text(
            f"""
            UPDATE shop_order SET new_customer = ranked.first_order
            FROM ({_first_orders(conn.dialect.name)}) ranked
            WHERE shop_order.id = ranked.id AND ranked.stored IS DISTINCT FROM ranked.first_order
            """
        ),
        {"w": workspace_id},
    )


def _first_orders(dialect: str) -> str:
    """(id, stored, first_order) of the workspace's orders with a customer key: first_order is
    what new_customer should be. The first of a customer is the earliest (`created_at`, then
    `order_key`): on DuckDB an `arg_min` per customer, a hash aggregate much cheaper than the
    sort by the 64-character key a window needs; PostgreSQL has no `arg_min` and ranks."""
    if dialect == "duckdb":
        return """
            SELECT o.id, o.new_customer AS stored,
                   first.id IS NOT NULL AND coalesce(o.new_customer, true) AS first_order
            FROM shop_order o
            LEFT JOIN (
                SELECT arg_min(id, (created_at, order_key)) AS id FROM shop_order
                WHERE workspace_id = :w AND customer_key IS NOT NULL
                GROUP BY platform, customer_key
            ) first ON first.id = o.id
            WHERE o.workspace_id = :w AND o.customer_key IS NOT NULL
        """
    return """
        SELECT id, new_customer AS stored,
               CASE WHEN row_number() OVER (
                        PARTITION BY platform, customer_key ORDER BY created_at, order_key
                    ) = 1
                    THEN coalesce(new_customer, true) ELSE false END AS first_order
        FROM shop_order WHERE workspace_id = :w AND customer_key IS NOT NULL
    """

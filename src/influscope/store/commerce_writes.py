"""Writing web sessions and shop orders in bulk: one set-based upsert per batch, not row by row.

Importers hand over Arrow tables (a GA4 export is millions of events, a Shopify export hundreds
of thousands of rows). They are staged next to the target table and merged with one
`INSERT … ON CONFLICT DO UPDATE … WHERE changed`, which DuckDB and PostgreSQL both speak, so a
re-import of the same file changes nothing and a corrected file updates only what changed.
The caller owns the transaction: a failure leaves the store as it was.
"""

from collections.abc import Sequence
from itertools import count

import pyarrow as pa
import sqlalchemy as sa

from influscope.store import schema
from influscope.store.writes import SaveSummary

# Columns an upsert never overwrites: the matcher owns them, or a NULL means "not known here".
_KEPT_WHEN_NULL = frozenset({"new_customer", "source_updated_at"})
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
    not older (webhooks arrive out of order).
    """
    if rows.num_rows == 0:
        return
    staged = f"staged_{table.name}_{next(_staging_names)}"
    constants = constants or {}
    columns = [*rows.column_names, *constants]
    _stage(conn, staged, table, rows, constants)
    try:
        _merge(conn, staged, table, key=key, columns=columns, summary=summary, newer=newer_column)
    finally:
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {staged}")


def _stage(
    conn: sa.Connection, staged: str, table: sa.Table, rows: pa.Table, constants: dict[str, int]
) -> None:
    """Copy `rows` into a temporary table shaped like `table`, the fastest way each engine has.

    DuckDB reads the Arrow table in place; PostgreSQL gets it through COPY.
    """
    columns = ", ".join([*rows.column_names, *constants])
    driver = conn.connection.driver_connection
    if conn.dialect.name == "duckdb":
        view = f"{staged}_arrow"
        fixed = "".join(f", {int(v)} AS {k}" for k, v in constants.items())
        driver.register(view, rows)
        try:
            driver.execute(f"CREATE TEMP TABLE {staged} AS SELECT *{fixed} FROM {view}")
        finally:
            driver.unregister(view)
        return
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
        return (
            f"({differs}) AND ({new}.{newer} IS NULL OR {stored}.{newer} IS NULL"
            f" OR {new}.{newer} >= {stored}.{newer})"
        )

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
        # New keys take the plain insert path, much faster than ON CONFLICT on DuckDB.
        conn.exec_driver_sql(
            f"INSERT INTO {target} ({listed}) SELECT {listed} FROM {staged} s WHERE NOT {exists}"
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
    the store contradicts it; an order with no customer key stays unknown. One ranking of the
    workspace's orders, not a lookup per order (a correlated EXISTS was quadratic on PostgreSQL).
    """
    conn.execute(
        sa.text(
            """
            UPDATE shop_order SET new_customer = false
            WHERE (new_customer IS NULL OR new_customer)
              AND id IN (
                SELECT id FROM (
                    SELECT id, row_number() OVER (
                        PARTITION BY platform, customer_key ORDER BY created_at, order_key
                    ) AS nth
                    FROM shop_order WHERE workspace_id = :w AND customer_key IS NOT NULL
                ) ranked
                WHERE nth > 1)
            """
        ),
        {"w": workspace_id},
    )
    conn.execute(
        sa.text(
            "UPDATE shop_order SET new_customer = true WHERE workspace_id = :w"
            " AND customer_key IS NOT NULL AND new_customer IS NULL"
        ),
        {"w": workspace_id},
    )

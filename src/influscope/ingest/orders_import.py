"""Importing shop orders into a workspace, in one transaction: a bad file writes nothing."""

from pathlib import Path

import pyarrow as pa
import sqlalchemy as sa

from influscope.store.commerce_writes import save_orders
from influscope.store.writes import SaveSummary, get_or_create_workspace


def import_order_rows(engine: sa.Engine, rows: pa.Table, *, workspace: str) -> SaveSummary:
    """Orders already read and checked, by any reader, into `shop_order`."""
    summary = SaveSummary()
    with engine.begin() as conn:
        workspace_id = get_or_create_workspace(conn, name=workspace)
        save_orders(conn, workspace_id=workspace_id, rows=rows, summary=summary)
    return summary


def import_shopify_csv(engine: sa.Engine, path: Path, *, workspace: str) -> SaveSummary:
    from influscope.ingest.shopify_csv import read_shopify_csv

    return import_order_rows(engine, read_shopify_csv(path), workspace=workspace)


def import_shopify_json(engine: sa.Engine, path: Path, *, workspace: str) -> SaveSummary:
    from influscope.ingest.shopify_orders import read_shopify_json

    return import_order_rows(engine, read_shopify_json(path), workspace=workspace)


def import_woocommerce_json(
    engine: sa.Engine, path: Path, *, workspace: str, time_zone: str = "UTC"
) -> SaveSummary:
    from influscope.ingest.woocommerce import read_woocommerce_json

    rows = read_woocommerce_json(path, time_zone=time_zone)
    return import_order_rows(engine, rows, workspace=workspace)

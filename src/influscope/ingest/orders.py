"""What Shopify and WooCommerce orders share once read: one canonical row per order.

Money stays `Decimal` with its currency. The customer is kept only as the SHA-256 of the
trimmed, lower-cased e-mail, so two orders of one person meet without the address being stored.
"""

import datetime as dt
import hashlib
from collections.abc import Iterable

import pyarrow as pa

UTM_PARTS = ("source", "medium", "campaign", "content", "term", "id")

# Column order and Arrow types of the rows importers hand to `commerce_writes.save_orders`.
ORDER_SCHEMA = pa.schema(
    [
        ("platform", pa.string()),
        ("order_key", pa.string()),
        ("order_name", pa.string()),
        ("created_at", pa.timestamp("us")),
        ("currency", pa.string()),
        ("subtotal", pa.decimal128(18, 2)),
        ("discount_total", pa.decimal128(18, 2)),
        ("total", pa.decimal128(18, 2)),
        ("refunded", pa.decimal128(18, 2)),
        ("cancelled", pa.bool_()),
        ("financial_status", pa.string()),
        ("customer_key", pa.string()),
        ("new_customer", pa.bool_()),
        ("discount_codes", pa.string()),
        *((f"utm_{part}", pa.string()) for part in UTM_PARTS),
        ("landing_site", pa.string()),
        ("referring_site", pa.string()),
        ("source_updated_at", pa.timestamp("us")),
    ]
)


def customer_key(email: str | None) -> str | None:
    email = (email or "").strip().lower()
    return hashlib.sha256(email.encode()).hexdigest() if email else None


def discount_codes(codes: Iterable[str | None]) -> str:
    """Upper-cased, trimmed, in order, once each, joined by ','."""
    seen: dict[str, None] = {}
    for code in codes:
        for part in (code or "").split(","):
            if part.strip():
                seen.setdefault(part.strip().upper(), None)
    return ",".join(seen)


def utc_naive(moment: dt.datetime) -> dt.datetime:
    """UTC without a zone, as the store keeps every timestamp."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(dt.UTC).replace(tzinfo=None)


def orders_table(rows: list[dict]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=ORDER_SCHEMA)

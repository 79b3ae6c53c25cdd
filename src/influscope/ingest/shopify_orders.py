"""Shopify's order JSON (the `orders/create` and `orders/updated` webhooks, or the Admin REST
`orders.json` response) as `shop_order` rows.

Fields (https://shopify.dev/docs/api/admin-rest/latest/resources/order): money as strings
(`"total_price": "76.42"`), times with an offset (`2026-03-06T12:37:33+01:00`), `discount_codes`
as `{code, amount, type}`, `note_attributes` as `{name, value}` where apps leave UTMs,
`landing_site` with the first page's query string, `refunds[].transactions[]` for what was paid
back, and `customer.orders_count` (`number_of_orders` in newer versions).
"""

from decimal import Decimal
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pyarrow as pa

from influscope.ingest.orders import UTM_PARTS, customer_key, discount_codes, orders_table
from influscope.ingest.orders_json import Fields, load_json, order_records, orders_in
from influscope.ingest.problems import ImportFailed

ZERO = Decimal("0.00")


def shopify_order_row(order: dict, fields: Fields) -> dict | None:
    """One row, or None with the problems added to `fields`."""
    before = len(fields.problems)
    key = fields.text(order, "id", required=True)
    total = fields.money(order, "total_price", required=True)
    row = {
        "platform": "shopify",
        "order_key": key,
        "order_name": fields.text(order, "name") or key,
        "created_at": fields.moment(order, "created_at", required=True),
        "currency": _currency(order, fields),
        "subtotal": fields.money(order, "subtotal_price"),
        "discount_total": fields.money(order, "total_discounts") or ZERO,
        "total": total,
        "refunded": _refunded(order, fields),
        "financial_status": (fields.text(order, "financial_status") or "unknown").lower(),
        "customer_key": customer_key(
            fields.text(order, "email")
            or fields.text(
                order.get("customer") if isinstance(order.get("customer"), dict) else {}, "email"
            )
        ),
        "new_customer": _new_customer(order),
        "discount_codes": discount_codes(
            fields.text(code, "code", path="discount_codes.")
            for code in fields.records(order, "discount_codes")
        ),
        **_utms(order, fields),
        "landing_site": fields.text(order, "landing_site"),
        "referring_site": fields.text(order, "referring_site"),
        "source_updated_at": fields.moment(order, "updated_at"),
    }
    row["cancelled"] = (
        fields.moment(order, "cancelled_at") is not None or row["financial_status"] == "voided"
    )
    if row["subtotal"] is None:
        row["subtotal"] = total
    if len(fields.problems) > before:
        return None
    return row


def _currency(order: dict, fields: Fields) -> str | None:
    currency = fields.text(order, "currency", required=True)
    if currency is not None and not (len(currency) == 3 and currency.isalpha()):
        fields.fail("currency", currency, "should be a three-letter currency code")
        return None
    return currency.upper() if currency else None


def _refunded(order: dict, fields: Fields):
    total = ZERO
    for n, refund in enumerate(fields.records(order, "refunds")):
        for transaction in fields.records(refund, "transactions", path=f"refunds.{n}."):
            amount = fields.money(transaction, "amount", path=f"refunds.{n}.transactions.")
            kind = str(transaction.get("kind") or "refund").lower()
            status = str(transaction.get("status") or "success").lower()
            if amount is not None and kind == "refund" and status == "success":
                total += abs(amount)
    return total


def _new_customer(order: dict) -> bool | None:
    customer = order.get("customer")
    if not isinstance(customer, dict):
        return None
    count = customer.get("orders_count", customer.get("number_of_orders"))
    try:
        return int(count) <= 1 if count is not None else None
    except (TypeError, ValueError, OverflowError):
        return None


def _utms(order: dict, fields: Fields) -> dict[str, str | None]:
    """From the note attributes an app wrote, else from the landing page's query string."""
    found: dict[str, str | None] = {f"utm_{part}": None for part in UTM_PARTS}
    for attribute in fields.records(order, "note_attributes"):
        name = str(attribute.get("name") or "").strip().lower().replace(" ", "_").replace("-", "_")
        value = attribute.get("value")
        if name in found and isinstance(value, str | int) and str(value).strip():
            found[name] = str(value).strip()
    landing = fields.text(order, "landing_site")
    if landing and not any(found.values()):
        query = parse_qs(urlsplit(landing).query)
        for name in found:
            if query.get(name):
                found[name] = query[name][0]
    return found


def read_shopify_orders(payloads: list[object], *, file: str) -> pa.Table:
    """Rows of several orders; ImportFailed with every problem if any order has one."""
    fields_all = []
    rows = []
    for n, order in enumerate(order_records(payloads, file=file, what="Shopify orders"), 1):
        fields = Fields(file=file, row=n if len(payloads) > 1 else None)
        row = shopify_order_row(order, fields)
        fields_all.extend(fields.problems)
        if row is not None:
            rows.append(row)
    if fields_all:
        raise ImportFailed(fields_all)
    return orders_table(rows)


def read_shopify_json(path: Path) -> pa.Table:
    """A saved webhook body, an `orders.json` response, or a list of orders."""
    orders = orders_in(load_json(path), key="orders")
    return read_shopify_orders(
        order_records(orders, file=str(path), what="Shopify orders JSON"), file=str(path)
    )

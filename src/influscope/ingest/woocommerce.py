"""WooCommerce REST API v3 orders (`GET /wp-json/wc/v3/orders`, or an order webhook) as
`shop_order` rows.

Money comes as decimal strings (`"total": "76.42"`); `date_created_gmt` is UTC without an offset
while `date_created` is the site's local time, so the `_gmt` field wins; `coupon_lines[].code`
holds the codes, lower-cased by WooCommerce; `refunds[].total` is negative; since WooCommerce 8.5
the order attribution sits in `meta_data` as `_wc_order_attribution_utm_source`, `…_utm_medium`,
`…_utm_campaign`, `…_utm_content`, `…_session_entry` (the landing page) and `…_referrer`
(https://woocommerce.com/document/order-attribution-tracking/).
"""

import datetime as dt
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pyarrow as pa

from influscope.ingest.orders import UTM_PARTS, customer_key, discount_codes, orders_table
from influscope.ingest.orders_json import Fields, load_json, order_records, orders_in
from influscope.ingest.problems import ImportFailed

ZERO = Decimal("0.00")
ATTRIBUTION = "_wc_order_attribution_"
# Not sales: "pending" and "checkout-draft" await payment, "on-hold" awaits a bank transfer or
# cheque, and "cancelled", "failed" and "trash" never were or no longer are. Every other status
# was paid: "processing", "completed", "refunded" (its refund takes it back to 0) and the ones
# shipping plugins add after payment ("shipped", "delivered").
NOT_SALES = ("pending", "checkout-draft", "on-hold", "cancelled", "failed", "trash")


def woocommerce_order_row(order: dict, fields: Fields, *, time_zone: str = "UTC") -> dict | None:
    """One row, or None with the problems added to `fields`. `time_zone` is the site's: it
    places `date_created` when an older WooCommerce sends no `date_created_gmt`."""
    before = len(fields.problems)
    meta = _meta(order, fields)
    status = (fields.text(order, "status") or "unknown").lower()
    total = fields.money(order, "total", required=True)
    lines = fields.records(order, "line_items")
    subtotals = [fields.money(line, "subtotal", path="line_items.") for line in lines]
    refunds = [fields.money(r, "total", path="refunds.") for r in fields.records(order, "refunds")]
    row = {
        "platform": "woocommerce",
        "order_key": fields.text(order, "id", required=True),
        "order_name": "#" + (fields.text(order, "number") or fields.text(order, "id") or ""),
        "created_at": _created_at(order, fields, time_zone),
        "currency": _currency(order, fields),
        "subtotal": sum((s for s in subtotals if s is not None), ZERO) if lines else total,
        "discount_total": fields.money(order, "discount_total") or ZERO,
        "total": total,
        "refunded": sum((abs(r) for r in refunds if r is not None), ZERO),
        "cancelled": status in NOT_SALES,
        "financial_status": status,
        "customer_key": customer_key(fields.text(order.get("billing"), "email", path="billing.")),
        "new_customer": None,
        "discount_codes": discount_codes(
            fields.text(c, "code", path="coupon_lines.")
            for c in fields.records(order, "coupon_lines")
        ),
        **{f"utm_{part}": meta.get(f"{ATTRIBUTION}utm_{part}") for part in UTM_PARTS},
        "landing_site": meta.get(f"{ATTRIBUTION}session_entry"),
        "referring_site": meta.get(f"{ATTRIBUTION}referrer"),
        "source_updated_at": fields.moment(order, "date_modified_gmt"),
    }
    if status == "refunded" and row["refunded"] == ZERO and total is not None:
        row["refunded"] = total
    return None if len(fields.problems) > before else row


def _created_at(order: dict, fields: Fields, time_zone: str) -> dt.datetime | None:
    if order.get("date_created_gmt"):
        return fields.moment(order, "date_created_gmt", required=True)
    local = fields.moment(order, "date_created", required=True)
    if (
        local is None
        or "+" in str(order.get("date_created"))
        or "Z" in str(order.get("date_created"))
    ):
        return local
    return local.replace(tzinfo=ZoneInfo(time_zone)).astimezone(dt.UTC).replace(tzinfo=None)


def _currency(order: dict, fields: Fields) -> str | None:
    currency = fields.text(order, "currency", required=True)
    if currency is not None and not (len(currency) == 3 and currency.isalpha()):
        fields.fail("currency", currency, "should be a three-letter currency code")
        return None
    return currency.upper() if currency else None


def _meta(order: dict, fields: Fields) -> dict[str, str]:
    found = {}
    for item in fields.records(order, "meta_data"):
        key, value = item.get("key"), item.get("value")
        if isinstance(key, str) and key.startswith(ATTRIBUTION) and isinstance(value, str | int):
            text = str(value).strip()
            if text and text.lower() not in ("(none)", "(direct)"):
                found[key] = text
    return found


def read_woocommerce_orders(
    payloads: list[object], *, file: str, time_zone: str = "UTC"
) -> pa.Table:
    problems, rows = [], []
    orders = order_records(payloads, file=file, what="WooCommerce orders")
    for n, order in enumerate(orders, 1):
        fields = Fields(file=file, row=n if len(orders) > 1 else None)
        row = woocommerce_order_row(order, fields, time_zone=time_zone)
        problems.extend(fields.problems)
        if row is not None:
            rows.append(row)
    if problems:
        raise ImportFailed(problems)
    return orders_table(rows)


def read_woocommerce_json(path: Path, *, time_zone: str = "UTC") -> pa.Table:
    """A saved `GET /orders` response (a list), or one order."""
    orders = orders_in(load_json(path), key="orders")
    return read_woocommerce_orders(
        order_records(orders, file=str(path), what="WooCommerce orders JSON"),
        file=str(path),
        time_zone=time_zone,
    )

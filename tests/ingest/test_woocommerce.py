"""WooCommerce REST orders: coupons, order-attribution UTMs, refunds and cancellations."""

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest
import sqlalchemy as sa

from influscope.ingest.orders_import import import_woocommerce_json
from influscope.ingest.problems import ImportFailed
from influscope.ingest.woocommerce import read_woocommerce_orders
from influscope.store import schema

ORDERS = Path(__file__).parent / "samples" / "commerce" / "woocommerce_orders.json"


def orders(engine) -> dict[str, sa.Row]:
    so = schema.commerce.shop_order
    with engine.connect() as conn:
        return {row.order_key: row for row in conn.execute(sa.select(so))}


def test_orders_keep_their_coupons_attribution_and_exact_money(engine):
    import_woocommerce_json(engine, ORDERS, workspace="Maison Lumière", time_zone="Europe/Paris")

    found = orders(engine)
    order = found["727"]
    # date_created_gmt wins over the site-local date_created.
    assert (order.order_name, order.created_at) == ("#727", dt.datetime(2026, 3, 7, 17, 5, 12))
    assert (order.subtotal, order.discount_total, order.total, order.refunded) == (
        Decimal("89.90"),
        Decimal("8.99"),
        Decimal("85.81"),
        Decimal("0.00"),
    )
    assert (order.discount_codes, order.financial_status, order.cancelled) == (
        "LEA10",
        "completed",
        False,
    )
    assert (order.utm_source, order.utm_medium, order.utm_campaign, order.utm_content) == (
        "tiktok",
        "influencer",
        "printemps-eclat",
        "LeaVoyage",
    )
    assert order.landing_site.startswith("https://maison-lumiere.fr/serum/")
    assert order.referring_site == "https://www.tiktok.com/"
    assert (order.new_customer, found["728"].new_customer) == (True, False)


def test_refunds_cancellations_and_local_dates_without_gmt(engine):
    import_woocommerce_json(engine, ORDERS, workspace="Maison Lumière", time_zone="Europe/Paris")

    found = orders(engine)
    refunded = found["728"]
    # refunds[].total is negative in WooCommerce; "(direct)" is no UTM.
    assert (refunded.refunded, refunded.utm_source) == (Decimal("59.90"), None)
    cancelled = found["729"]
    assert (cancelled.cancelled, cancelled.discount_codes) == (True, "TOM10,WELCOME10")
    # 23:30 in Paris (no date_created_gmt) is 22:30 UTC; no e-mail, no customer.
    assert (cancelled.created_at, cancelled.customer_key) == (
        dt.datetime(2026, 3, 10, 22, 30),
        None,
    )
    assert cancelled.subtotal == Decimal("49.90")


@pytest.mark.parametrize(
    ("status", "counted"),
    [
        ("processing", True),
        ("completed", True),
        ("refunded", True),
        ("pending", False),
        ("on-hold", False),
        ("checkout-draft", False),
        ("cancelled", False),
        ("failed", False),
        ("trash", False),
        ("shipped", True),  # a shipping plugin's status, after payment
    ],
)
def test_only_paid_orders_count_as_sales(status, counted):
    order = dict(json.loads(ORDERS.read_text())[0], status=status)

    row = read_woocommerce_orders([order], file=str(ORDERS)).to_pylist()[0]

    assert (row["financial_status"], row["cancelled"]) == (status, not counted)


def test_importing_again_changes_nothing(engine):
    import_woocommerce_json(engine, ORDERS, workspace="Maison Lumière")

    assert import_woocommerce_json(engine, ORDERS, workspace="Maison Lumière").changed == 0


def test_a_bad_order_is_named_by_position_and_field_and_nothing_is_stored(engine, tmp_path):
    bad = tmp_path / "orders.json"
    bad.write_text(
        ORDERS.read_text().replace(
            '"currency": "EUR",\n    "date_created": "2026-03-09',
            '"currency": "euro",\n    "date_created": "2026-03-09',
        )
    )

    with pytest.raises(ImportFailed) as failure:
        import_woocommerce_json(engine, bad, workspace="Maison Lumière")

    assert [(p.row, p.column, p.value) for p in failure.value.problems] == [(2, "currency", "euro")]
    assert orders(engine) == {}

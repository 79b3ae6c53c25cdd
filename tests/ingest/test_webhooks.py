"""Order webhooks: a signed delivery is stored once and updated later; a forged one is refused."""

import json
import logging
from decimal import Decimal
from pathlib import Path

import sqlalchemy as sa
from fastapi.testclient import TestClient

from influscope.ingest.webhooks import WebhookSettings, create_app, signature, signature_matches
from influscope.store import schema

SAMPLES = Path(__file__).parent / "samples" / "commerce"
SECRET = "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"
WOO_SECRET = "wc-webhook-secret-2026"


def client(engine) -> TestClient:
    settings = WebhookSettings(
        workspace="Maison Lumière", shopify_secret=SECRET, woocommerce_secret=WOO_SECRET
    )
    return TestClient(create_app(engine, settings))


def deliver(http: TestClient, body: bytes, *, topic: str, secret: str = SECRET, hmac=None):
    return http.post(
        "/webhooks/shopify/orders",
        content=body,
        headers={
            "X-Shopify-Topic": topic,
            "X-Shopify-Hmac-Sha256": hmac or signature(body, secret),
            "X-Shopify-Shop-Domain": "maison-lumiere.myshopify.com",
            "X-Shopify-Webhook-Id": "b54557e4-bdd9-4b37-8a5f-bf7d70bcd043",
            "Content-Type": "application/json",
        },
    )


def stored(engine) -> list[sa.Row]:
    with engine.connect() as conn:
        return conn.execute(sa.select(schema.commerce.shop_order)).all()


def test_the_signature_is_the_base64_hmac_sha256_of_the_raw_body():
    body = b'{"id":1}'
    # Computed independently: printf '{"id":1}' | openssl dgst -sha256 -hmac secret -binary | base64
    assert signature(body, "secret") == "A971iWIMgT8Zj9A9eWfikrFj7wQ16/Qwcc4OlRl2PLc="
    assert signature_matches(body, signature(body, "secret"), "secret")
    assert not signature_matches(body + b" ", signature(body, "secret"), "secret")
    assert not signature_matches(body, signature(body, "secret"), None)


def test_a_forged_delivery_is_refused_with_401_logged_and_nothing_is_stored(engine, caplog):
    body = (SAMPLES / "shopify_orders_create.json").read_bytes()
    http = client(engine)

    with caplog.at_level(logging.WARNING, logger="influscope.webhooks"):
        wrong_secret = deliver(http, body, topic="orders/create", secret="not-the-secret")
        unsigned = http.post("/webhooks/shopify/orders", content=body)

    assert (wrong_secret.status_code, unsigned.status_code) == (401, 401)
    assert stored(engine) == []
    assert "signature" in caplog.text
    assert "Claire" not in caplog.text


def test_the_same_order_delivered_twice_is_stored_once_and_an_update_updates_it(engine):
    created = (SAMPLES / "shopify_orders_create.json").read_bytes()
    updated = (SAMPLES / "shopify_orders_updated.json").read_bytes()
    http = client(engine)

    first = deliver(http, created, topic="orders/create")
    again = deliver(http, created, topic="orders/create")
    assert (first.json(), again.json()) == ({"order": "inserted"}, {"order": "unchanged"})

    assert deliver(http, updated, topic="orders/updated").json() == {"order": "updated"}
    # Shopify retries: the older orders/create arriving late does not undo the refund.
    assert deliver(http, created, topic="orders/create").json() == {"order": "unchanged"}

    (order,) = stored(engine)
    assert (order.order_name, order.refunded, order.financial_status) == (
        "#1006",
        Decimal("25.00"),
        "partially_refunded",
    )


def test_an_order_with_a_bad_field_is_refused_with_the_field_named(engine):
    order = json.loads((SAMPLES / "shopify_orders_create.json").read_text())
    order["total_price"] = "soixante-seize"
    body = json.dumps(order).encode()

    response = deliver(client(engine), body, topic="orders/create")

    assert response.status_code == 422
    assert "total_price" in response.json()["errors"][0]
    assert stored(engine) == []


def test_a_signed_woocommerce_order_webhook_is_stored(engine):
    order = json.loads((SAMPLES / "woocommerce_orders.json").read_text())[0]
    body = json.dumps(order).encode()

    response = client(engine).post(
        "/webhooks/woocommerce/orders",
        content=body,
        headers={
            "X-WC-Webhook-Signature": signature(body, WOO_SECRET),
            "X-WC-Webhook-Topic": "order.created",
        },
    )

    assert response.json() == {"order": "inserted"}
    (row,) = stored(engine)
    assert (row.platform, row.order_key, row.discount_codes) == ("woocommerce", "727", "LEA10")

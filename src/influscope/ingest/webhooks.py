"""The shop's order webhooks, received by a small ASGI app (`influscope webhooks serve`).

Shopify signs each delivery with the app's shared secret: `X-Shopify-Hmac-Sha256` is the
base64 HMAC-SHA256 of the raw body (https://shopify.dev/docs/apps/build/webhooks/subscribe/https).
WooCommerce does the same in `X-WC-Webhook-Signature`. A delivery whose signature does not
match is refused with 401, logged without its body, and stores nothing. Deliveries are retried
and may arrive twice or out of order: the order's id is the key, and an older `updated_at` never
overwrites a newer one.
"""

import base64
import hashlib
import hmac
import json
import logging
from dataclasses import dataclass

import sqlalchemy as sa
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from influscope.ingest.orders_import import import_order_rows
from influscope.ingest.problems import ImportFailed
from influscope.ingest.shopify_orders import read_shopify_orders
from influscope.ingest.woocommerce import read_woocommerce_orders

log = logging.getLogger("influscope.webhooks")

SHOPIFY_TOPICS = ("orders/create", "orders/updated")
SHOPIFY_SECRET_VARIABLE = "INFLUSCOPE_SHOPIFY_WEBHOOK_SECRET"
WOOCOMMERCE_SECRET_VARIABLE = "INFLUSCOPE_WOOCOMMERCE_WEBHOOK_SECRET"


def signature(body: bytes, secret: str) -> str:
    """What the shop puts in the signature header for `body`."""
    digest = hmac.new(secret.encode(), body, hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


def signature_matches(body: bytes, header: str | None, secret: str | None) -> bool:
    """Compared in constant time; no secret configured means nothing is accepted."""
    if not secret or not header:
        return False
    return hmac.compare_digest(signature(body, secret).encode(), header.strip().encode())


@dataclass(frozen=True)
class WebhookSettings:
    workspace: str
    shopify_secret: str | None = None
    woocommerce_secret: str | None = None
    woocommerce_time_zone: str = "UTC"


def create_app(engine: sa.Engine, settings: WebhookSettings) -> FastAPI:
    app = FastAPI(title="Influscope order webhooks", docs_url=None, redoc_url=None)

    @app.post("/webhooks/shopify/orders")
    async def shopify_orders(request: Request) -> JSONResponse:
        body = await request.body()
        headers = request.headers
        if not signature_matches(
            body, headers.get("x-shopify-hmac-sha256"), settings.shopify_secret
        ):
            return _refused("shopify", request)
        topic = headers.get("x-shopify-topic", "")
        if topic not in SHOPIFY_TOPICS:
            log.info("Shopify webhook topic %r ignored", topic)
            return JSONResponse({"ignored": topic}, status_code=200)
        return _store(
            engine,
            settings,
            body,
            lambda order, where: read_shopify_orders([order], file=where),
            where=f"Shopify webhook {topic} {headers.get('x-shopify-webhook-id', '')}".strip(),
        )

    @app.post("/webhooks/woocommerce/orders")
    async def woocommerce_orders(request: Request) -> JSONResponse:
        body = await request.body()
        headers = request.headers
        # WooCommerce pings a new webhook with `webhook_id=…` as a form body, unsigned.
        if body.startswith(b"webhook_id="):
            return JSONResponse({"ping": True}, status_code=200)
        if not signature_matches(
            body, headers.get("x-wc-webhook-signature"), settings.woocommerce_secret
        ):
            return _refused("woocommerce", request)
        topic = headers.get("x-wc-webhook-topic", "order")
        return _store(
            engine,
            settings,
            body,
            lambda order, where: read_woocommerce_orders(
                [order], file=where, time_zone=settings.woocommerce_time_zone
            ),
            where=f"WooCommerce webhook {topic} {headers.get('x-wc-webhook-delivery-id', '')}",
        )

    return app


def _refused(shop: str, request: Request) -> JSONResponse:
    client = request.client.host if request.client else "?"
    log.warning("Refused a %s webhook from %s: signature missing or wrong", shop, client)
    return JSONResponse({"error": "invalid signature"}, status_code=401)


def _store(engine, settings, body: bytes, read, *, where: str) -> JSONResponse:
    try:
        order = json.loads(body)
    except ValueError:
        log.warning("%s: body is not JSON", where)
        return JSONResponse({"error": "body is not JSON"}, status_code=400)
    if not isinstance(order, dict):
        return JSONResponse({"error": "body is not an order"}, status_code=400)
    try:
        summary = import_order_rows(engine, read(order, where), workspace=settings.workspace)
    except ImportFailed as failure:
        log.warning("%s refused: %s", where, failure)
        return JSONResponse({"errors": [str(p) for p in failure.problems]}, status_code=422)
    counts = summary.counts.get("shop_order", {})
    outcome = next((k for k in ("inserted", "updated") if counts.get(k)), "unchanged")
    log.info("%s: order %s", where, outcome)
    return JSONResponse({"order": outcome}, status_code=200)

"""Web sessions and conversions (GA4) and shop orders (Shopify, WooCommerce).

`web_traffic` holds one row per GA4 session (BigQuery export) or per aggregated report row (Data
API, UI download): the counters always add up, so a KPI sums them whichever source filled the
row. `shop_order` holds one row per order, money exact with its currency, the customer only as a
hash of the e-mail. Both are keyed by the source's own identifiers, so importing again updates.
"""

import sqlalchemy as sa

from influscope.store.schema.base import id_column, metadata

web_traffic = sa.Table(
    "web_traffic",
    metadata,
    id_column("web_traffic"),
    sa.Column("workspace_id", sa.Integer, sa.ForeignKey("workspace.id"), nullable=False),
    # 'ga4_bigquery', 'ga4_data_api' or 'ga4_csv'.
    sa.Column("source", sa.String(16), nullable=False),
    # The session (user_pseudo_id + ga_session_id) or a hash of a report row's dimensions.
    sa.Column("row_key", sa.String(200), nullable=False),
    # In the GA4 property's time zone, as GA4 itself counts days.
    sa.Column("day", sa.Date, nullable=False),
    sa.Column("started_at", sa.DateTime),
    sa.Column("user_key", sa.String(200)),
    sa.Column("utm_source", sa.String(500)),
    sa.Column("utm_medium", sa.String(500)),
    sa.Column("utm_campaign", sa.String(500)),
    sa.Column("utm_content", sa.String(500)),
    sa.Column("utm_term", sa.String(500)),
    sa.Column("utm_id", sa.String(500)),
    sa.Column("landing_page", sa.String(2000)),
    sa.Column("sessions", sa.Integer, nullable=False),
    sa.Column("new_users", sa.Integer, nullable=False),
    sa.Column("engaged_sessions", sa.Integer, nullable=False),
    sa.Column("page_views", sa.Integer, nullable=False),
    sa.Column("key_events", sa.Integer, nullable=False),
    sa.Column("purchases", sa.Integer, nullable=False),
    sa.Column("duration_seconds", sa.Double, nullable=False),
    sa.Column("purchase_revenue", sa.Numeric(18, 2)),
    sa.Column("currency", sa.String(3)),
    sa.Column("transaction_id", sa.String(200)),
    # Set by the UTM matcher (influscope.track.matching), never by an importer.
    sa.Column("campaign_id", sa.Integer, sa.ForeignKey("campaign.id")),
    sa.Column("influencer_id", sa.Integer, sa.ForeignKey("influencer.id")),
    sa.UniqueConstraint("workspace_id", "source", "row_key"),
    # PostgreSQL only: DuckDB scans these tables (migration 0010).
    sa.Index(None, "workspace_id", "day").ddl_if(dialect="postgresql"),
)

shop_order = sa.Table(
    "shop_order",
    metadata,
    id_column("shop_order"),
    sa.Column("workspace_id", sa.Integer, sa.ForeignKey("workspace.id"), nullable=False),
    # 'shopify' or 'woocommerce'.
    sa.Column("platform", sa.String(16), nullable=False),
    # The shop's own order id (Shopify `Id`, WooCommerce `id`); the CSV falls back to `Name`.
    sa.Column("order_key", sa.String(64), nullable=False),
    sa.Column("order_name", sa.String(64), nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("currency", sa.String(3), nullable=False),
    sa.Column("subtotal", sa.Numeric(18, 2), nullable=False),
    sa.Column("discount_total", sa.Numeric(18, 2), nullable=False),
    sa.Column("total", sa.Numeric(18, 2), nullable=False),
    sa.Column("refunded", sa.Numeric(18, 2), nullable=False),
    sa.Column("cancelled", sa.Boolean, nullable=False),
    sa.Column("financial_status", sa.String(32), nullable=False),
    # SHA-256 of the trimmed, lower-cased e-mail: orders of one customer meet, the e-mail never.
    sa.Column("customer_key", sa.String(64)),
    sa.Column("new_customer", sa.Boolean),
    # Upper-cased codes joined by ','; '' when the order used none.
    sa.Column("discount_codes", sa.String(500), nullable=False),
    sa.Column("utm_source", sa.String(500)),
    sa.Column("utm_medium", sa.String(500)),
    sa.Column("utm_campaign", sa.String(500)),
    sa.Column("utm_content", sa.String(500)),
    sa.Column("utm_term", sa.String(500)),
    sa.Column("utm_id", sa.String(500)),
    sa.Column("landing_site", sa.String(2000)),
    sa.Column("referring_site", sa.String(2000)),
    # The shop's last change of the order (webhooks): an older delivery never overwrites a newer.
    sa.Column("source_updated_at", sa.DateTime),
    sa.UniqueConstraint("workspace_id", "platform", "order_key"),
    sa.Index(None, "workspace_id", "created_at").ddl_if(dialect="postgresql"),
)

"""Promo codes and the attribution of shop orders to influencers, with the runs that made it.

Every attributed order names the run that attributed it, and the run keeps the settings it used
(window, precedence) and what it found (orders per method, overlap, conflicts, unattributed
orders): a figure in a report can always be traced back to the rule that produced it.
"""

import sqlalchemy as sa

from influscope.store.schema.base import id_column, metadata

# A code belongs to one influencer in one campaign; the shop knows it upper-cased.
promo_code = sa.Table(
    "promo_code",
    metadata,
    id_column("promo_code"),
    sa.Column("workspace_id", sa.Integer, sa.ForeignKey("workspace.id"), nullable=False),
    sa.Column("campaign_id", sa.Integer, sa.ForeignKey("campaign.id"), nullable=False),
    sa.Column("influencer_id", sa.Integer, sa.ForeignKey("influencer.id"), nullable=False),
    sa.Column("code", sa.String(64), nullable=False),
    # 'generated' by Influscope or 'imported' from the shop's list.
    sa.Column("source", sa.String(16), nullable=False),
    # What the shop should grant, for the export: 'percentage' or 'fixed_amount'.
    sa.Column("discount_type", sa.String(16)),
    sa.Column("discount_value", sa.Numeric(18, 2)),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.UniqueConstraint("workspace_id", "code"),
)

attribution_run = sa.Table(
    "attribution_run",
    metadata,
    id_column("attribution_run"),
    sa.Column("workspace_id", sa.Integer, sa.ForeignKey("workspace.id"), nullable=False),
    sa.Column("campaign_id", sa.Integer, sa.ForeignKey("campaign.id"), nullable=False),
    sa.Column("ran_at", sa.DateTime, nullable=False),
    sa.Column("window_days", sa.Integer, nullable=False),
    # Who wins when the code and the link name different influencers: 'code' or 'link'.
    sa.Column("precedence", sa.String(8), nullable=False),
    sa.Column("orders_considered", sa.Integer, nullable=False),
    sa.Column("by_code", sa.Integer, nullable=False),
    sa.Column("by_link", sa.Integer, nullable=False),
    sa.Column("by_both", sa.Integer, nullable=False),
    sa.Column("conflicts", sa.Integer, nullable=False),
    sa.Column("reversed", sa.Integer, nullable=False),
    # Orders of the period that another campaign's code or link won.
    sa.Column("other_campaigns", sa.Integer, nullable=False),
    sa.Column("unattributed", sa.Integer, nullable=False),
    # In the campaign's currency; orders whose currency has no rate are counted in missing_rates.
    sa.Column("unattributed_revenue", sa.Numeric(18, 2)),
    sa.Column("currency", sa.String(3), nullable=False),
    sa.Column("missing_rates", sa.Integer, nullable=False),
    sa.Column("leak_flags", sa.Integer, nullable=False),
)

order_attribution = sa.Table(
    "order_attribution",
    metadata,
    id_column("order_attribution"),
    sa.Column("run_id", sa.Integer, sa.ForeignKey("attribution_run.id"), nullable=False),
    sa.Column("order_id", sa.Integer, sa.ForeignKey("shop_order.id"), nullable=False),
    sa.Column("campaign_id", sa.Integer, sa.ForeignKey("campaign.id"), nullable=False),
    sa.Column("influencer_id", sa.Integer, sa.ForeignKey("influencer.id"), nullable=False),
    # 'code', 'link' or 'both' (the code and the link named the same influencer).
    sa.Column("method", sa.String(8), nullable=False),
    sa.Column("promo_code_id", sa.Integer, sa.ForeignKey("promo_code.id")),
    # Where the winning link came from: 'order_utm' or 'ga4_session'.
    sa.Column("link_source", sa.String(16)),
    sa.Column("link_touched_at", sa.DateTime),
    # The platform the link's utm_source named; null for an order won by code alone.
    sa.Column("platform", sa.String(16)),
    # The influencer the other method named, when precedence settled a conflict.
    sa.Column("overruled_influencer_id", sa.Integer, sa.ForeignKey("influencer.id")),
    sa.Column("ordered_at", sa.DateTime, nullable=False),
    # The order's day in the campaign's time zone, for grouping by day without zone arithmetic.
    sa.Column("ordered_on", sa.Date, nullable=False),
    # Net of refunds, in the order's currency; 0 when the order was cancelled.
    sa.Column("revenue", sa.Numeric(18, 2), nullable=False),
    sa.Column("currency", sa.String(3), nullable=False),
    # The same revenue in the campaign's currency at the order date's rate (null: no rate).
    sa.Column("campaign_revenue", sa.Numeric(18, 2)),
    sa.Column("campaign_currency", sa.String(3), nullable=False),
    sa.Column("exchange_rate", sa.Numeric(24, 12)),
    sa.Column("new_customer", sa.Boolean),
    sa.Column("attributed_at", sa.DateTime, nullable=False),
    sa.Column("reversed", sa.Boolean, nullable=False),
    sa.UniqueConstraint("order_id", "campaign_id"),
    sa.Index(None, "campaign_id", "influencer_id"),
)

# A code whose use looks like it escaped its influencer's audience, with the figures behind it.
code_leak_flag = sa.Table(
    "code_leak_flag",
    metadata,
    id_column("code_leak_flag"),
    sa.Column("run_id", sa.Integer, sa.ForeignKey("attribution_run.id"), nullable=False),
    sa.Column("promo_code_id", sa.Integer, sa.ForeignKey("promo_code.id"), nullable=False),
    sa.Column("campaign_id", sa.Integer, sa.ForeignKey("campaign.id"), nullable=False),
    # 'burst', 'no_traffic' or 'coupon_site'.
    sa.Column("signal", sa.String(16), nullable=False),
    sa.Column("day", sa.Date),
    sa.Column("uses", sa.Integer, nullable=False),
    sa.Column("baseline", sa.Double),
    sa.Column("score", sa.Double),
    sa.Column("detail", sa.String(500), nullable=False),
)

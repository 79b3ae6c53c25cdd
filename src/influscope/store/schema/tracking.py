"""Tracking links, every click on them as it happened, and each re-judging of past clicks.

A click row keeps what the bot rules read (user agent, referrer, the anonymised network of the
address) so that a newer rules version can judge it again; the raw address is never stored.
`click_key` is the id the redirector gave the click in its log, so a replayed log never adds a
click twice.
"""

import sqlalchemy as sa

from influscope.store.schema.base import id_column, metadata

link = sa.Table(
    "link",
    metadata,
    id_column("link"),
    sa.Column("workspace_id", sa.Integer, sa.ForeignKey("workspace.id"), nullable=False),
    sa.Column("campaign_id", sa.Integer, sa.ForeignKey("campaign.id"), nullable=False),
    sa.Column("influencer_id", sa.Integer, sa.ForeignKey("influencer.id"), nullable=False),
    sa.Column("post_id", sa.Integer, sa.ForeignKey("post.id")),
    sa.Column("platform", sa.String(16), nullable=False),
    sa.Column("code", sa.String(32), nullable=False, unique=True),
    # As given (validated); `tracked_url` is it with the convention's UTMs, fixed at creation so
    # that a printed QR code keeps leading where it did when the campaign is renamed.
    sa.Column("destination", sa.String(2000), nullable=False),
    sa.Column("tracked_url", sa.String(2500), nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
)

click = sa.Table(
    "click",
    metadata,
    id_column("click"),
    sa.Column("link_id", sa.Integer, sa.ForeignKey("link.id"), nullable=False),
    sa.Column("click_key", sa.String(40), nullable=False, unique=True),
    sa.Column("clicked_at", sa.DateTime, nullable=False),
    sa.Column("visitor_key", sa.String(32), nullable=False),
    sa.Column("is_bot", sa.Boolean, nullable=False),
    sa.Column("bot_reason", sa.String(64)),
    sa.Column("rules_version", sa.Integer, nullable=False),
    sa.Column("referrer", sa.String(1000)),
    sa.Column("user_agent", sa.String(512)),
    sa.Column("ua_family", sa.String(32), nullable=False),
    sa.Column("device", sa.String(16), nullable=False),
    sa.Column("country", sa.String(2)),
    # The address with its host part zeroed (/24 for IPv4, /48 for IPv6).
    sa.Column("ip_network", sa.String(64)),
    sa.Column("is_unique", sa.Boolean, nullable=False),
    sa.Index(None, "link_id", "visitor_key", "clicked_at"),
)

# Every time a rules version judged the stored clicks again: what changed, and why it was run.
click_rule_run = sa.Table(
    "click_rule_run",
    metadata,
    id_column("click_rule_run"),
    sa.Column("ran_at", sa.DateTime, nullable=False),
    sa.Column("rules_version", sa.Integer, nullable=False),
    sa.Column("reason", sa.String(1000), nullable=False),
    sa.Column("unique_window_minutes", sa.Integer, nullable=False),
    sa.Column("clicks_checked", sa.Integer, nullable=False),
    sa.Column("became_bot", sa.Integer, nullable=False),
    sa.Column("became_human", sa.Integer, nullable=False),
    sa.Column("reason_changed", sa.Integer, nullable=False),
    sa.Column("unique_changed", sa.Integer, nullable=False),
)

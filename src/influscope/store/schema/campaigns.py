"""Campaigns, creators, their accounts and content, costs, targets: what the workbook fills."""

import sqlalchemy as sa

from influscope.store.schema.base import id_column, metadata

workspace = sa.Table(
    "workspace",
    metadata,
    id_column("workspace"),
    sa.Column("name", sa.String(200), nullable=False, unique=True),
)

campaign = sa.Table(
    "campaign",
    metadata,
    id_column("campaign"),
    sa.Column("workspace_id", sa.Integer, sa.ForeignKey("workspace.id"), nullable=False),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("objectives", sa.String(500), nullable=False, server_default=""),
    sa.Column("start_date", sa.Date, nullable=False),
    sa.Column("end_date", sa.Date, nullable=False),
    sa.Column("budget", sa.Numeric(18, 2)),
    sa.Column("currency", sa.String(3), nullable=False),
    sa.Column("time_zone", sa.String(64), nullable=False, server_default="UTC"),
    sa.Column("hashtags", sa.String(2000), nullable=False, server_default=""),
    sa.Column("key_messages", sa.String(4000), nullable=False, server_default=""),
    sa.UniqueConstraint("workspace_id", "name"),
)

influencer = sa.Table(
    "influencer",
    metadata,
    id_column("influencer"),
    sa.Column("workspace_id", sa.Integer, sa.ForeignKey("workspace.id"), nullable=False),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("country", sa.String(2)),
    sa.Column("language", sa.String(8)),
    sa.Column("categories", sa.String(500), nullable=False, server_default=""),
    sa.Column("age", sa.Integer),
    sa.Column("age_range", sa.String(16)),
    sa.Column("contact", sa.String(320)),
    # The brand's own accounts are kept as an influencer flagged `is_brand`: their follower
    # history is read the same way, and their posts never count as influencer content.
    sa.Column("is_brand", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.UniqueConstraint("workspace_id", "name"),
)

account = sa.Table(
    "account",
    metadata,
    id_column("account"),
    sa.Column("influencer_id", sa.Integer, sa.ForeignKey("influencer.id"), nullable=False),
    sa.Column("platform", sa.String(16), nullable=False),
    sa.Column("handle", sa.String(200), nullable=False),
    sa.Column("platform_id", sa.String(100)),
    sa.UniqueConstraint("influencer_id", "platform", "handle"),
)

follower_snapshot = sa.Table(
    "follower_snapshot",
    metadata,
    id_column("follower_snapshot"),
    sa.Column("account_id", sa.Integer, sa.ForeignKey("account.id"), nullable=False),
    sa.Column("captured_at", sa.DateTime, nullable=False),
    sa.Column("followers", sa.BigInteger, nullable=False),
    sa.Column("source", sa.String(64), nullable=False),
    sa.Column("provenance", sa.String(16), nullable=False),
    sa.UniqueConstraint("account_id", "captured_at", "source"),
)

post = sa.Table(
    "post",
    metadata,
    id_column("post"),
    sa.Column("account_id", sa.Integer, sa.ForeignKey("account.id"), nullable=False),
    sa.Column("campaign_id", sa.Integer, sa.ForeignKey("campaign.id")),
    # The platform's own id where known, else the URL: whichever the source gives first.
    sa.Column("post_key", sa.String(500), nullable=False),
    sa.Column("platform_post_id", sa.String(100)),
    sa.Column("url", sa.String(2000)),
    sa.Column("format", sa.String(16), nullable=False),
    sa.Column("published_at", sa.DateTime, nullable=False),
    sa.Column("published_on", sa.Date, nullable=False),
    sa.Column("caption", sa.Text, nullable=False, server_default=""),
    sa.Column("hashtags", sa.String(2000), nullable=False, server_default=""),
    sa.Column("mentions", sa.String(2000), nullable=False, server_default=""),
    sa.Column("sponsored", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.UniqueConstraint("account_id", "post_key"),
)

metric_snapshot = sa.Table(
    "metric_snapshot",
    metadata,
    id_column("metric_snapshot"),
    sa.Column("post_id", sa.Integer, sa.ForeignKey("post.id"), nullable=False),
    sa.Column("captured_at", sa.DateTime, nullable=False),
    sa.Column("metric", sa.String(32), nullable=False),
    sa.Column("value", sa.Double, nullable=False),
    sa.Column("source", sa.String(64), nullable=False),
    sa.Column("provenance", sa.String(16), nullable=False),
    sa.UniqueConstraint("post_id", "metric", "captured_at", "source"),
)

cost = sa.Table(
    "cost",
    metadata,
    id_column("cost"),
    sa.Column("campaign_id", sa.Integer, sa.ForeignKey("campaign.id"), nullable=False),
    # Null for a campaign-wide cost (agency fee, boosting not tied to one creator).
    sa.Column("influencer_id", sa.Integer, sa.ForeignKey("influencer.id")),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("amount", sa.Numeric(18, 2), nullable=False),
    sa.Column("currency", sa.String(3), nullable=False),
    sa.Column("incurred_on", sa.Date, nullable=False),
    sa.Column("description", sa.String(500), nullable=False, server_default=""),
)

# The casting of a campaign: who was contacted, who said yes, what was contracted and sent.
# The référentiel's "actions deployed" indicators are counted from it.
roster = sa.Table(
    "roster",
    metadata,
    id_column("roster"),
    sa.Column("campaign_id", sa.Integer, sa.ForeignKey("campaign.id"), nullable=False),
    sa.Column("influencer_id", sa.Integer, sa.ForeignKey("influencer.id"), nullable=False),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("posts_contracted", sa.Integer),
    sa.Column("products_sent", sa.Integer),
    sa.UniqueConstraint("campaign_id", "influencer_id"),
)

# Mentions of the brand and of its competitors, from social listening: share of voice.
mention = sa.Table(
    "mention",
    metadata,
    id_column("mention"),
    sa.Column("workspace_id", sa.Integer, sa.ForeignKey("workspace.id"), nullable=False),
    sa.Column("brand", sa.String(200), nullable=False),
    sa.Column("own", sa.Boolean, nullable=False),
    sa.Column("platform", sa.String(16), nullable=False),
    sa.Column("external_id", sa.String(500), nullable=False),
    sa.Column("mentioned_on", sa.Date, nullable=False),
    sa.Column("engagements", sa.Double),
    sa.Column("source", sa.String(64), nullable=False),
    sa.UniqueConstraint("workspace_id", "platform", "external_id"),
)

# Indicators Influscope cannot compute, measured elsewhere and entered with their source: the
# référentiel's transformation indicators from surveys (brand awareness, purchase intent…).
indicator_value = sa.Table(
    "indicator_value",
    metadata,
    id_column("indicator_value"),
    sa.Column("campaign_id", sa.Integer, sa.ForeignKey("campaign.id"), nullable=False),
    sa.Column("indicator", sa.String(64), nullable=False),
    sa.Column("measured_on", sa.Date, nullable=False),
    sa.Column("value", sa.Double, nullable=False),
    sa.Column("source", sa.String(500), nullable=False),
    sa.UniqueConstraint("campaign_id", "indicator", "measured_on"),
)

# 1 unit of `base` is worth `rate` units of `quote` from `valid_on`: rate cards, benchmarks and
# orders in one currency are converted to the campaign's with the rate in force.
exchange_rate = sa.Table(
    "exchange_rate",
    metadata,
    id_column("exchange_rate"),
    sa.Column("base", sa.String(3), nullable=False),
    sa.Column("quote", sa.String(3), nullable=False),
    sa.Column("valid_on", sa.Date, nullable=False),
    sa.Column("rate", sa.Double, nullable=False),
    sa.Column("source", sa.String(500), nullable=False),
    sa.UniqueConstraint("base", "quote", "valid_on"),
)

target = sa.Table(
    "target",
    metadata,
    id_column("target"),
    sa.Column("campaign_id", sa.Integer, sa.ForeignKey("campaign.id"), nullable=False),
    sa.Column("kpi", sa.String(64), nullable=False),
    sa.Column("value", sa.Double, nullable=False),
    sa.UniqueConstraint("campaign_id", "kpi"),
)

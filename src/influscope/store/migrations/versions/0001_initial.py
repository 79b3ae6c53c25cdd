"""campaigns, influencers, posts, metrics, costs, targets

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TABLES = [
    "workspace",
    "campaign",
    "influencer",
    "account",
    "follower_snapshot",
    "post",
    "metric_snapshot",
    "cost",
    "target",
]


def _id(table: str) -> sa.Column:
    return sa.Column(
        "id",
        sa.Integer(),
        server_default=sa.text(f"nextval('{table}_id_seq')"),
        autoincrement=False,
        nullable=False,
    )


def upgrade() -> None:
    for table in TABLES:
        op.execute(sa.schema.CreateSequence(sa.Sequence(f"{table}_id_seq")))
    op.create_table(
        "workspace",
        _id("workspace"),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workspace")),
        sa.UniqueConstraint("name", name=op.f("uq_workspace_name")),
    )
    op.create_table(
        "campaign",
        _id("campaign"),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("objectives", sa.String(length=500), server_default="", nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("budget", sa.Numeric(precision=18, scale=2), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("time_zone", sa.String(length=64), server_default="UTC", nullable=False),
        sa.Column("hashtags", sa.String(length=2000), server_default="", nullable=False),
        sa.Column("key_messages", sa.String(length=4000), server_default="", nullable=False),
        sa.ForeignKeyConstraint(
            ["workspace_id"], ["workspace.id"], name=op.f("fk_campaign_workspace_id_workspace")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaign")),
        sa.UniqueConstraint("workspace_id", "name", name=op.f("uq_campaign_workspace_id_name")),
    )
    op.create_table(
        "influencer",
        _id("influencer"),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("language", sa.String(length=8), nullable=True),
        sa.Column("categories", sa.String(length=500), server_default="", nullable=False),
        sa.Column("age", sa.Integer(), nullable=True),
        sa.Column("age_range", sa.String(length=16), nullable=True),
        sa.Column("contact", sa.String(length=320), nullable=True),
        sa.ForeignKeyConstraint(
            ["workspace_id"], ["workspace.id"], name=op.f("fk_influencer_workspace_id_workspace")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_influencer")),
        sa.UniqueConstraint("workspace_id", "name", name=op.f("uq_influencer_workspace_id_name")),
    )
    op.create_table(
        "account",
        _id("account"),
        sa.Column("influencer_id", sa.Integer(), nullable=False),
        sa.Column("platform", sa.String(length=16), nullable=False),
        sa.Column("handle", sa.String(length=200), nullable=False),
        sa.Column("platform_id", sa.String(length=100), nullable=True),
        sa.ForeignKeyConstraint(
            ["influencer_id"], ["influencer.id"], name=op.f("fk_account_influencer_id_influencer")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account")),
        sa.UniqueConstraint(
            "influencer_id",
            "platform",
            "handle",
            name=op.f("uq_account_influencer_id_platform_handle"),
        ),
    )
    op.create_table(
        "cost",
        _id("cost"),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("influencer_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("amount", sa.Numeric(precision=18, scale=2), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("incurred_on", sa.Date(), nullable=False),
        sa.Column("description", sa.String(length=500), server_default="", nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"], ["campaign.id"], name=op.f("fk_cost_campaign_id_campaign")
        ),
        sa.ForeignKeyConstraint(
            ["influencer_id"], ["influencer.id"], name=op.f("fk_cost_influencer_id_influencer")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cost")),
    )
    op.create_table(
        "target",
        _id("target"),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("kpi", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Double(), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"], ["campaign.id"], name=op.f("fk_target_campaign_id_campaign")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_target")),
        sa.UniqueConstraint("campaign_id", "kpi", name=op.f("uq_target_campaign_id_kpi")),
    )
    op.create_table(
        "follower_snapshot",
        _id("follower_snapshot"),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("captured_at", sa.DateTime(), nullable=False),
        sa.Column("followers", sa.BigInteger(), nullable=False),
        sa.Column("source", sa.String(length=64), nullable=False),
        sa.Column("provenance", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_follower_snapshot_account_id_account")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follower_snapshot")),
        sa.UniqueConstraint(
            "account_id",
            "captured_at",
            "source",
            name=op.f("uq_follower_snapshot_account_id_captured_at_source"),
        ),
    )
    op.create_table(
        "post",
        _id("post"),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=True),
        sa.Column("post_key", sa.String(length=500), nullable=False),
        sa.Column("platform_post_id", sa.String(length=100), nullable=True),
        sa.Column("url", sa.String(length=2000), nullable=True),
        sa.Column("format", sa.String(length=16), nullable=False),
        sa.Column("published_at", sa.DateTime(), nullable=False),
        sa.Column("published_on", sa.Date(), nullable=False),
        sa.Column("caption", sa.Text(), server_default="", nullable=False),
        sa.Column("hashtags", sa.String(length=2000), server_default="", nullable=False),
        sa.Column("mentions", sa.String(length=2000), server_default="", nullable=False),
        sa.Column("sponsored", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_post_account_id_account")
        ),
        sa.ForeignKeyConstraint(
            ["campaign_id"], ["campaign.id"], name=op.f("fk_post_campaign_id_campaign")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_post")),
        sa.UniqueConstraint("account_id", "post_key", name=op.f("uq_post_account_id_post_key")),
    )
    op.create_table(
        "metric_snapshot",
        _id("metric_snapshot"),
        sa.Column("post_id", sa.Integer(), nullable=False),
        sa.Column("captured_at", sa.DateTime(), nullable=False),
        sa.Column("metric", sa.String(length=32), nullable=False),
        sa.Column("value", sa.Double(), nullable=False),
        sa.Column("source", sa.String(length=64), nullable=False),
        sa.Column("provenance", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["post_id"], ["post.id"], name=op.f("fk_metric_snapshot_post_id_post")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_metric_snapshot")),
        sa.UniqueConstraint(
            "post_id",
            "metric",
            "captured_at",
            "source",
            name=op.f("uq_metric_snapshot_post_id_metric_captured_at_source"),
        ),
    )


def downgrade() -> None:
    op.drop_table("metric_snapshot")
    op.drop_table("post")
    op.drop_table("follower_snapshot")
    op.drop_table("target")
    op.drop_table("cost")
    op.drop_table("account")
    op.drop_table("influencer")
    op.drop_table("campaign")
    op.drop_table("workspace")
    for table in TABLES:
        op.execute(sa.schema.DropSequence(sa.Sequence(f"{table}_id_seq")))

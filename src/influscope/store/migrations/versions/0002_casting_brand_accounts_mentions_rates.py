"""Campaign roster (casting), brand accounts, mentions, indicators measured elsewhere and
exchange rates

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "influencer",
        sa.Column("is_brand", sa.Boolean(), server_default=sa.false(), nullable=False),
    )
    op.execute(sa.schema.CreateSequence(sa.Sequence("roster_id_seq")))
    op.create_table(
        "roster",
        sa.Column(
            "id",
            sa.Integer(),
            server_default=sa.text("nextval('roster_id_seq')"),
            autoincrement=False,
            nullable=False,
        ),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("influencer_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("posts_contracted", sa.Integer(), nullable=True),
        sa.Column("products_sent", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["campaign_id"], ["campaign.id"], name=op.f("fk_roster_campaign_id_campaign")
        ),
        sa.ForeignKeyConstraint(
            ["influencer_id"], ["influencer.id"], name=op.f("fk_roster_influencer_id_influencer")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_roster")),
        sa.UniqueConstraint(
            "campaign_id", "influencer_id", name=op.f("uq_roster_campaign_id_influencer_id")
        ),
    )

    op.execute(sa.schema.CreateSequence(sa.Sequence("exchange_rate_id_seq")))
    op.create_table(
        "exchange_rate",
        sa.Column(
            "id",
            sa.Integer(),
            server_default=sa.text("nextval('exchange_rate_id_seq')"),
            autoincrement=False,
            nullable=False,
        ),
        sa.Column("base", sa.String(length=3), nullable=False),
        sa.Column("quote", sa.String(length=3), nullable=False),
        sa.Column("valid_on", sa.Date(), nullable=False),
        sa.Column("rate", sa.Double(), nullable=False),
        sa.Column("source", sa.String(length=500), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_rate")),
        sa.UniqueConstraint(
            "base", "quote", "valid_on", name=op.f("uq_exchange_rate_base_quote_valid_on")
        ),
    )
    op.execute(sa.schema.CreateSequence(sa.Sequence("mention_id_seq")))
    op.create_table(
        "mention",
        sa.Column(
            "id",
            sa.Integer(),
            server_default=sa.text("nextval('mention_id_seq')"),
            autoincrement=False,
            nullable=False,
        ),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("brand", sa.String(length=200), nullable=False),
        sa.Column("own", sa.Boolean(), nullable=False),
        sa.Column("platform", sa.String(length=16), nullable=False),
        sa.Column("external_id", sa.String(length=500), nullable=False),
        sa.Column("mentioned_on", sa.Date(), nullable=False),
        sa.Column("engagements", sa.Double(), nullable=True),
        sa.Column("source", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["workspace_id"], ["workspace.id"], name=op.f("fk_mention_workspace_id_workspace")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mention")),
        sa.UniqueConstraint(
            "workspace_id",
            "platform",
            "external_id",
            name=op.f("uq_mention_workspace_id_platform_external_id"),
        ),
    )
    op.execute(sa.schema.CreateSequence(sa.Sequence("indicator_value_id_seq")))
    op.create_table(
        "indicator_value",
        sa.Column(
            "id",
            sa.Integer(),
            server_default=sa.text("nextval('indicator_value_id_seq')"),
            autoincrement=False,
            nullable=False,
        ),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("indicator", sa.String(length=64), nullable=False),
        sa.Column("measured_on", sa.Date(), nullable=False),
        sa.Column("value", sa.Double(), nullable=False),
        sa.Column("source", sa.String(length=500), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"], ["campaign.id"], name=op.f("fk_indicator_value_campaign_id_campaign")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator_value")),
        sa.UniqueConstraint(
            "campaign_id",
            "indicator",
            "measured_on",
            name=op.f("uq_indicator_value_campaign_id_indicator_measured_on"),
        ),
    )


def downgrade() -> None:
    op.drop_table("indicator_value")
    op.execute(sa.schema.DropSequence(sa.Sequence("indicator_value_id_seq")))
    op.drop_table("mention")
    op.execute(sa.schema.DropSequence(sa.Sequence("mention_id_seq")))
    op.drop_table("exchange_rate")
    op.execute(sa.schema.DropSequence(sa.Sequence("exchange_rate_id_seq")))
    op.drop_table("roster")
    op.execute(sa.schema.DropSequence(sa.Sequence("roster_id_seq")))
    op.drop_column("influencer", "is_brand")

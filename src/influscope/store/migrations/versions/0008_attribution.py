"""Promo codes and attribution

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

TABLES = ["promo_code", "attribution_run", "order_attribution", "code_leak_flag"]


def _id(table: str) -> sa.Column:
    return sa.Column(
        "id",
        sa.Integer(),
        server_default=sa.text(f"nextval('{table}_id_seq')"),
        autoincrement=False,
        nullable=False,
    )


def _fk(table: str, column: str, referred: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{referred}.id"], name=op.f(f"fk_{table}_{column}_{referred}")
    )


def upgrade() -> None:
    for table in TABLES:
        op.execute(sa.schema.CreateSequence(sa.Sequence(f"{table}_id_seq")))
    op.create_table(
        "promo_code",
        _id("promo_code"),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("influencer_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("discount_type", sa.String(length=16), nullable=True),
        sa.Column("discount_value", sa.Numeric(precision=18, scale=2), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        _fk("promo_code", "workspace_id", "workspace"),
        _fk("promo_code", "campaign_id", "campaign"),
        _fk("promo_code", "influencer_id", "influencer"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_promo_code")),
        sa.UniqueConstraint("workspace_id", "code", name=op.f("uq_promo_code_workspace_id_code")),
    )
    op.create_table(
        "attribution_run",
        _id("attribution_run"),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("ran_at", sa.DateTime(), nullable=False),
        sa.Column("window_days", sa.Integer(), nullable=False),
        sa.Column("precedence", sa.String(length=8), nullable=False),
        sa.Column("orders_considered", sa.Integer(), nullable=False),
        sa.Column("by_code", sa.Integer(), nullable=False),
        sa.Column("by_link", sa.Integer(), nullable=False),
        sa.Column("by_both", sa.Integer(), nullable=False),
        sa.Column("conflicts", sa.Integer(), nullable=False),
        sa.Column("reversed", sa.Integer(), nullable=False),
        sa.Column("other_campaigns", sa.Integer(), nullable=False),
        sa.Column("unattributed", sa.Integer(), nullable=False),
        sa.Column("unattributed_revenue", sa.Numeric(precision=18, scale=2), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("missing_rates", sa.Integer(), nullable=False),
        sa.Column("leak_flags", sa.Integer(), nullable=False),
        _fk("attribution_run", "workspace_id", "workspace"),
        _fk("attribution_run", "campaign_id", "campaign"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attribution_run")),
    )
    op.create_table(
        "order_attribution",
        _id("order_attribution"),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("influencer_id", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(length=8), nullable=False),
        sa.Column("promo_code_id", sa.Integer(), nullable=True),
        sa.Column("link_source", sa.String(length=16), nullable=True),
        sa.Column("link_touched_at", sa.DateTime(), nullable=True),
        sa.Column("platform", sa.String(length=16), nullable=True),
        sa.Column("overruled_influencer_id", sa.Integer(), nullable=True),
        sa.Column("ordered_at", sa.DateTime(), nullable=False),
        sa.Column("ordered_on", sa.Date(), nullable=False),
        sa.Column("revenue", sa.Numeric(precision=18, scale=2), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("campaign_revenue", sa.Numeric(precision=18, scale=2), nullable=True),
        sa.Column("campaign_currency", sa.String(length=3), nullable=False),
        sa.Column("exchange_rate", sa.Numeric(precision=24, scale=12), nullable=True),
        sa.Column("new_customer", sa.Boolean(), nullable=True),
        sa.Column("attributed_at", sa.DateTime(), nullable=False),
        sa.Column("reversed", sa.Boolean(), nullable=False),
        _fk("order_attribution", "run_id", "attribution_run"),
        _fk("order_attribution", "order_id", "shop_order"),
        _fk("order_attribution", "campaign_id", "campaign"),
        _fk("order_attribution", "influencer_id", "influencer"),
        _fk("order_attribution", "promo_code_id", "promo_code"),
        _fk("order_attribution", "overruled_influencer_id", "influencer"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_order_attribution")),
        sa.UniqueConstraint(
            "order_id", "campaign_id", name=op.f("uq_order_attribution_order_id_campaign_id")
        ),
    )
    op.create_index(
        op.f("ix_order_attribution_campaign_id_influencer_id"),
        "order_attribution",
        ["campaign_id", "influencer_id"],
    )
    op.create_table(
        "code_leak_flag",
        _id("code_leak_flag"),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("promo_code_id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("signal", sa.String(length=16), nullable=False),
        sa.Column("day", sa.Date(), nullable=True),
        sa.Column("uses", sa.Integer(), nullable=False),
        sa.Column("baseline", sa.Double(), nullable=True),
        sa.Column("score", sa.Double(), nullable=True),
        sa.Column("detail", sa.String(length=500), nullable=False),
        _fk("code_leak_flag", "run_id", "attribution_run"),
        _fk("code_leak_flag", "promo_code_id", "promo_code"),
        _fk("code_leak_flag", "campaign_id", "campaign"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_code_leak_flag")),
    )


def downgrade() -> None:
    op.drop_index(
        op.f("ix_order_attribution_campaign_id_influencer_id"), table_name="order_attribution"
    )
    for table in reversed(TABLES):
        op.drop_table(table)
        op.execute(sa.schema.DropSequence(sa.Sequence(f"{table}_id_seq")))

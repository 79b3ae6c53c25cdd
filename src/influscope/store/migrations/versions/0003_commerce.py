"""Web sessions, conversions and shop orders

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TABLES = ["web_traffic", "shop_order"]


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


def _utm_columns() -> list[sa.Column]:
    return [
        sa.Column(f"utm_{part}", sa.String(length=500), nullable=True)
        for part in ("source", "medium", "campaign", "content", "term", "id")
    ]


def upgrade() -> None:
    for table in TABLES:
        op.execute(sa.schema.CreateSequence(sa.Sequence(f"{table}_id_seq")))
    op.create_table(
        "web_traffic",
        _id("web_traffic"),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("row_key", sa.String(length=200), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=True),
        sa.Column("user_key", sa.String(length=200), nullable=True),
        *_utm_columns(),
        sa.Column("landing_page", sa.String(length=2000), nullable=True),
        sa.Column("sessions", sa.Integer(), nullable=False),
        sa.Column("new_users", sa.Integer(), nullable=False),
        sa.Column("engaged_sessions", sa.Integer(), nullable=False),
        sa.Column("page_views", sa.Integer(), nullable=False),
        sa.Column("key_events", sa.Integer(), nullable=False),
        sa.Column("purchases", sa.Integer(), nullable=False),
        sa.Column("duration_seconds", sa.Double(), nullable=False),
        sa.Column("purchase_revenue", sa.Numeric(precision=18, scale=2), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=True),
        sa.Column("transaction_id", sa.String(length=200), nullable=True),
        sa.Column("campaign_id", sa.Integer(), nullable=True),
        sa.Column("influencer_id", sa.Integer(), nullable=True),
        _fk("web_traffic", "workspace_id", "workspace"),
        _fk("web_traffic", "campaign_id", "campaign"),
        _fk("web_traffic", "influencer_id", "influencer"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_web_traffic")),
        sa.UniqueConstraint(
            "workspace_id",
            "source",
            "row_key",
            name=op.f("uq_web_traffic_workspace_id_source_row_key"),
        ),
    )
    op.create_index(op.f("ix_web_traffic_workspace_id_day"), "web_traffic", ["workspace_id", "day"])
    op.create_table(
        "shop_order",
        _id("shop_order"),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("platform", sa.String(length=16), nullable=False),
        sa.Column("order_key", sa.String(length=64), nullable=False),
        sa.Column("order_name", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("subtotal", sa.Numeric(precision=18, scale=2), nullable=False),
        sa.Column("discount_total", sa.Numeric(precision=18, scale=2), nullable=False),
        sa.Column("total", sa.Numeric(precision=18, scale=2), nullable=False),
        sa.Column("refunded", sa.Numeric(precision=18, scale=2), nullable=False),
        sa.Column("cancelled", sa.Boolean(), nullable=False),
        sa.Column("financial_status", sa.String(length=32), nullable=False),
        sa.Column("customer_key", sa.String(length=64), nullable=True),
        sa.Column("new_customer", sa.Boolean(), nullable=True),
        sa.Column("discount_codes", sa.String(length=500), nullable=False),
        *_utm_columns(),
        sa.Column("landing_site", sa.String(length=2000), nullable=True),
        sa.Column("referring_site", sa.String(length=2000), nullable=True),
        sa.Column("source_updated_at", sa.DateTime(), nullable=True),
        _fk("shop_order", "workspace_id", "workspace"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shop_order")),
        sa.UniqueConstraint(
            "workspace_id",
            "platform",
            "order_key",
            name=op.f("uq_shop_order_workspace_id_platform_order_key"),
        ),
    )
    op.create_index(
        op.f("ix_shop_order_workspace_id_created_at"), "shop_order", ["workspace_id", "created_at"]
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_shop_order_workspace_id_created_at"), table_name="shop_order")
    op.drop_index(op.f("ix_web_traffic_workspace_id_day"), table_name="web_traffic")
    for table in reversed(TABLES):
        op.drop_table(table)
        op.execute(sa.schema.DropSequence(sa.Sequence(f"{table}_id_seq")))

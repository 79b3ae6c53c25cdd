"""Tracking links and their clicks

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

TABLES = ["link", "click", "click_rule_run"]


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
        "link",
        _id("link"),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("influencer_id", sa.Integer(), nullable=False),
        sa.Column("post_id", sa.Integer(), nullable=True),
        sa.Column("platform", sa.String(length=16), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("destination", sa.String(length=2000), nullable=False),
        sa.Column("tracked_url", sa.String(length=2500), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        _fk("link", "workspace_id", "workspace"),
        _fk("link", "campaign_id", "campaign"),
        _fk("link", "influencer_id", "influencer"),
        _fk("link", "post_id", "post"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_link")),
        sa.UniqueConstraint("code", name=op.f("uq_link_code")),
    )
    op.create_table(
        "click",
        _id("click"),
        sa.Column("link_id", sa.Integer(), nullable=False),
        sa.Column("click_key", sa.String(length=40), nullable=False),
        sa.Column("clicked_at", sa.DateTime(), nullable=False),
        sa.Column("visitor_key", sa.String(length=32), nullable=False),
        sa.Column("is_bot", sa.Boolean(), nullable=False),
        sa.Column("bot_reason", sa.String(length=64), nullable=True),
        sa.Column("rules_version", sa.Integer(), nullable=False),
        sa.Column("referrer", sa.String(length=1000), nullable=True),
        sa.Column("user_agent", sa.String(length=512), nullable=True),
        sa.Column("ua_family", sa.String(length=32), nullable=False),
        sa.Column("device", sa.String(length=16), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("ip_network", sa.String(length=64), nullable=True),
        sa.Column("is_unique", sa.Boolean(), nullable=False),
        _fk("click", "link_id", "link"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_click")),
        sa.UniqueConstraint("click_key", name=op.f("uq_click_click_key")),
    )
    op.create_index(
        op.f("ix_click_link_id_visitor_key_clicked_at"),
        "click",
        ["link_id", "visitor_key", "clicked_at"],
    )
    op.create_table(
        "click_rule_run",
        _id("click_rule_run"),
        sa.Column("ran_at", sa.DateTime(), nullable=False),
        sa.Column("rules_version", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=1000), nullable=False),
        sa.Column("unique_window_minutes", sa.Integer(), nullable=False),
        sa.Column("clicks_checked", sa.Integer(), nullable=False),
        sa.Column("became_bot", sa.Integer(), nullable=False),
        sa.Column("became_human", sa.Integer(), nullable=False),
        sa.Column("reason_changed", sa.Integer(), nullable=False),
        sa.Column("unique_changed", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_click_rule_run")),
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_click_link_id_visitor_key_clicked_at"), table_name="click")
    for table in reversed(TABLES):
        op.drop_table(table)
        op.execute(sa.schema.DropSequence(sa.Sequence(f"{table}_id_seq")))

"""Platform sources, sync runs and platform series

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _id(table: str) -> sa.Column:
    return sa.Column(
        "id",
        sa.Integer(),
        server_default=sa.text(f"nextval('{table}_id_seq')"),
        autoincrement=False,
        nullable=False,
    )


def upgrade() -> None:
    op.execute(sa.schema.CreateSequence(sa.Sequence("source_connection_id_seq")))
    op.create_table(
        "source_connection",
        _id("source_connection"),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("platform", sa.String(length=16), nullable=False),
        sa.Column("api", sa.String(length=64), nullable=False),
        sa.Column("account", sa.String(length=200), nullable=False),
        sa.Column("api_version", sa.String(length=16), nullable=True),
        sa.Column("last_synced_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspace.id"],
            name=op.f("fk_source_connection_workspace_id_workspace"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_source_connection")),
        sa.UniqueConstraint(
            "workspace_id", "name", name=op.f("uq_source_connection_workspace_id_name")
        ),
    )
    op.execute(sa.schema.CreateSequence(sa.Sequence("sync_run_id_seq")))
    op.create_table(
        "sync_run",
        _id("sync_run"),
        sa.Column("workspace_id", sa.Integer(), nullable=True),
        sa.Column("source", sa.String(length=100), nullable=False),
        sa.Column("platform", sa.String(length=16), nullable=False),
        sa.Column("api_version", sa.String(length=64), nullable=True),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("rows_added", sa.Integer(), server_default="0", nullable=False),
        sa.Column("rows_updated", sa.Integer(), server_default="0", nullable=False),
        sa.Column("rows_rejected", sa.Integer(), server_default="0", nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["workspace_id"], ["workspace.id"], name=op.f("fk_sync_run_workspace_id_workspace")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_run")),
    )
    op.execute(sa.schema.CreateSequence(sa.Sequence("platform_series_id_seq")))
    op.create_table(
        "platform_series",
        _id("platform_series"),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("post_key", sa.String(length=500), server_default="", nullable=False),
        sa.Column("metric", sa.String(length=64), nullable=False),
        sa.Column("period", sa.String(length=16), nullable=False),
        sa.Column("end_time", sa.DateTime(), nullable=False),
        sa.Column("value", sa.Double(), nullable=False),
        sa.Column("source", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_platform_series_account_id_account")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_platform_series")),
        sa.UniqueConstraint(
            "account_id",
            "post_key",
            "metric",
            "period",
            "end_time",
            "source",
            name="uq_platform_series_key",
        ),
    )


def downgrade() -> None:
    for table in ("platform_series", "sync_run", "source_connection"):
        op.drop_table(table)
        op.execute(sa.schema.DropSequence(sa.Sequence(f"{table}_id_seq")))

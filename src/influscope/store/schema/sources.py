"""Platform connections, the record of every sync run, and the platform series that have no
canonical counter (an account's daily reach, a reel's watch time in seconds)."""

import sqlalchemy as sa

from influscope.store.schema.base import id_column, metadata

# A configured source as last seen by `influscope sync`; tokens are never stored here.
source_connection = sa.Table(
    "source_connection",
    metadata,
    id_column("source_connection"),
    sa.Column("workspace_id", sa.Integer, sa.ForeignKey("workspace.id"), nullable=False),
    sa.Column("name", sa.String(100), nullable=False),
    sa.Column("platform", sa.String(16), nullable=False),
    sa.Column("api", sa.String(64), nullable=False),
    sa.Column("account", sa.String(200), nullable=False),
    sa.Column("api_version", sa.String(16)),
    sa.Column("last_synced_at", sa.DateTime),
    sa.UniqueConstraint("workspace_id", "name"),
)

sync_run = sa.Table(
    "sync_run",
    metadata,
    id_column("sync_run"),
    sa.Column("workspace_id", sa.Integer, sa.ForeignKey("workspace.id")),
    sa.Column("source", sa.String(100), nullable=False),
    sa.Column("platform", sa.String(16), nullable=False),
    sa.Column("api_version", sa.String(64)),
    sa.Column("started_at", sa.DateTime, nullable=False),
    sa.Column("finished_at", sa.DateTime),
    # running, ok, failed or skipped (no active campaign).
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("rows_added", sa.Integer, nullable=False, server_default="0"),
    sa.Column("rows_updated", sa.Integer, nullable=False, server_default="0"),
    sa.Column("rows_rejected", sa.Integer, nullable=False, server_default="0"),
    sa.Column("error", sa.Text),
)

platform_series = sa.Table(
    "platform_series",
    metadata,
    id_column("platform_series"),
    sa.Column("account_id", sa.Integer, sa.ForeignKey("account.id"), nullable=False),
    # Empty for an account-level value; else the post's key (the post may be stored later).
    sa.Column("post_key", sa.String(500), nullable=False, server_default=""),
    sa.Column("metric", sa.String(64), nullable=False),
    sa.Column("period", sa.String(16), nullable=False),
    sa.Column("end_time", sa.DateTime, nullable=False),
    sa.Column("value", sa.Double, nullable=False),
    sa.Column("source", sa.String(64), nullable=False),
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

"""Commerce date indexes on PostgreSQL only

DuckDB reads web sessions and orders by scanning them (its ART indexes serve key lookups and
constraints, not ranges of dates), so there the (workspace, date) indexes did nothing but slow
every import: each insert and each commit kept them up to date. PostgreSQL keeps them.

Revision ID: 0010
Revises: 0009
"""

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_web_traffic_workspace_id_day", "web_traffic", ["workspace_id", "day"]),
    ("ix_shop_order_workspace_id_created_at", "shop_order", ["workspace_id", "created_at"]),
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "duckdb":
        for name, table, _ in INDEXES:
            op.drop_index(name, table_name=table)


def downgrade() -> None:
    if op.get_bind().dialect.name == "duckdb":
        for name, table, columns in INDEXES:
            op.create_index(name, table, columns)

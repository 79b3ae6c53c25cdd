"""Discovery: audiences, comments, follower samples, searches, shortlists

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _id(table: str) -> sa.Column:
    op.execute(sa.schema.CreateSequence(sa.Sequence(f"{table}_id_seq")))
    return sa.Column(
        "id",
        sa.Integer(),
        server_default=sa.text(f"nextval('{table}_id_seq')"),
        autoincrement=False,
        nullable=False,
    )


def _references(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}")
    )


def upgrade() -> None:
    op.create_table(
        "account_profile",
        _id("account_profile"),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("bio", sa.Text(), server_default="", nullable=False),
        sa.Column("external_url", sa.String(length=2000), nullable=True),
        sa.Column("engagement_rate", sa.Double(), nullable=True),
        sa.Column("price_per_post", sa.Numeric(18, 2), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=True),
        sa.Column("source", sa.String(length=64), nullable=False),
        _references("account_profile", "account_id", "account"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account_profile")),
        sa.UniqueConstraint("account_id", name=op.f("uq_account_profile_account_id")),
    )
    op.create_table(
        "audience_share",
        _id("audience_share"),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("dimension", sa.String(length=16), nullable=False),
        sa.Column("segment", sa.String(length=32), nullable=False),
        sa.Column("share", sa.Double(), nullable=False),
        sa.Column("source", sa.String(length=64), nullable=False),
        _references("audience_share", "account_id", "account"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audience_share")),
        sa.UniqueConstraint(
            "account_id",
            "dimension",
            "segment",
            "source",
            name=op.f("uq_audience_share_account_id_dimension_segment_source"),
        ),
    )
    op.create_table(
        "comment",
        _id("comment"),
        sa.Column("post_id", sa.Integer(), nullable=False),
        sa.Column("comment_key", sa.String(length=200), nullable=False),
        sa.Column("author", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), server_default="", nullable=False),
        sa.Column("commented_at", sa.DateTime(), nullable=True),
        _references("comment", "post_id", "post"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_comment")),
        sa.UniqueConstraint("post_id", "comment_key", name=op.f("uq_comment_post_id_comment_key")),
    )
    op.create_table(
        "follower_sample",
        _id("follower_sample"),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("follower_key", sa.String(length=200), nullable=False),
        sa.Column("followers", sa.BigInteger(), nullable=False),
        sa.Column("following", sa.BigInteger(), nullable=False),
        sa.Column("posts", sa.Integer(), nullable=False),
        sa.Column("bio_length", sa.Integer(), nullable=False),
        sa.Column("has_profile_pic", sa.Boolean(), nullable=False),
        sa.Column("is_private", sa.Boolean(), nullable=False),
        sa.Column("username_length", sa.Integer(), nullable=False),
        sa.Column("username_digits", sa.Integer(), nullable=False),
        sa.Column("fullname_words", sa.Integer(), nullable=True),
        sa.Column("has_external_url", sa.Boolean(), nullable=True),
        sa.Column("captured_on", sa.Date(), nullable=False),
        _references("follower_sample", "account_id", "account"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_follower_sample")),
        sa.UniqueConstraint(
            "account_id", "follower_key", name=op.f("uq_follower_sample_account_id_follower_key")
        ),
    )
    op.create_table(
        "saved_search",
        _id("saved_search"),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("filters", sa.Text(), nullable=False),
        _references("saved_search", "workspace_id", "workspace"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_saved_search")),
        sa.UniqueConstraint("workspace_id", "name", name=op.f("uq_saved_search_workspace_id_name")),
    )


def downgrade() -> None:
    for table in (
        "saved_search",
        "follower_sample",
        "comment",
        "audience_share",
        "account_profile",
    ):
        op.drop_table(table)
        op.execute(sa.schema.DropSequence(sa.Sequence(f"{table}_id_seq")))

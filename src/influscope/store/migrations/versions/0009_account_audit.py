"""Account audits: the latest inauthentic share of each account

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(sa.schema.CreateSequence(sa.Sequence("account_audit_id_seq")))
    op.create_table(
        "account_audit",
        sa.Column(
            "id",
            sa.Integer(),
            server_default=sa.text("nextval('account_audit_id_seq')"),
            autoincrement=False,
            nullable=False,
        ),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("inauthentic_share", sa.Double(), nullable=False),
        sa.Column("signals", sa.Text(), server_default="[]", nullable=False),
        sa.Column("audited_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["account.id"], name=op.f("fk_account_audit_account_id_account")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account_audit")),
        sa.UniqueConstraint("account_id", name=op.f("uq_account_audit_account_id")),
    )


def downgrade() -> None:
    op.drop_table("account_audit")
    op.execute(sa.schema.DropSequence(sa.Sequence("account_audit_id_seq")))
